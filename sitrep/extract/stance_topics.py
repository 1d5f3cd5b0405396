"""The target of a stance told by a noun and its topic: 'voiced concern over X's military activity', 'expressed
alarm about the tests by X', 'raised concerns about X': the actor of what the stance is about (its possessive,
its 'by' agent, or the topic itself when it is an actor) is the recipient of the disapproval (PLOVER ACCUSE)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_phrases import np_actors

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions that tell what a stance noun is about ('concern over', 'alarm about', 'dismay at')
TOPIC_PREPS = {"over", "about", "at", "regarding"}
#: links from the topic noun to its doer ('X's tests', 'the tests by X')
DOER_DEPS = {"poss"}
DOER_PREPS = {"by"}


def topic_doers(mention_of: Callable[[Token], dict | None], stance: Token | None) -> list[dict]:
    """Actors of the topic of ``stance`` (the stance noun a trigger verb takes as its object; none without one)."""
    out: list[dict] = []
    if stance is None:
        return out
    for prep in stance.children:
        if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS:
            continue
        for topic in (p for p in prep.children if p.dep_ == "pobj"):
            heads = [c for c in topic.children if c.dep_ in DOER_DEPS]
            heads += [
                o for c in topic.children if c.dep_ in {"prep", "agent"} and c.lower_ in DOER_PREPS for o in c.children
            ]
            found = [m for h in heads for m in np_actors(mention_of, h)]
            out += found or np_actors(mention_of, topic)
    return out
