"""Acts named as the subject of a supposition: a gerund or infinitive that is the subject of a verb told with a modal
of possibility or of a hypothetical ('Imposing sanctions on Peru could backfire on Chile', 'Chile said expelling the
envoy would hurt ties', 'To expel the envoy would be a mistake'), or the infinitive that 'it' stands for before a
copula told with one ('It would be a mistake to expel the envoy'). The act is weighed by what it would bring about,
neither done nor planned, whoever says it: no event (PLOVER's hypothetical mode). ``event_frames`` reads a reported
'would'/'could' as a reported plan ('said it would expel'), which a subject act is not. The act's own clause must be
non-finite all the way up (a joined verb with its own modal, a relative clause, a finite clause stop the climb); a noun
subject is left alone ('my veto would be sustained': the veto was cast), and so is 'will' ('rebuilding the bridge will
take two years': a plan's length). Read by ``event_senses.sense_type``: no event of the trigger's category.
Vocabulary: ``data/supposed_subjects.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv, word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "supposed_subjects.tsv"
#: links climbed from the trigger up to the clause that is a subject ('sanctions' -> 'Imposing'; 'send' -> 'arm' ->
#: 'Refusing' in 'Refusing to arm or send troops to X could ...'); a relative or a finite clause stops the climb
LINKS = {"dobj", "pobj", "prep", "pcomp", "xcomp", "advcl", "conj"}
#: links of a clause that is its verb's subject
SUBJECT_DEPS = {"csubj", "csubjpass"}
#: links of a gerund the parser hangs as a plain subject ('Expelling the envoy would hurt': sometimes 'nsubj')
GERUND_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: links of an infinitive that an expletive 'it' stands for ('it would be a mistake to expel ...')
EXTRAPOSED_DEPS = {"xcomp", "advcl", "ccomp", "acl"}
#: verb forms of a clause with no tense of its own
NON_FINITE = {"VB", "VBG", "VBN"}
#: how many links are climbed
REACH = 6


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets(DATA)


def examples() -> list[dict]:
    """The data file's rows (each with an invented ``example`` that must code no ``plover`` event)."""
    return read_tsv(DATA)


def _modals(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "aux"}


def _non_finite(tok: Token) -> bool:
    """A noun, or a verb with no tense nor auxiliary of its own but 'to' ('imposing', 'to expel', 'grant')."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return True
    aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"} and c.lower_ != "to"]
    return not aux and tok.tag_ in NON_FINITE


def _extraposed(clause: Token) -> bool:
    """An infinitive that 'it' before a copula with a modal stands for ('it would be a mistake to expel ...')."""
    head = clause.head
    if clause.dep_ not in EXTRAPOSED_DEPS or not any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children):
        return False
    if head.dep_ == "attr" and head.head.lemma_ == "be":  # (the infinitive on the predicate noun 'a mistake')
        head = head.head
    if head.lemma_ != "be" or not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in head.children):
        return False
    return bool(_modals(head) & _words()["extraposed"])


def _split_gerund(clause: Token) -> bool:
    """A gerund subject the parser split off its verb: 'said detaining the activists might inflame ...' read as
    'said detaining' with 'the activists might inflame ...' its clause (a gerund with no object of its own, whose
    clause after it has a modal of the data file and a subject between the two)."""
    if clause.tag_ != "VBG" or clause.dep_ != "xcomp" or any(c.dep_ == "dobj" for c in clause.children):
        return False
    return any(
        c.dep_ == "ccomp"
        and _modals(c) & _words()["subject"]
        and any(s.dep_ == "nsubj" and clause.i < s.i < c.i for s in c.children)
        for c in clause.children
    )


def _subject_clause(clause: Token) -> bool:
    """The clause is the subject of a verb told with a modal of the data file ('Imposing sanctions could ...')."""
    if clause.dep_ in SUBJECT_DEPS or (clause.dep_ in GERUND_SUBJECT_DEPS and clause.tag_ == "VBG"):
        return bool(_modals(clause.head) & _words()["subject"])
    return _split_gerund(clause)


def supposed_subject(trig: Token) -> bool:
    """The trigger tells an act named as a modal clause's subject, or as the infinitive an expletive 'it' stands
    for before a modal copula (see the module doc)."""
    cur = trig
    for _ in range(REACH):
        if not _non_finite(cur):
            return False
        if _subject_clause(cur) or _extraposed(cur):
            return True
        if cur.head.i == cur.i or cur.dep_ not in LINKS:
            return False
        cur = cur.head
    return False
