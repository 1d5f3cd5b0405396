"""The place of a reception: a host receives a guest on the host's ground ('X received Y at the palace'), so a
visit hosted with no place the gazetteer knows took place in the host's country. Vocabulary in
``data/host_visits.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.event_context import EventContext

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "host_visits.json"
#: the event types a host's reception codes as
HOSTED_TYPES = frozenset({"CONSULT"})


@lru_cache(maxsize=1)
def vocab() -> dict:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {"verbs": frozenset(raw["verbs"]), "examples": [tuple(e) for e in raw["examples"]]}


def host_country(ctx: EventContext, trig: Token, etype: str) -> dict | None:
    """The country place of the host of a reception the trigger tells ('Ruritania's president received ...',
    'Ruritania hosted ...'): the active subject's state, or the country of the person or body it names. None
    for another verb, a passive ('was received by'), or a host of no known country."""
    if etype not in HOSTED_TYPES or trig.pos_ != "VERB" or (trig.lemma_ or trig.lower_).lower() not in vocab()["verbs"]:
        return None
    subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    m = ctx.mention_of(subj) if subj is not None else None
    if m is None:
        return None
    if m["label"] == "PERSON":
        iso3 = ctx.person_country.get(m["idx"])
    elif m["label"] in {"GPE", "NORP"}:
        iso3 = places.country_cue(m["surface"])
    else:
        iso3 = m.get("country_iso3")
    return places.country_place(iso3) if iso3 else None
