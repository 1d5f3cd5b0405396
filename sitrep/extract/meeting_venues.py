"""A name in the place phrase of a meeting or a reception that has its party elsewhere ('met senators on Capitol
Hill', 'received the envoy at his palace, Al Yamamah', 'has been meeting on Capitol Hill with senators'): where it
happened, not who was met. The verb must have another party (a direct object or a 'with' phrase); a place phrase
alone ('met at the Kremlin') is left to the rules before. Used by ``event_participants``' fallback that takes the
names after a meeting verb as its counterparts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of where a meeting is held
VENUE_PREPS = {"at", "on", "in", "inside"}
#: links of a verb's other party: its object, or the 'with' phrase of a meeting
PARTY_DEPS = {"dobj", "obj", "dative"}
PARTY_PREPS = {"with"}
#: links inside a name ('Capitol' of 'Capitol Hill')
NAME_DEPS = {"compound", "flat"}


def _other_party(verb: Token, prep: Token) -> bool:
    """The verb has a party besides the place phrase ``prep``: a direct object or a 'with' phrase."""
    for c in verb.children:
        if c.i == prep.i:
            continue
        if c.dep_ in PARTY_DEPS:
            return True
        if c.dep_ == "prep" and c.lower_ in PARTY_PREPS and any(g.dep_ == "pobj" for g in c.children):
            return True
    return False


def venue_word(tok: Token, trig: Token) -> bool:
    """``tok`` is a word of the name that heads (or is apposed to) the object of a place phrase of the verb
    ``trig`` (or of its direct object, the other party), and ``trig`` has another party."""
    word = tok
    while word.dep_ in NAME_DEPS and word.head.i != word.i:
        word = word.head
    if word.dep_ == "appos":  # 'at his desert oasis, Rawdat Khurayim'
        word = word.head
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPS:
        return False
    if prep.head.i != trig.i:  # 'met senators on Capitol Hill': the parse hangs the place on the object
        return prep.head.dep_ in PARTY_DEPS and prep.head.head.i == trig.i
    return _other_party(trig, prep)
