"""Acts named as what a noun of aim, weight or idea is about: a gerund after 'of' on such a noun ('stressed the
priority of fighting the rebels', 'the goal of expelling the envoys divided the cabinet', 'the importance of meeting
the envoys soon', 'rejected the idea of imposing sanctions'). The act is a subject matter someone weighs, aims at or
argues for, not one told as done: no event of the trigger's category (the weighing itself, 'rejected the idea', stays
the speaker's own act). Only a verb is read, so an event noun after such a noun stays ('the aim of the visit was to
build trust': the visit took place), and so does a finite clause ('the question of why X expelled Y': the expulsion is
told as done). Read by ``event_senses.sense_type``. Vocabulary: ``data/named_aims.tsv``.

Round 40 counted the coded triggers' shapes on the development rows (``bench/notevent_shapes40.py``): no shape
separates not-an-event rows from type-right ones; a verb under a preposition on a noun leans to no event (6 against
3), and of those the nouns of aim or weight are the plain-English construction a rule can read (one row; the others
a finite clause, a charge, a share, a connective)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "named_aims.tsv"
#: links climbed from the trigger to the gerund the noun's 'of' takes ('the priority of fighting X and arresting Y':
#: 'arresting' -> 'fighting'; 'the importance of continuing to meet': 'meet' -> 'continuing')
LINKS = {"conj", "xcomp"}
#: verb forms of a clause with no tense of its own (a gerund, and an infinitive under it)
NON_FINITE = {"VBG", "VB"}
#: the links of a gerund after a preposition
GERUND_DEPS = {"pcomp", "pobj"}
#: how many links are climbed
REACH = 4


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA))


def examples() -> list[dict]:
    """The data file's rows (each with an invented ``example`` that must code no ``plover`` event)."""
    return read_tsv(DATA)


def _under_aim(gerund: Token) -> bool:
    """The gerund is the object of 'of' on a noun of the data file ('the priority of fighting')."""
    prep = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ not in GERUND_DEPS or prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    return prep.head.pos_ == "NOUN" and lemma(prep.head) in _nouns()


def named_aim(trig: Token) -> bool:
    """The trigger is a gerund (or a verb joined to or governed by one) named as what a noun of aim, weight or idea
    is about (see the module doc)."""
    cur = trig
    for _ in range(REACH):
        if cur.pos_ not in {"VERB", "AUX"} or cur.tag_ not in NON_FINITE:
            return False
        if _under_aim(cur):
            return True
        if cur.head.i == cur.i or cur.dep_ not in LINKS:
            return False
        cur = cur.head
    return False
