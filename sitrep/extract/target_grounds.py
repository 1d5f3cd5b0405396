"""An attack whose report names no place happened on its target state's ground (``merged_places``): 'Ruritania
invaded Freedonia' took place in Freedonia. Such a report is no telling of an attack its own sentence places in
another country ('Ruritanian tanks shelled a town in Vello', Vello lying elsewhere): the two are different attacks,
though one report has no place that keeps them apart (``cluster_fits.places_compatible``).

Only a target named as a country or as a well-known region of one ('attacked Freedonia', 'invaded southern
Freedonia') gives a ground: people, forces and bodies of a country ('Freedonian students', 'Freedonian soldiers in
Vello') may be hit anywhere, so their country is no ground.
"""

from __future__ import annotations

from sitrep.extract.merged_places import ON_TARGET_GROUND
from sitrep.extract.named_countries import PLACE_LABELS, mention_country
from sitrep.extract.report_clusters import Cand, Cluster


def named_ground(participants: list[dict], mentions: list[dict]) -> frozenset[str]:
    """The countries a candidate's targets name, when every target is a place mention naming a country (a
    country or a well-known region of it); else none."""
    by_idx = {m["idx"]: m for m in mentions}
    targets = [p for p in participants if p["role"] == "target"]
    found = set()
    for p in targets:
        m = by_idx.get(p.get("mention_idx")) if p.get("mention_idx") is not None and not p.get("group") else None
        iso3 = mention_country(m) if m is not None and m["label"] in PLACE_LABELS else None
        if iso3 is None:
            return frozenset()
        found.add(iso3)
    return frozenset(found)


def _stated_country(place: dict | None) -> str | None:
    """The country of a place a report's own sentence states, else None."""
    if not place or place.get("place_source") != "sentence":
        return None
    return place.get("location_country_iso3")


def _ground(members: list[Cand]) -> str | None:
    """The one country place-less reports of an attack name as their target, else None."""
    if any(m.cand.get("location_country_iso3") or not m.target_ground for m in members):
        return None
    grounds = set().union(*(m.target_ground for m in members))
    return next(iter(grounds)) if len(grounds) == 1 else None


def grounds_clash(c: Cluster, x: Cand) -> bool:
    """The cluster and the candidate tell two attacks: one side states its place in a country, the other has no
    place and targets another country (see the module)."""
    if c.etype not in ON_TARGET_GROUND:
        return False
    stated, ground = _stated_country(x.cand), _ground(c.members)
    if stated is None:
        stated, ground = _stated_country(c.place()), _ground([x])
    return stated is not None and ground is not None and stated != ground
