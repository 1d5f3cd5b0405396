"""An act told as a job done well or badly ('does a better job in helping refugees than Peru', 'did a poor job of
protecting the protesters'): an appraisal of how someone does a task, no act of the report. Vocabulary:
``appraisal_nouns`` in ``data/event_frames.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions that bring in the task of a job ('a good job of/in/at helping')
TASK_PREPS = {"in", "of", "at"}


def appraised(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """The trigger (or the gerund whose object it is) is the task of a job noun (``appraisal_nouns``) that is the
    object of 'do': 'did a poor job of protecting', 'does a better job in helping', 'did a great job helping'."""
    cur = trig.head if trig.dep_ in {"dobj", "obj"} and trig.head.tag_ == "VBG" else trig
    if cur.tag_ != "VBG":
        return False
    head = cur.head.head if cur.dep_ == "pcomp" and cur.head.lower_ in TASK_PREPS else cur.head
    if cur.dep_ not in {"pcomp", "acl", "advcl"}:
        return False
    if _lemma(head) == "do":  # the parse may hang the task on the verb: 'does a better job | in helping'
        return any(c.dep_ in {"dobj", "obj"} and c.lower_ in v["appraisal_nouns"] for c in head.children)
    verb = head.head if head.dep_ in {"dobj", "obj"} else None
    return head.lower_ in v["appraisal_nouns"] and verb is not None and _lemma(verb) == "do"
