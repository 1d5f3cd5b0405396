"""Departures of armed forces: 'the troops left the town' is a withdrawal (PLOVER RETREAT withdraw), not the
travel that the lexicon's CAMEO default reads in 'leave' (040, go somewhere). Vocabulary in
``data/departures.json``: the verbs of leaving and the armed groups whose leaving is a withdrawal."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from sitrep.extract.trigger_records import Reading, Trigger

DATA = Path(__file__).parent / "data" / "departures.json"
#: entity labels of a named place
PLACE_ENTS = {"GPE", "LOC", "FAC"}


@lru_cache(maxsize=1)
def vocab() -> dict:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {k: frozenset(raw[k]) for k in ("verbs", "groups", "places")} | {"examples": raw["examples"]}


def departure(tok):
    """A withdrawal trigger for a verb of leaving whose (active) subject is an armed group ('Ruritanian troops
    left the town', 'the rebels departed', 'hundreds of fighters left'): the lexicon reads no event in the verb
    itself (a CAMEO generic code)."""
    if tok.pos_ != "VERB" or (tok.lemma_ or tok.lower_).lower() not in vocab()["verbs"]:
        return None
    # (imported here: these modules read event_triggers, which reads this one)
    from sitrep.extract.event_arg_clauses import subject_token
    from sitrep.extract.event_arg_groups import group_actor

    left = [c for c in tok.children if c.dep_ == "dobj"]
    if not all(_place(c) for c in left):
        return None  # 'left their weapons behind': no place is left
    subj, passive = subject_token(tok)
    group = group_actor(subj) if subj is not None and not passive else None  # ('scores of fighters left')
    if group is None or group["group"] not in vocab()["groups"]:
        return None

    return Trigger(tok, Reading("RETREAT", "withdraw", "", origin="curated"), None)


def _place(tok) -> bool:
    """A place left: a place name (the tagger's, or the gazetteer's for a name it took for a person: 'troops left
    Mali') or a noun of ``places``."""
    from sitrep.extract import places  # (reads the gazetteer; imported when first needed)

    if tok.ent_type_ in PLACE_ENTS or (tok.lemma_ or tok.lower_).lower() in vocab()["places"]:
        return True
    return tok.pos_ == "PROPN" and places.resolve_place(tok.text) is not None
