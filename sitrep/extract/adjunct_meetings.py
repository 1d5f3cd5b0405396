"""A meeting told in a time adjunct of another clause: 'After talks with X, Y said ...', 'Following a meeting with X,
the minister told reporters ...', 'Speaking after talks with X, Y said ...'. The clause's subject held the talks: it
is the meeting's source, the 'with' object its target. The parser often hangs that subject on the 'with' object as
an apposition ('with President X, Minister Y said'); an apposition that ends right before a clause verb with no
subject of its own is then the subject. The prepositions are the rows of ``data/adjunct_meetings.tsv``; a meeting
noun with no 'with' party ('after the meeting, the minister said') is left as it was.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of a clause verb's subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: the preposition of the meeting's other party
PARTY_PREP = "with"


@lru_cache(maxsize=1)
def adjunct_preps() -> frozenset[str]:
    """Prepositions whose meeting noun the clause's subject held ('after', 'following')."""
    return frozenset(r["prep"] for r in read_tsv("adjunct_meetings.tsv"))


def _clause_verb(prep: Token) -> Token | None:
    """The verb whose subject held the meeting: the one the adjunct hangs on, or, for a participle with no subject
    of its own ('Speaking to reporters after talks with X, Y said'), the verb of the clause it hangs on."""
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    while verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _subject(verb) and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _adjunct_prep(trig: Token) -> Token | None:
    """The adjunct preposition of a meeting noun with a 'with' party: its head ('after [talks] with X'), or a
    preposition left with no object right before the noun's phrase when the parser made the noun a subject
    ('After [talks] with X, Y said', parsed as 'talks ... said')."""
    if trig.pos_ not in {"NOUN", "PROPN"} or not any(
        c.dep_ == "prep" and c.lower_ == PARTY_PREP for c in trig.children
    ):
        return None
    if trig.dep_ == "pobj":
        return trig.head if trig.head.lower_ in adjunct_preps() else None
    before = trig.doc[trig.left_edge.i - 1] if trig.left_edge.i > 0 else None
    if trig.dep_ == "nsubj" and before is not None and before.lower_ in adjunct_preps() and not list(before.children):
        return before if before.dep_ == "prep" and before.head == trig.head else None
    return None


def held_in_adjunct(trig: Token) -> bool:
    """``trig`` is a meeting noun with a 'with' party told in a time adjunct ('speaking after talks with X'): a
    meeting of its own, not one the verb it hangs on restates."""
    return _adjunct_prep(trig) is not None


def adjunct_source(trig: Token) -> Token | None:
    """The token of whoever held the meeting noun ``trig`` told in a time adjunct with a 'with' party; None
    for any other noun, or when the clause names no subject."""
    prep = _adjunct_prep(trig)
    if prep is None:
        return None
    verb = _clause_verb(prep)
    if verb is None or verb.i < trig.i:
        return None  # 'Y said it after talks with X' is read by the subject rules already
    subj = _subject(verb)
    if subj is not None and subj != trig:
        return subj
    return next((t for t in trig.subtree if t.dep_ == "appos" and t.right_edge.i == verb.i - 1), None)


def adjunct_counterparts(trig: Token, source: Token) -> list[Token]:
    """Tokens of the 'with' phrase of a meeting noun told in a time adjunct, outside the source's own words: every
    person named there is a counterpart, even where the parser nests one name in another ('with Secretary of State
    X and Homeland Security chief Y' parsed as one phrase headed by Y)."""
    own = {t.i for t in source.subtree}
    return [
        t
        for prep in trig.children
        if prep.dep_ == "prep" and prep.lower_ == PARTY_PREP
        for t in prep.subtree
        if t.i not in own
    ]
