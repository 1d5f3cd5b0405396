"""Phrases on an event that name no recipient: where a moving doer went, the court an accusation is brought before,
the owner of a thing a meeting or a deal is about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_arg_phrases import HELD_NOUNS
from sitrep.extract.event_syntax import lemma as _lemma
from sitrep.extract.spoken_venues import spoken_venue

if TYPE_CHECKING:
    from spacy.tokens import Token

#: categories whose place is no recipient: a meeting or a promise in Geneva is not aimed at Switzerland
PLACE_NOT_TARGET = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
#: prepositions of where a moving doer goes ('withdrew to the hills', 'fled into Chile')
DESTINATION_PREPS = {"to", "into", "toward", "towards"}
#: prepositions of the body an accusation is brought before, and the words of such a body
FORUM_PREPS = {"with", "before", "to"}
FORUM_WORDS = {"court", "tribunal", "arbitration", "ombudsman", "ombudsperson", "police", "prosecutor", "prosecutors"}


def destination(prep: Token) -> bool:
    """The 'to' phrase of a retreat that moves its own doer ('withdrew to the hills', 'pulled back to residential
    neighbourhoods', 'fled into Chile'): where the doer went, no recipient. A retreat that hands something over
    ('handed the town back to X') or a passive one ('were released to the Red Cross') keeps its recipient."""
    verb = prep.head
    if prep.lower_ not in DESTINATION_PREPS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return not any(c.dep_ in {"dobj", "obj", "dative", "nsubjpass", "auxpass"} for c in verb.children)


def no_recipient(doc, m: dict, plover: str) -> bool:
    """A target the act is not aimed at: the court a complaint is filed with ('filed a complaint with the court
    against X'), the owner of a thing a meeting, a deal or praise is about ('negotiating the opening of a
    military base'), the place a statement is made from ('on the Senate floor')."""
    if spoken_venue(doc, m, plover):  # 'denounced the deal on the Senate floor'
        return True
    if plover == "ACCUSE":
        return _forum(doc, m)
    return plover in PLACE_NOT_TARGET and _held_thing_owner(doc, m)


def _held_thing_owner(doc, m: dict) -> bool:
    """A group named only as the modifier of a thing it holds ('a military base', 'police stations'): the owner a
    strike on the thing hits, but a meeting, a deal or praise about the thing is not aimed at it."""
    word = _unnamed_head(doc, m)
    return word is not None and word.dep_ in {"amod", "compound"} and _lemma(word.head) in HELD_NOUNS


def _forum(doc, m: dict) -> bool:
    """A court, a tribunal or the police an accusation is brought before ('filed a complaint with the Court of
    Arbitration', 'lodged a complaint with police', 'complained to the tribunal'): who hears it, not the accused."""
    if m.get("idx") is not None and m["idx"] < 0:
        word = _unnamed_head(doc, m)
        span = doc[word.i : word.i + 1] if word is not None else None
    else:
        span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in FORUM_PREPS:
        return False
    return any(_lemma(t) in FORUM_WORDS or t.lower_ in FORUM_WORDS for t in span)


def _unnamed_head(doc, m: dict) -> Token | None:
    """The word of an unnamed group's mention (its ``idx`` is -1 minus the word's index: 'police', 'a military
    base'), None for a named mention or an index outside ``doc``."""
    idx = m.get("idx")
    return doc[-1 - idx] if idx is not None and idx < 0 and -1 - idx < len(doc) else None
