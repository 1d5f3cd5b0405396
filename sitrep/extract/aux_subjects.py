"""Subjects the parser hung on an auxiliary cut off from its verb: in 'Ruritania has, since Monday, shelled the
town' or 'the ministry had, before the vote, admitted to paying them' the small model hangs the subject (and the
interrupting phrase) on the auxiliary 'has' / 'had', so the verb seems to have no subject and the doer of the act
is lost (the event is coded with no source, or with a party of another clause). When an auxiliary (be, have, do or
a modal) stands apart from its verb, a comma or dash between them, holds a subject and the verb has no subject of
its own (a stray punctuation mark read as one does not count), the subject and the auxiliary's other dependents are
re-hung on the verb (the parse itself is repaired, as ``glued_objects`` does, so every rule reading the verb's
subject sees it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import sentence_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: lemmas of auxiliaries whose subject is the subject of the verb they serve
AUX_LEMMAS = {"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must"}
#: dependencies of a clause's subject
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
#: tokens that set an interrupting phrase off ('has, since Monday, shelled'; 'had -- before the vote -- admitted')
BREAKS = {",", "-", "--", "—", "–", "("}


def _own_subjects(verb: Token) -> list[Token]:
    """The verb's subjects that are words (a punctuation mark the parser read as a subject is none)."""
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not c.is_punct]


def stranded_subject(aux: Token) -> Token | None:
    """The subject hung on ``aux``, an auxiliary set apart from its verb by an interrupting phrase, when the verb has
    no subject of its own; None otherwise."""
    verb = aux.head
    if aux.dep_ not in {"aux", "auxpass"} or aux.lemma_.lower() not in AUX_LEMMAS or verb.i <= aux.i:
        return None
    if verb.pos_ not in {"VERB", "AUX"} or _own_subjects(verb):
        return None
    if not any(t.text in BREAKS for t in aux.doc[aux.i + 1 : verb.i]):
        return None
    subjects = [c for c in aux.lefts if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects[-1] if subjects else None


def repair(doc: Doc) -> None:
    """Re-hang every stranded subject of ``doc`` (and its auxiliary's other dependents) on its verb (in place;
    idempotent)."""
    for aux in doc:
        subject = stranded_subject(aux)
        if subject is None:
            continue
        verb = aux.head
        for stray in [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.is_punct]:
            stray.dep_ = "punct"
        for child in list(aux.children):
            child.head = verb
        subject.dep_ = "nsubjpass" if aux.dep_ == "auxpass" else "nsubj"
        sentence_index.changed(doc)  # (spaCy sets the sentence starts again with a head)
