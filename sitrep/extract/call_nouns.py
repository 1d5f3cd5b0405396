"""A call told by its noun alone: 'In a phone call with X, Y said ...', 'the phone call between A and B lasted an
hour', 'during a telephone conversation with X'. 'call' and 'conversation' are events only as the object of a
light verb ('held a phone call with X'), since 'a call for calm' or 'calls on the government' are none; a call noun
that names its medium ('phone', 'telephone', 'video') or a named other party in its 'with' / 'between' phrase is a
phone call (CONSULT) all the same. Without it, the speaker's act was coded with the speaker alone and the one
called stood in no event of the call. The words are in ``data/call_nouns.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of a call noun that name its other party
PARTY_PREPS = frozenset({"with", "between"})
#: entity types of a named party
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("call_nouns.tsv")


def named_call(tok: Token) -> bool:
    """A call noun that names its medium or a named party it is held with."""
    if tok.lower_ not in _words()["noun"]:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in _words()["medium"] for c in tok.children):
        return True
    return any(
        p.dep_ == "prep" and p.lower_ in PARTY_PREPS and any(t.ent_type_ in PARTY_ENTS for t in p.subtree)
        for p in tok.children
    )


#: links of the one a speech verb is addressed to ('told Scholz', 'assured him')
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj"})


def call_addressees(trig: Token) -> list[Token]:
    """The ones a speech verb governing a call noun addresses ('Macron told Scholz in a phone call that ...'): the
    other party of the call."""
    if not named_call(trig) or trig.dep_ != "pobj" or trig.head.dep_ != "prep" or trig.head.head.pos_ != "VERB":
        return []
    return [c for c in trig.head.head.children if c.dep_ in ADDRESSEE_DEPS]
