"""Parties one act of a sentence takes from another act or word of the same sentence, once all its acts are
coded: a meeting's counterpart shared by the act coordinated with it (``shared_counterparts``), the accuser a
reply on a noun of claiming answers (``fronted_claims``), the speaker of 'his country' (``speaker_sources``)."""

from __future__ import annotations

from sitrep.extract.event_context import EventContext
from sitrep.extract.fronted_claims import reply_targets
from sitrep.extract.shared_counterparts import share_counterparts
from sitrep.extract.speaker_sources import add_speakers


def link_sentence(ctx: EventContext, made: dict[int, dict]) -> None:
    """Complete the parties of the acts ``made`` of one sentence (trigger index -> candidate)."""
    share_counterparts(ctx.doc, made)  # 'met X and agreed to ...': X
    reply_targets(ctx.doc, made)  # 'X accused Y of ..., an allegation Y rejected': X
    add_speakers(ctx, ctx.doc, made)  # 'Guajardo said his country could slap tariffs': Guajardo
