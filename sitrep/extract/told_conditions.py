"""What someone would tell under a condition ('If I tell the police the gang wants to seize my shop, they laugh';
'If I go to the mayor and I tell him the ranchers want to take my farm, ...') is supposed, no report: the verb of
saying that governs the trigger has a mark of condition, or is coordinated with a verb that has one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how many governing verbs above the trigger's own two are read (the trigger's own are read by the caller)
REACH = 3


def _saying(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and bool(
        quote_lexicon.VERB_FORMS.get(tok.lower_) or quote_lexicon.VERB_FORMS.get(lemma(tok))
    )


def _marked(tok: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)


def told_if(verbs: list[Token], marks: frozenset[str]) -> bool:
    """A verb of saying among the governing verbs (``verbs``, the trigger's first) is told under a condition."""
    for t in verbs[1 : 2 + REACH]:
        if not _saying(t):
            continue
        return _marked(t, marks) or (t.dep_ == "conj" and _marked(t.head, marks))
    return False
