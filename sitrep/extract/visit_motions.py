"""Meetings a visitor goes or is sent to: 'sent a delegation to Kabul for talks on trade'. The verb of going or
sending (``data/visit_motions.tsv``), read as the meeting or over the meeting noun's 'for' phrase, names where
the visit goes in its 'to' phrase, or in its object's ('a delegation to Kabul'): that place's state, not the
city, is the visit's recipient (``event_args``), never the visitor's own state."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the preposition of the place gone to
TO_PREPS = {"to"}


@lru_cache(maxsize=1)
def visit_motions() -> frozenset[str]:
    """Lemmas of the verbs of going or sending someone somewhere."""
    return frozenset(r["lemma"] for r in read_tsv("visit_motions.tsv"))


def motion_over(noun: Token) -> Token | None:
    """The verb of going or sending whose 'for' phrase the meeting noun is ('travelled to X for talks'), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in visit_motions() else None


def destination_preps(verb: Token) -> list[Token]:
    """The 'to' phrases of the verb and of its direct object ('sent a delegation to Kabul')."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [c for h in holders for c in h.children if c.dep_ in {"prep", "dative"} and c.lower_ in TO_PREPS]


def visit_targets(
    mention_of: Callable[[Token], dict | None], trig: Token, sources: list[dict], targets: list[dict], place_mention
) -> list[dict]:
    """The state a meeting's visitor goes or is sent to ('sent a delegation to Kabul for talks': Afghanistan), told
    on the meeting noun or on the verb of going or sending read as the meeting,
    as the pseudo-mention ``place_mention`` makes of the place, in place of the place's own mention among
    ``targets`` (a city is no party); the targets as they are when there is none or it is a source's own state."""
    motion = motion_over(trig) if trig.pos_ == "NOUN" else None
    if trig.pos_ == "VERB" and trig.lemma_.lower() in visit_motions():
        motion = trig  # ('sent a delegation to Kabul' read as the meeting itself)
    own = {m.get("country_iso3") for m in sources}
    found = [m for prep in (destination_preps(motion) if motion is not None else ())
             for p in prep.children if p.dep_ == "pobj" for m in place_mention(mention_of, p)]  # fmt: skip
    visited = [m for m in found[:1] if m["country_iso3"] not in own]
    if not visited:
        return targets
    return [m for m in targets if m.get("start_char") != visited[0]["start_char"]] + visited
