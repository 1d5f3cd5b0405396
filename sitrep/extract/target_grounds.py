"""An attack whose report names no place happened on its target state's ground (``merged_places``): 'Ruritania
invaded Freedonia' took place in Freedonia. Such a report is no telling of an attack its own sentence places in
another country ('Ruritanian tanks shelled a town in Vello', Vello lying elsewhere): the two are different attacks,
though one report has no place that keeps them apart (``cluster_fits.places_compatible``).

Only a target that is a state itself or its forces counts: people of a country ('Freedonian students') may be
attacked anywhere, so their country is no ground.
"""

from __future__ import annotations

from sitrep.extract.merged_places import ON_TARGET_GROUND
from sitrep.extract.party_groups import STATE_GROUPS
from sitrep.extract.report_clusters import Cand, Cluster


def _stated_country(place: dict | None) -> str | None:
    """The country of a place a report's own sentence states, else None."""
    if not place or place.get("place_source") != "sentence":
        return None
    return place.get("location_country_iso3")


def _placeless(c: dict) -> bool:
    return not c.get("location_country_iso3")


def _ground(members: list[Cand]) -> str | None:
    """The one target state of place-less reports of an attack, when no target is a group of people; else None."""
    if any(not _placeless(m.cand) for m in members):
        return None
    targets = [p for m in members for p in m.cand["participants"] if p["role"] == "target"]
    if not targets or any(p.get("group") and p["group"] not in STATE_GROUPS for p in targets):  # a state's forces
        return None
    grounds = set().union(*(m.state_sides[1] for m in members)) - set().union(*(m.state_sides[0] for m in members))
    return next(iter(grounds)) if len(grounds) == 1 else None


def grounds_clash(c: Cluster, x: Cand) -> bool:
    """The cluster and the candidate tell two attacks: one side states its place in a country, the other has no
    place and one target state elsewhere (see the module)."""
    if c.etype not in ON_TARGET_GROUND:
        return False
    stated, ground = _stated_country(x.cand), _ground(c.members)
    if stated is None:
        stated, ground = _stated_country(c.place()), _ground([x])
    return stated is not None and ground is not None and stated != ground
