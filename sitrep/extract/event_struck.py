"""The state an attack on a named place hits (PLOVER's TAR): 'shelled Vello' targets the state Vello is in."""

from __future__ import annotations

from sitrep.extract import places


def struck_state(parts: list[dict], struck: dict | None) -> list[dict]:
    """An attack on a named city with no target of its own hits that city's state ('shelled Vello': the
    state Vello is in is the target), PLOVER's TAR; nothing when the attack already has a target."""
    if not struck:
        return []
    iso3 = struck["location_country_iso3"]
    targets = [p for p in parts if p["role"] == "target"]
    if targets and not all(_names_place(p["mention"], struck) or _town_of(p["mention"], iso3) for p in targets):
        return []  # a target of its own ('shelled the rebels in Vello')
    if any(p["role"] == "source" and _country_cue_of(p["mention"]) == iso3 for p in parts):
        return []  # 'the army shelled its own capital': a state's forces are no attack on that state
    return [{"mention_idx": None, "role": "target", "country_iso3": iso3}]


def _names_place(m: dict, place: dict) -> bool:
    """The mention is the place itself ('shelled Vello' makes Vello the object and the place)."""
    found = places.resolve_place(m.get("surface") or "")
    return bool(found) and found["location_name"] == place["location_name"]


def _town_of(m: dict, iso3: str) -> bool:
    """Another town named among an attack's targets ('shelled the ports of Vello and Kasta': the state both are in
    is hit): one the gazetteer puts in the struck state (whatever the tagger took it for: small models tag foreign
    towns as persons), or a place name it does not know; not a state itself."""
    surface = m.get("surface") or ""
    found = places.resolve_place(surface)
    if found is not None:
        return found["level"] != "country" and found["location_country_iso3"] == iso3
    return m.get("label") in {"GPE", "LOC", "FAC"}


def _country_cue_of(m: dict) -> str | None:
    """Any country the mention carries: its resolved country, else a cue in its words ('Ruritanian troops')."""
    return m.get("country_iso3") or places.country_cue(m["surface"])
