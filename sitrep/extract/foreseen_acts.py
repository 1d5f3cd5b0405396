"""Acts foreseen, feared or bet on: an act told in a that-clause under an adjective or verb of expectation, concern
or confidence, with a modal of the future or of supposition in the clauses between ('Peru is concerned that Chile
will step up the deployment', 'prosecutors are confident Chile will extradite them', 'Lima fears a default would
drive Chile to impose sanctions'). What one expects of the future is neither an act nor a plan the
report tells: PLOVER codes none. A plan reported by its maker ('Chile said it will impose sanctions') or a warning
('warned that Chile will ...') has no such word and is left alone; so is a that-clause in the past ('is confident
that the talks went well'), which other frames read. Words in ``data/foreseen_acts.tsv``; read by
``adjective_frames.adjective_framed`` (frame 'hedged'). A noun of expectation holds its clause the same way
('concerns that Chile will impose sanctions grew')."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links from a noun or gerund trigger up to the verb of its clause ('will step up the deployment'); a noun that is
#: the clause's subject is no foreseen act ('confident that my veto will be sustained': the veto was cast)
NOUN_LINKS = {"dobj", "pobj", "prep", "attr", "pcomp"}
#: links between the clauses climbed up to the that-clause ('would drive Chile to impose sanctions')
CLAUSE_LINKS = {"xcomp", "ccomp", "conj", "advcl", "acl"}
#: links of a that-clause to the word of expectation it depends on ('is concerned that', 'the fear that')
CONTENT_LINKS = {"ccomp", "acl"}
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
        if cur.head.i == cur.i:
            return False
        if modal and _content(cur) and _that_clause(cur) and _expecting(cur.head):
            return True
        if cur.dep_ not in NOUN_LINKS | CLAUSE_LINKS:
            return False
        cur = cur.head
    return False


def _content(clause: Token) -> bool:
    """The clause depends on the word before it as its content: a complement, or a clause the parser made relative
    though 'that' only introduces it ('predictions that Chile will sign': 'that' is no subject there)."""
    return clause.dep_ in CONTENT_LINKS or (clause.dep_ == "relcl" and any(c.lower_ == "that" for c in clause.children))


def _that_clause(clause: Token) -> bool:
    """A clause with a subject of its own ('that Chile will ...', 'Chile will ...'): not an infinitive ('is
    confident to sign', 'the fear to lose', which other frames read)."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.lower_ != "that" for c in clause.children)


def _expecting(gov: Token) -> bool:
    """An adjective or participle of expectation used as a predicate ('concerned', 'confident'), a verb of it, or a
    noun of it whose content the clause is ('fears that ...')."""
    if gov.pos_ == "NOUN" and lemma(gov) in words()["noun"]:
        return True
    if gov.pos_ in {"VERB", "AUX"} and lemma(gov) in words()["verb"]:
        return True
    if lemma(gov) == "be" and any(c.dep_ == "acomp" and c.lower_ in words()["adjective"] for c in gov.children):
        return True  # 'are certain that ...': the parse may hang the clause on the copula beside the adjective
    return gov.lower_ in words()["adjective"] and gov.dep_ in PREDICATE_DEPS and gov.tag_ in {"JJ", "VBN"}
