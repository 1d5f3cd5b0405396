"""Claims about a whole class or a record, not acts reported: 'contributes more funding than any other nation', 'has
expelled more diplomats than any other state', 'only eight judges have been convicted in the entire history of the
republic', 'no recent president has been so eager to show it off'. A phrase cue counts in a clause told in the
present or present perfect (a past act compared with others stays: 'launched more strikes on Tuesday than on any
other day'); a subject that denies the whole class ('no president', 'neither the president nor any official')
counts in any tense, also for the participle on a noun of the clause ('no official interfered with any
investigation led by the department'). The cues are ``data/record_cues.tsv``. Used by
``event_frames.frame_reason``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.clause_verbs import clause_verb
from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links from a noun trigger up to the verb of its clause
NOUN_DEPS = {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "xcomp"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PRESENT_TAGS = {"VBZ", "VBP"}
#: clauses of their own inside the trigger's clause (their words are not the trigger clause's cues)
OWN_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "csubj"}
#: links of a subject's word that quantify it ('no official'; 'neither the police nor the army')
QUANTIFIER_DEPS = {"det", "preconj"}


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Kind ('phrase', 'subject') -> the cues of ``data/record_cues.tsv`` as word tuples."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for row in read_tsv("record_cues.tsv"):
        out.setdefault(row["kind"], set()).add(tuple(row["cue"].split()))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _present(verb: Token) -> bool:
    """Told in the present or present perfect: the verb or its first auxiliary in a present form."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return (aux[0].tag_ if aux else verb.tag_) in PRESENT_TAGS


def _clause_words(verb: Token) -> list[str]:
    """The lower-case words of the verb's clause, in order, without clauses of their own inside it."""
    inner = {t.i for c in verb.children if c.dep_ in OWN_CLAUSE_DEPS for t in c.subtree}
    return [t.lower_ for t in verb.subtree if t.i not in inner]


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def record_claim(trig: Token) -> bool:
    """The trigger's clause claims a record or speaks of a whole class (``data/record_cues.tsv``)."""
    verb = clause_verb(trig, NOUN_DEPS, first_conjunct=True)
    if _denied_class(verb if trig.dep_ != "acl" else clause_verb(trig.head, NOUN_DEPS, first_conjunct=True)):
        return True
    if not _present(verb):
        return False
    words = _clause_words(verb)
    return any(_has_phrase(words, p) for p in cues().get("phrase", ()))


def _denied_class(verb: Token) -> bool:
    """The verb's subject is quantified by a cue that denies the whole class ('no official', 'neither ... nor')."""
    subjects = [s for s in verb.children if s.dep_ in SUBJECT_DEPS]
    dets = {(d.lower_,) for s in subjects for d in s.children if d.dep_ in QUANTIFIER_DEPS}
    return bool(dets & set(cues().get("subject", ())))
