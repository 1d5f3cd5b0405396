"""Acts told as left undone: the gerund after 'without' ('signed the deal without consulting Chile', 'offered
loans without asking for collateral') or after 'from' on a verb of prevention ('was barred from visiting Lima',
'police stopped the marchers from reaching the square', 'refrained from attacking'). The act did not happen, so
it is no event of the report; the prevention itself ('barred', 'stopped') keeps its own reading. A negated
prevention ('did not stop them from meeting') leaves the act told as done. So is the purpose of an effort told as
scant ('has done little to halt the raids', 'did nothing to punish them', 'has not done enough to protect them'):
what was hardly tried is no act. Used by ``event_frames.screen``; the words are ``absence_preps``,
``prevention_verbs``, ``scant_efforts`` and ``negated_efforts`` of ``data/event_frames.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma as _lemma
from sitrep.extract.shared_negation import negated

if TYPE_CHECKING:
    from spacy.tokens import Token

#: steps from a conjunct gerund back to the first one ('without consulting or informing Chile')
MAX_CONJ = 4


def left_undone(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """The trigger is a gerund told as not done: after 'without', or after 'from' on a verb of prevention; or the
    purpose of a scant effort (``scant_effort``)."""
    if scant_effort(trig, v):
        return True
    gerund = trig
    for _ in range(MAX_CONJ):
        if gerund.dep_ != "conj":
            break
        gerund = gerund.head
    if gerund.dep_ != "pcomp" or gerund.pos_ not in {"VERB", "AUX"}:
        return False
    prep = gerund.head
    if prep.lower_ in v["absence_preps"]:
        return True
    if prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return _lemma(verb) in v["prevention_verbs"] and not negated(verb)


#: the verb of an effort ('has done little to ...')
EFFORT_VERB = "do"


def scant_effort(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """'has done little to halt the raids', 'did very little to punish them', 'did nothing to help', 'has not
    done enough to protect them': the infinitive of purpose of 'do' with a scant amount as its object (or a
    negated 'do' with 'enough'/'much') tells an act hardly tried, not done."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return False
    head = trig.head
    if trig.dep_ == "relcl" and head.dep_ == "dobj":
        amounts, verb = [head], head.head  # 'did nothing to punish them': the parse hangs it on 'nothing'
    elif trig.dep_ in {"advcl", "xcomp"}:
        amounts, verb = [c for c in head.children if c.dep_ in {"dobj", "advmod", "npadvmod"}], head
    else:
        return False
    if _lemma(verb) != EFFORT_VERB:
        return False
    words = {a.lower_ for a in amounts}
    return bool(words & v["scant_efforts"]) or (bool(words & v["negated_efforts"]) and negated(verb))
