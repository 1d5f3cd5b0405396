"""Which place mentions are locations rather than acting states: a city or region named as where something happens
('met in Caracas') or as a dateline ('CARACAS, Venezuela - ...'), not a state that acts ('protested to Jakarta'); a
city name the tagger missed that the grammar put in the place of a place (``missed_cities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.doc_text import doc_text
from sitrep.extract.event_arg_words import LOCATIVE_PREPS
from sitrep.extract.event_context import EventContext
from sitrep.extract.missed_cities import READ_AS_PLACE
from sitrep.extract.scene_states import scene_states  # noqa: F401 (re-exported for event_candidates)
from sitrep.extract.seat_actors import state_party

if TYPE_CHECKING:
    from spacy.tokens import Token


def place_not_actor(ctx: EventContext, m: dict) -> bool:
    """A city or region named as where something happens ('met in Caracas') or as a dateline
    ('CARACAS, Venezuela — ...'), not a state acting."""
    return (
        m["label"] in {"GPE", "LOC", "FAC"}
        and not m.get("unnamed")
        and not places.country_iso3(m["surface"])
        and (_locative_use(ctx, m) or _dateline_like(ctx, m) or m.get("model_label") == READ_AS_PLACE)
    )


def party_mention(ctx: EventContext, tok: Token) -> dict | None:
    """The mention ``tok`` belongs to as a possible party of an event: none for a city name the tagger missed
    that the grammar read as a place (``missed_cities``): it tells where, never who."""
    m = ctx.mention_of(tok)
    return None if m is not None and m.get("model_label") == READ_AS_PLACE else m


#: what follows a dateline's place ('CARACAS, Venezuela -', 'PARIS (AFP) -')
DATELINE_FOLLOWERS = (",", "(", "-", "\u2014", "\u2013")


def _dateline_like(ctx: EventContext, m: dict) -> bool:
    """A place name in capitals followed by a comma, a parenthesis or a dash, as a dateline writes it ('CARACAS,
    Venezuela -'); not an acronym acting ('SWAPO accused ...')."""
    after = doc_text(ctx.doc)[m["end_char"] :].lstrip()
    return m["surface"].isupper() and len(m["surface"]) > 3 and after.startswith(DATELINE_FOLLOWERS)


def _locative_use(ctx: EventContext, m: dict) -> bool:
    """The mention is the object of a place preposition ('in Caracas', 'to Havana')."""
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    if span is None:
        return False
    cur = span.root
    while cur.dep_ in {"appos", "compound", "conj"} and cur.head.i != cur.i:
        cur = cur.head
    if state_party(cur, m["surface"]):
        return False  # 'protested to Jakarta', 'pressure from Washington': the state, not a place
    return cur.dep_ == "pobj" and cur.head.lower_ in LOCATIVE_PREPS
