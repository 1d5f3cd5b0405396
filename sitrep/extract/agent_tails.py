"""The 'on' / 'against' phrase the parser hung on the doer named in a participle's 'by' phrase ('sanctions imposed
by the EU on Russia', 'strikes carried out by the coalition against the rebels'): it says on whom the act falls,
the participle's target, not a part of the doer's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions that name on whom an act falls
TAIL_PREPS = frozenset({"on", "upon", "against"})


def agent_tail(prep: Token) -> bool:
    """``prep`` is such a phrase: an 'on' / 'against' phrase on the object of the 'by' phrase of a participle
    ('imposed by the EU on Russia'), after a named doer and not inside its name ('the Committee on Foreign
    Relations')."""
    if prep.dep_ != "prep" or prep.lower_ not in TAIL_PREPS:
        return False
    doer = prep.head
    if doer.dep_ != "pobj" or doer.head.dep_ != "agent" or doer.head.head.tag_ != "VBN":
        return False
    named = doer.ent_type_ != "" or doer.pos_ == "PROPN"
    return named and not (prep.ent_type_ and prep.ent_iob_ == "I")


def agent_tail_objects(agent: Token) -> list[Token]:
    """The objects of such phrases under the object of the 'by' phrase ``agent``: the participle's targets."""
    return [
        o
        for p in agent.children
        if p.dep_ == "pobj"
        for c in p.children
        if agent_tail(c)
        for o in c.children
        if o.dep_ == "pobj"
    ]
