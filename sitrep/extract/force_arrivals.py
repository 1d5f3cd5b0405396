"""Arrivals of armed forces: 'Russian troops arrived in Syria', 'two warships arrived in the port', 'fighters
arrived in the village' move a force somewhere (PLOVER MOBILIZE: troops; an armed group's fighters: militia),
no visit of a host (CONSULT visit). The force is the subject noun of the verb of arriving, a noun of the
``@forces`` or ``@fighters`` class of ``data/trigger_objects.tsv``; peacekeepers and observers (``@mission``)
arrive on a mission and are left as they are. Travellers' arrivals (migrants, a flight; ``traveller_arrivals``) are no
visit at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import lexicon
from sitrep.extract.traveller_arrivals import traveller_arrival

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the readings of a force's arrival, by the class of its subject noun
ARRIVALS = {"@forces": ("MOBILIZE", "troops"), "@fighters": ("MOBILIZE", "militia")}
#: the class of those who arrive on a mission (left as a visit)
MISSION_CLASS = "@mission"
VISIT = ("CONSULT", "visit")


def arriving_force(trig: Token) -> tuple[str, str] | None:
    """The deployment reading of a verb of arriving whose subject noun is a force ('Ruritanian troops arrived',
    'the group's fighters arrived'): a lone party named by an organisation is then no visitor left out."""
    if trig.pos_ != "VERB":
        return None
    subjects = [c for c in trig.children if c.dep_ == "nsubj"]
    classes = {k for s in subjects for k in lexicon().classes.get(lemma(s), ())}
    reading = next((ARRIVALS[k] for k in ARRIVALS if k in classes), None)
    return None if MISSION_CLASS in classes else reading


def force_arrival(cand: dict | None, trig: Token) -> dict | None:
    """``cand`` retyped as a deployment when it is a visit whose visitor is a force, None when the visitor is a
    traveller ('migrants landed in Syldavia'), else unchanged."""
    if cand is None or (cand["event_type"], cand.get("event_mode")) != VISIT:
        return cand
    if traveller_arrival(trig):
        return None
    reading = arriving_force(trig)
    if reading is None:
        return cand
    summary = cand.get("summary") or ""
    out = {**cand, "event_type": reading[0], "event_mode": reading[1]}
    if summary.startswith(VISIT[0]):
        out["summary"] = reading[0] + summary[len(VISIT[0]) :]
    return out
