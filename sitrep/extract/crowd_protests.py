"""Crowds named only by their size as protesters: 'Thousands marched against the reform', 'Hundreds of people
rallied outside parliament, demanding the minister's resignation'. The subject is a quantity or a crowd word and
the verb an opposing preposition or a clause of demanding or protesting; the words are in
``data/crowd_protests.json``. Without such a cue the crowd stays uncoded (a festival, a parade)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "crowd_protests.json"
#: links from the protest verb to a clause that tells what is demanded or protested
CUE_LINKS = {"advcl", "xcomp", "conj"}


@lru_cache(maxsize=1)
def vocab() -> dict:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    keys = ("crowd_words", "opposing_preps", "cue_verbs", "protest_verbs")
    return {k: frozenset(raw[k]) for k in keys} | {k: raw[k] for k in ("examples", "counterexamples")}


def crowd(subj: Token | None) -> bool:
    """A subject named only by its size ('thousands', 'hundreds of people', 'crowds', '5,000 people')."""
    if subj is None:
        return False
    words = vocab()["crowd_words"]
    if subj.pos_ == "NUM" or _lemma(subj) in words:
        counted = [p for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children]
        return all(_lemma(p) in words for p in counted if p.dep_ == "pobj")
    return False


def protest_told(verb: Token) -> bool:
    """The verb tells what is protested: 'against X', or a clause 'to demand', 'demanding', 'calling for'."""
    v = vocab()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in v["opposing_preps"]:
            return True
        if c.dep_ in CUE_LINKS and c.pos_ == "VERB" and _lemma(c) in v["cue_verbs"]:
            return True
    return False


def self_told(verb: Token) -> bool:
    """A verb that tells a protest by itself, with no object of its own ('protested', 'demonstrated', not
    'demonstrated the new phones')."""
    objects = any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    return _lemma(verb) in vocab()["protest_verbs"] and not objects


def crowd_protest(verb: Token, subj: Token | None) -> bool:
    """A protest verb whose subject is a crowd named by its size and which tells what it protests (or is itself a
    word of protesting)."""
    return verb.pos_ == "VERB" and crowd(subj) and (protest_told(verb) or self_told(verb))
