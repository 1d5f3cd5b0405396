"""Acts foreseen, feared or bet on: an act told in a that-clause under an adjective or verb of expectation, concern
or confidence, with a modal of the future or of supposition in the clauses between ('Peru is concerned that Chile
will speed up the deployment', 'police are confident they will make arrests', 'Lima fears the crisis would send
refugees and see troops taking up positions'). What one expects of the future is neither an act nor a plan the
report tells: PLOVER codes none. A plan reported by its maker ('Chile said it will impose sanctions') or a warning
('warned that Chile will ...') has no such word and is left alone; so is a that-clause in the past ('is confident
that the talks went well'), which other frames read. Words in ``data/foreseen_acts.tsv``; read by
``adjective_frames.adjective_framed`` (frame 'hedged')."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from sitrep.extract.data_files import word_sets
from sitrep.extract.event_syntax import lemma

#: links from a noun or gerund trigger up to the verb of its clause ('will speed up the deployment'); a noun that is
#: the clause's subject is no foreseen act ('confident that my veto will be sustained': the veto was cast)
NOUN_LINKS = {"dobj", "pobj", "prep", "attr", "pcomp"}
#: links between the clauses climbed up to the that-clause ('would send ... and see troops taking up positions')
CLAUSE_LINKS = {"xcomp", "ccomp", "conj", "advcl"}
#: modals of the future or of supposition that make the clause a foreseen one
FUTURE_MODALS = {"will", "would", "'ll", "wo", "shall", "'d"}
#: how many words are climbed from the trigger
REACH = 6
#: dependencies of a predicate adjective or participle of expectation ('is concerned', 'appears confident')
PREDICATE_DEPS = {"acomp", "oprd", "ROOT", "ccomp", "xcomp", "conj"}


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """kind ('adjective', 'verb') -> the words of ``data/foreseen_acts.tsv``."""
    return word_sets("foreseen_acts.tsv")


def foreseen(trig: Token) -> bool:
    """The trigger is in a that-clause of a word of expectation with a future or supposing modal on the way."""
    cur, modal = trig, False
    for _ in range(REACH):
        modal = modal or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in FUTURE_MODALS for c in cur.children)
        if cur.head.i == cur.i or cur.dep_ not in NOUN_LINKS | CLAUSE_LINKS:
            return False
        if cur.dep_ == "ccomp" and modal and _expecting(cur.head):
            return True
        cur = cur.head
    return False


def _expecting(gov: Token) -> bool:
    """An adjective or participle of expectation used as a predicate ('concerned', 'confident'), or a verb of it."""
    if gov.pos_ in {"VERB", "AUX"} and lemma(gov) in words()["verb"]:
        return True
    if lemma(gov) == "be" and any(c.dep_ == "acomp" and c.lower_ in words()["adjective"] for c in gov.children):
        return True  # 'are certain that ...': the parse may hang the clause on the copula beside the adjective
    return gov.lower_ in words()["adjective"] and gov.dep_ in PREDICATE_DEPS and gov.tag_ in {"JJ", "VBN"}
