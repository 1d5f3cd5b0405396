"""The verb of a trigger's clause: the trigger itself, or the verb a noun trigger hangs on."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: most links climbed from a noun trigger to its verb
MAX_CLIMB = 3


def clause_verb(trig: Token, noun_deps: Collection[str], *, first_conjunct: bool = False) -> Token:
    """The trigger, or the verb it hangs on through ``noun_deps`` links ('demanded the withdrawal': 'demanded');
    with ``first_conjunct``, the first of coordinated verbs ('has owned ... or been so eager': 'owned'), which
    holds the clause's subject and tense."""
    cur = trig
    for _ in range(MAX_CLIMB):
        if cur.pos_ in {"VERB", "AUX"} or cur.dep_ not in noun_deps or cur.head.i == cur.i:
            break
        cur = cur.head
    while first_conjunct and cur.dep_ == "conj" and cur.head.pos_ in {"VERB", "AUX"}:
        cur = cur.head
    return cur
