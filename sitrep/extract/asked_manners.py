"""Acts told as a question of manner or choice, or as rehearsed, not as done, planned or demanded
(``data/asked_manners.tsv``): an infinitive after a question word ('tips on how best to raise concerns', 'discussed
which demands to reject'); the act a practice or a rehearsal is for ('the launch was practice for striking the
bases'). Read by ``event_senses.sense_type``: no event of the trigger's category."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.event_syntax import lemma, to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    return word_sets("asked_manners.tsv")


def asked_manner(trig: Token) -> bool:
    """The trigger is an infinitive after a question word or the act of a rehearsal noun's 'for' phrase."""
    return _wh_infinitive(trig) or _rehearsed(trig)


def _wh_infinitive(trig: Token) -> bool:
    """'how best to raise concerns', 'which demands to reject', 'what to demand of them': a question word in the
    infinitive's own phrase before it (its adverb, or its object or its object's determiner)."""
    if trig.pos_ not in {"VERB", "AUX"} or not to_infinitive(trig):
        return False
    wh = words()["wh"]
    return any(t.lower_ in wh for t in trig.subtree if t.i < trig.i and _in_own_phrase(t, trig))


def _in_own_phrase(tok: Token, trig: Token) -> bool:
    """The word hangs on the trigger through its adverbs, its marker or its object."""
    cur = tok
    while cur.i != trig.i:
        if cur.dep_ not in {"advmod", "mark", "det", "dobj", "attr", "npadvmod"}:
            return False
        cur = cur.head
    return True


def _rehearsed(trig: Token) -> bool:
    """The trigger is the object of 'for' after a noun of rehearsal: 'practice for striking the bases', 'a
    rehearsal for an invasion'."""
    if trig.dep_ not in {"pobj", "pcomp"} or trig.head.lower_ != "for":
        return False
    return lemma(trig.head.head) in words()["rehearsal"]
