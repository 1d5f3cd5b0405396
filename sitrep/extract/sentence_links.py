"""Parties one act of a sentence takes from another act or word of the same sentence, once all its acts are
coded: a meeting's counterpart shared by the act coordinated with it (``shared_counterparts``), the object of
the next coordinated verb a bare verb shares (``raised_objects``), the accuser a
reply on a noun of claiming answers (``fronted_claims``), the speaker of 'his country' (``speaker_sources``),
the one answered by an act told as its means (``means_targets``)."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.extract.event_context import EventContext
from sitrep.extract.fronted_claims import reply_targets
from sitrep.extract.means_targets import means_targets
from sitrep.extract.raised_objects import share_raised_objects
from sitrep.extract.shared_counterparts import share_counterparts
from sitrep.extract.speaker_sources import add_speakers


def link_sentence(ctx: EventContext, made: dict[int, dict], to_rows: Callable[[list[dict]], list[dict]]) -> None:
    """Complete the parties of the acts ``made`` of one sentence (trigger index -> candidate); ``to_rows``: the
    participant rows of [{mention, role}], as the candidates carry them."""
    share_counterparts(ctx.doc, made)  # 'met X and agreed to ...': X
    share_raised_objects(ctx.doc, made, ctx.mentions)  # 'condemned and sanctioned X': X
    reply_targets(ctx.doc, made)  # 'X accused Y of ..., an allegation Y rejected': X
    add_speakers(ctx, ctx.doc, made, to_rows)  # 'Guajardo said his country could slap tariffs': Guajardo
    means_targets(ctx, ctx.doc, made, to_rows)  # 'retaliated against X by banning exports': X
