"""A protest by one actor is a verbal protest: a person, a state or an official body that 'protests' something
('China protested the visit', 'her mother protested the arrest of a young man') voices disapproval, which PLOVER
2021 codes ACCUSE disapprove; PROTEST is for demonstrations, which presume physical activity. The vocabulary (the
verbs, the crowd nouns, the prepositions of a protest's scene) is ``data/lone_protests.json``."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import DATA_DIR

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the reading of a verbal protest (CAMEO 111: criticize or denounce)
COMPLAINT = ("ACCUSE", "disapprove", "111")
SINGULAR_NAME_TAGS = {"NNP"}
SINGULAR_NOUN_TAGS = {"NN"}


@lru_cache(maxsize=1)
def vocab() -> dict:
    return json.loads((DATA_DIR / "lone_protests.json").read_text(encoding="utf-8"))


def one_actor(subj: Token) -> bool:
    """The subject is one actor: a singular person's or place's name ('China', 'Mr Kovac'), or a singular
    common noun that is no crowd ('her mother', 'the ministry'; not 'a crowd', 'the union')."""
    v = vocab()
    if subj.tag_ in SINGULAR_NAME_TAGS:
        return subj.ent_type_ in v["name_labels"] and not any(c.dep_ == "conj" for c in subj.children)
    if subj.tag_ not in SINGULAR_NOUN_TAGS or subj.ent_type_:
        return False
    return (subj.lemma_ or subj.lower_).lower() not in v["crowd_nouns"] and not any(
        c.dep_ == "conj" for c in subj.children
    )


def lone_protest(trig):
    """The trigger read as ACCUSE disapprove when it is the verb 'protest' with one actor for subject and no
    phrase of where the protest took place; else the trigger itself."""
    tok, v = trig.token, vocab()
    if trig.reading.plover != "PROTEST" or tok.pos_ != "VERB" or (tok.lemma_ or "").lower() not in v["verbs"]:
        return trig
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not one_actor(subjects[0]):
        return trig
    if any(c.dep_ == "prep" and c.lower_ in v["scene_preps"] for c in tok.children):
        return trig  # 'a man protested outside parliament': a demonstration of one
    if _campaign(tok, v):
        return trig  # 'the activist had been protesting for reform': a campaign for a cause
    plover, mode, cameo = COMPLAINT
    return replace(trig, reading=replace(trig.reading, plover=plover, mode=mode, cameo=cameo, origin="curated"))


def _campaign(tok: Token, v: dict) -> bool:
    """The verb has no object and a phrase of what the protest is for ('protesting for reform'), not a time
    ('protested for the second time')."""
    if any(c.dep_ in {"dobj", "dative"} for c in tok.children):
        return False
    aims = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in v["aim_preps"]]
    objs = [o for a in aims for o in a.children if o.dep_ == "pobj"]
    return any(o.lower_ not in v["aim_skip"] and o.ent_type_ not in {"DATE", "TIME"} for o in objs)
