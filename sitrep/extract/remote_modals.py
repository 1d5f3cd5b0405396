"""Acts framed by a modal on a verb above their own clause ('could have signalled respect by attending and rebuffing
questions', 'would have liked to see the government give an assurance', 'would rather burn it than have the police
seize it', 'what steps X may take to begin cooperating'): a counterfactual, a preference or a question, so no event
(PLOVER's hypothetical mode). ``event_frames`` reads the modals of the trigger and of the first verb that governs it;
this module climbs further, but only through non-finite links (an infinitive, a gerund after a preposition, a bare
infinitive clause, a joined verb with no subject or auxiliary of its own), so that a clause told on its own ('could
have stopped it, but X attacked') keeps its frame. Vocabulary: ``data/remote_modals.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv, word_sets
from sitrep.extract.event_senses import asks
from sitrep.extract.modal_names import aux_words

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "remote_modals.tsv"
#: links climbed from the act up to the verb that frames it
LINKS = {"xcomp", "ccomp", "advcl", "pcomp", "prep", "conj"}
#: verb forms of a non-finite clause (an infinitive, a gerund, a participle)
NON_FINITE = {"VB", "VBG", "VBN"}
#: marks an adverbial clause may carry and still be part of the frame above ('rather burn it than have X seize it')
FRAMED_MARKS = {"than", "to"}
#: the perfect auxiliary of a counterfactual ('could have signalled')
PERFECT = {"have", "'ve"}
#: how many links are climbed
MAX_CLIMB = 5


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets(DATA)


def examples() -> list[dict]:
    return read_tsv(DATA)


def _non_finite(clause: Token) -> bool:
    """A clause with no tense or auxiliary of its own ('to begin', 'by attending', 'see X give', 'have X seize')."""
    if clause.pos_ not in {"VERB", "AUX"}:
        return clause.dep_ in {"prep", "pcomp"}  # (the preposition of 'by attending')
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in clause.children):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if marks - FRAMED_MARKS:
        return False
    return clause.tag_ in NON_FINITE or (clause.dep_ == "advcl" and "than" in marks)  # ('than have X seize it')


def _framing(verb: Token) -> str | None:
    """The kind of modal frame a verb gives what hangs under it, or None."""
    aux = aux_words(verb)
    words = _words()
    if aux & words["counterfactual"] and aux & PERFECT:
        return "counterfactual"
    if aux & {"would", "'d"} and any(c.dep_ == "advmod" and c.lower_ in words["preference"] for c in verb.children):
        return "preference"
    if aux & words["question"] and asks(verb):
        return "question"
    return None


def framing_verb(trig: Token) -> Token | None:
    """The verb above the trigger's clause whose modal makes the act counterfactual, a preference or a question (see
    the module doc), else None. The trigger must itself be a non-finite verb (its own modals are read elsewhere)."""
    if trig.pos_ not in {"VERB", "AUX"} or not _non_finite(trig):
        return None
    cur = trig
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i or cur.dep_ not in LINKS or not _non_finite(cur):
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"} and _framing(cur):
            return cur
    return None
