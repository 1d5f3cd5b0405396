"""Acts demanded, not done: the that-clause of a verb of demanding in the mandative subjunctive ('demanded that
Ruritania withdraw its troops', 'ordered that the prisoners be released') or the infinitive of the one a call is
'for' ('called for a prosecutor to investigate') tells what someone is asked to do. PLOVER codes the demand
(REQUEST, by its own trigger), never the act demanded as one that occurred. The verbs are
``data/mandate_verbs.tsv``. Used by ``event_frames.frame_reason`` (a hypothetical frame)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.clause_verbs import clause_verb
from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links from a noun trigger up to the verb of its clause ('demanded that X hold talks': 'talks' -> 'hold')
NOUN_DEPS = {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr"}
#: auxiliaries that make a clause no bare subjunctive ('demanded that X would ...', 'that X had withdrawn')
FINITE_AUX_TAGS = {"MD", "VBD", "VBZ", "VBP", "VBN"}


@lru_cache(maxsize=1)
def mandate_verbs() -> dict[str, frozenset[str]]:
    """Frame ('that', 'for-infinitive') -> the lemmas of ``data/mandate_verbs.tsv``."""
    out: dict[str, set[str]] = {}
    for row in read_tsv("mandate_verbs.tsv"):
        out.setdefault(row["frame"], set()).add(row["lemma"])
    return {k: frozenset(v) for k, v in out.items()}


def _subjunctive(verb: Token) -> bool:
    """A bare verb form with no 'to' nor modal ('that Ruritania withdraw', 'that they be released'), or a plural
    present, which reads the same ('demanded that the troops withdraw')."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ == "to" or c.tag_ in FINITE_AUX_TAGS for c in aux):
        return False
    if any(c.lower_ == "be" and c.tag_ == "VB" for c in aux):
        return True
    return verb.tag_ in {"VB", "VBP"}  # (a plural present reads the same: 'requires that both armies withdraw')


def _for_infinitive(verb: Token) -> Token | None:
    """'called for a prosecutor to investigate': the verb of calling whose 'for' phrase the infinitive stands
    beside (xcomp of the verb) or hangs on (acl of the 'for' noun); None for another infinitive."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
        return head
    prep = head.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and prep.lower_ == "for" and prep.head.pos_ == "VERB":
        return prep.head
    return None


def mandated(trig: Token) -> bool:
    """The trigger tells an act a verb of demanding asks for (its subjunctive that-clause, or a call's 'for'
    infinitive), not one done."""
    verb = clause_verb(trig, NOUN_DEPS)
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # 'that the troops withdraw and the camps be closed'
    frames = mandate_verbs()
    caller = _for_infinitive(verb)
    if caller is not None:
        return _lemma(caller) in frames.get("for-infinitive", frozenset())
    head = verb.head
    if head.i == verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    return verb.dep_ == "ccomp" and _lemma(head) in frames.get("that", frozenset()) and _subjunctive(verb)
