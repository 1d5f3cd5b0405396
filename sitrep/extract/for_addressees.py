"""Who a call 'for X to do Y' is addressed to: X, the subject of the infinitive, not what X is asked to do or to
whom ('called for the government to release the prisoners': the government is asked; 'called for the Departments
of State and Justice to brief Congress': the departments, not Congress). The parser reads X either as the object of
'for' before the infinitive or as the infinitive's own subject with 'for' as its marker; both are read."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.doc_text import subtree_chars
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_syntax import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

#: categories of a call for someone to act
CALL_TYPES = {"REQUEST"}
#: modes whose verb, in the frame 'verb for X to act', is a call for X to act: the lexicon reads 'call' as a phone
#: call, which the event frames retype as an appeal afterwards (``frame_clauses.appeal_call``)
CALL_MODES = {"phone"}
#: how the asked act hangs on the verb of calling
ASKED_DEPS = {"xcomp", "advcl", "ccomp"}


def _asked_subject(verb: Token, act: Token) -> Token | None:
    """X of 'verb for X to act': the infinitive's subject marked by 'for', or the object of the verb's own 'for'
    phrase right before the infinitive when the infinitive has no subject of its own."""
    subjects = [c for c in act.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects:
        marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in act.children)
        return subjects[0] if marked else None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < act.i):
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        if objs and objs[0].right_edge.i < act.i:
            return objs[0]
    return None


def _to_be_made(subject: Token) -> bool:
    """X is a thing or a body the call asks to be set up, not someone addressed: 'called for an independent
    commission to investigate', 'for a special prosecutor to look into it' (an indefinite noun)."""
    return subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)


def for_addressees(
    mention_of: Callable[[Token], dict | None], verb: Token, plover: str, mode: str | None, targets: list[dict]
) -> list[dict]:
    """The targets of a call 'for X to do Y' (see the module): X's actors, with the targets found inside what X is
    asked to do left out; ``targets`` as they are for any other act."""
    if (plover not in CALL_TYPES and mode not in CALL_MODES) or verb.pos_ not in {"VERB", "AUX"}:
        return targets
    for act in (c for c in verb.children if c.dep_ in ASKED_DEPS and to_infinitive(c)):
        subject = _asked_subject(verb, act)
        asked = np_actors(mention_of, subject) if subject is not None and not _to_be_made(subject) else []
        if asked:
            lo, hi = subtree_chars(act)
            inside = [m for m in targets if lo <= m["start_char"] < hi and m not in asked]
            return asked + [m for m in targets if m not in asked and m not in inside]
    return targets
