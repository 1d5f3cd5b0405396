"""The frame of a goal struck: 'hit the post', 'struck the bar', 'rattled the far post' is a shot at goal, no attack.
The nouns of a goal's frame that also name a target ('a police post', 'a bar in the capital') read as one only bare:
'the' and a side of the goal ('the near post', 'the left upright') and nothing else, and no weapon in a 'with' phrase
('struck the post with mortars' is an attack; 'with a header' a shot). The frame nouns that name nothing else
('crossbar', 'woodwork') are rows of ``data/trigger_senses.tsv``. Used by ``event_senses``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of a ball striking something
STRIKE_VERBS = {"hit", "strike", "smack", "rattle", "clip", "thump", "crash"}
#: nouns of a goal's frame that also name a target: read as the goal's only bare
FRAME_NOUNS = {"post", "bar"}
#: words for a side of the goal, the only modifiers a frame noun may carry ('the near post', 'the left post')
GOAL_SIDES = {"near", "far", "left", "right", "top", "bottom", "inside", "outside", "upper", "lower", "base", "foot"}
#: how far a shot was struck from, a phrase the parser may hang on the frame noun ('the post from close range')
SHOT_DISTANCES = {"range", "distance", "yard", "yards", "metre", "metres", "meter", "meters", "angle"}
#: what a ball is struck with: the only nouns of a 'with' phrase beside a shot at goal ('struck the bar with a header')
SHOT_NOUNS = {"header", "shot", "volley", "kick", "free-kick", "effort", "drive", "strike", "curler", "chip", "attempt"}


def goal_frame(trig: Token, etype: str) -> bool:
    """An ASSAULT verb of striking whose direct object is a goal's frame told bare ('Ruiz hit the post')."""
    if etype != "ASSAULT" or _lemma(trig) not in STRIKE_VERBS:
        return False
    frames = [c for c in trig.children if c.dep_ in {"dobj", "obj"} and _lemma(c) in FRAME_NOUNS and _bare_goal(c)]
    if not frames:
        return False
    tools = [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return all(_lemma(t) in SHOT_NOUNS for t in tools if t.dep_ == "pobj")


def _bare_goal(noun: Token) -> bool:
    """'the post', 'the far post', 'the post from close range': the definite article, sides of the goal and the
    distance of the shot, nothing else before or after."""
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    return all(c.dep_ == "det" or c.lower_ in GOAL_SIDES or _distance(c) for c in kids)


def _distance(prep: Token) -> bool:
    """'from close range', 'from 20 yards'."""
    return prep.lower_ == "from" and any(_lemma(g) in SHOT_DISTANCES for g in prep.children if g.dep_ == "pobj")
