"""Acts told as left undone: the gerund after 'without' ('signed the deal without consulting Chile', 'offered
loans without asking for collateral') or after 'from' on a verb of prevention ('was barred from visiting Lima',
'police stopped the marchers from reaching the square', 'refrained from attacking'). The act did not happen, so
it is no event of the report; the prevention itself ('barred', 'stopped') keeps its own reading. A negated
prevention ('did not stop them from meeting') leaves the act told as done. Used by ``event_frames.screen``;
the words are ``absence_preps`` and ``prevention_verbs`` of ``data/event_frames.json``."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_syntax import lemma as _lemma
from sitrep.extract.shared_negation import negated

#: steps from a conjunct gerund back to the first one ('without consulting or informing Chile')
MAX_CONJ = 4


def left_undone(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """The trigger is a gerund told as not done: after 'without', or after 'from' on a verb of prevention."""
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
