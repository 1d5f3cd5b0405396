"""A clause that is what a noun tells: 'an announcement by the ministry in X [that Y had withdrawn ...]', 'reports
from X [that Y had shelled ...]'. A place on the noun, or on who told it, is where it was told, not where the act
the clause tells happened, however near the two words stand (the verb's own case, 'said in X that', is a
complement clause ``event_places`` already passes over)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: dependencies a noun's content clause takes in the parse (spaCy hangs 'the news that ...' either way)
CONTENT_CLAUSE_DEPS = frozenset({"acl", "ccomp"})
#: words that open a content clause ('the claim that', 'the question whether'); a relative clause's 'that' is
#: its subject or object, not its marker
CONTENT_MARKS = frozenset({"that", "whether"})


def told_by_noun(clause: Token) -> bool:
    """True when ``clause`` (the head of a trigger's clause) is the content of a noun ('an announcement [that
    ...]'), opened by a marker: a place outside it belongs to the telling."""
    return (
        clause.dep_ in CONTENT_CLAUSE_DEPS
        and clause.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "mark" and c.lower_ in CONTENT_MARKS for c in clause.children)
    )
