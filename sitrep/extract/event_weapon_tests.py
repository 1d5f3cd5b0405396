"""Weapons tests: a missile fired or launched at no one is a show of force (PLOVER MOBILIZE `weapons`), not an
attack ('fired a ballistic missile into the sea', 'test-fired two rockets'); a weapon fired at someone stays
ASSAULT ('fired rockets at the airport', 'into the town'). Vocabulary: ``data/weapon_tests.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract import gazetteer
from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA_DIR = Path(__file__).parent / "data"
#: entity types of a named target of a place phrase ('into Peru', 'near the Peruvian border')
TARGET_ENTS = {"GPE", "ORG", "NORP", "PERSON", "FAC"}
OBJECT_DEPS = {"dobj", "obj", "nsubjpass"}
TIME_ENTS = {"DATE", "TIME"}
#: the population of a city whose name is taken for a place even where the tagger reads it as a time
PLACE_POP = 100_000


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    raw = json.loads((DATA_DIR / "weapon_tests.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_") and k != "examples"}


def _verb_keys(trig: Token) -> set[str]:
    keys = {_lemma(trig), trig.lower_}
    keys |= {f"{_lemma(trig)} {c.lower_}" for c in trig.children if c.dep_ == "prt"}
    if trig.i >= 2 and trig.nbor(-1).text == "-":  # 'test-fired': the tokenizer splits the compound verb
        keys.add(f"{trig.nbor(-2).lower_}-{_lemma(trig)}")
    return keys


def _targeted(holders: list[Token]) -> bool:
    """A preposition after the launch or its weapon that names what was hit."""
    voc = vocab()
    for h in holders:
        for prep in h.children:
            if prep.dep_ != "prep" or any(_time_word(g) for g in prep.children):
                continue  # 'on Sunday' is when, not what was hit
            if prep.lower_ in voc["target_preps"]:
                return True
            if prep.lower_ in voc["place_preps"] and any(g.dep_ == "pobj" and _named_target(g) for g in prep.children):
                return True
    return False


def _time_word(noun: Token) -> bool:
    """A word of time ('on Sunday', 'at dawn'), not a city the tagger took for one ('at Kyiv overnight')."""
    if noun.ent_type_ not in TIME_ENTS:
        return False
    if noun.pos_ != "PROPN":
        return True
    return not (gazetteer.city(noun.text, min_pop=PLACE_POP) or gazetteer.country_iso3(noun.text))


def _named_target(noun: Token) -> bool:
    """A place phrase that names whom the weapon hit: an actor or a populated place ('into Peru', 'the town',
    'the Peruvian border'), not open water ('into the sea', 'the East Sea')."""
    words = [noun, *(c for c in noun.children if c.dep_ in {"amod", "compound", "poss"})]
    return any(w.ent_type_ in TARGET_ENTS for w in words) or _lemma(noun) in vocab()["target_nouns"]


def weapon_test(trig: Token, obj: Token | None) -> bool:
    """The trigger fires or tests a weapon at no target."""
    voc = vocab()
    if trig.pos_ != "VERB" or not _verb_keys(trig) & voc["verbs"]:
        return False
    objects = [c for c in trig.children if c.dep_ in OBJECT_DEPS]
    if obj is not None and obj not in objects:
        objects.append(obj)
    weapons = [o for o in objects if _lemma(o) in voc["weapons"] or o.lower_ in voc["weapons"]]
    return bool(weapons) and not _targeted([trig, *weapons])


def as_weapon_test(cand: dict) -> dict:
    """The candidate recoded as a weapons test: MOBILIZE `weapons`, with no recipient (the place it was fired
    from or over is no target)."""
    summary = cand.get("summary") or ""
    out = {**cand, "event_type": "MOBILIZE", "event_mode": "weapons"}
    out["participants"] = [p for p in cand["participants"] if p["role"] != "target"]
    if summary.startswith(cand["event_type"]):
        out["summary"] = "MOBILIZE" + summary[len(cand["event_type"]) :]
    return out
