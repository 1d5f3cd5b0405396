"""Actor-side look-ups: the country an organisation name points at, and hosts' countries from meetings.

Country names, demonyms, capitals, seats of government, regions and cities all come from the one gazetteer
(:mod:`sitrep.extract.gazetteer`); the names below are re-exported for the callers that used them here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract.gazetteer import (
    City,
    city,
    country_index,
    country_iso3,
    country_names,
    demonym_index,
    demonym_iso3,
    fold,
    iso2_to_iso3,
    region_iso3,
    regional_demonym,
    seat_iso3,
    subdivision_iso3,
)

__all__ = [
    "City",
    "city",
    "city_lookup",
    "country_index",
    "country_iso3",
    "country_names",
    "demonym_index",
    "demonym_iso3",
    "fold",
    "host_countries",
    "iso2_to_iso3",
    "org_country",
    "region_iso3",
    "regional_demonym",
    "seat_iso3",
    "subdivision_iso3",
]


def city_lookup(text: str, alternates: bool = True) -> dict | None:
    """{name, geonameid, country_iso3, latitude, longitude, population} for a city name, or None."""
    found = city(text, alternates=alternates)
    if found is None:
        return None
    return {
        "name": found.name,
        "geonameid": found.geonameid,
        "country_iso3": found.iso3,
        "latitude": found.latitude,
        "longitude": found.longitude,
        "population": found.population,
    }


_POSS = re.compile(r"\s*['’ʼ]s?\b")


@lru_cache(maxsize=65536)
def org_country(text: str) -> str | None:
    """Country an organisation name points at: a leading demonym or country ("Russian Security Council",
    "Cuba's Ministry of the Interior"), a trailing "of <country>", or a seat of government ("Kremlin")."""
    seat = seat_iso3(text)
    if seat:
        return seat
    words = _POSS.sub(" ", re.sub(r"^(?:the|The)\s+", "", text)).split()
    for n in (3, 2, 1):  # leading demonym / country name, longest first
        if len(words) > n:
            head = " ".join(words[:n])
            iso = demonym_iso3(head) or country_iso3(head)
            if iso:
                return iso
    m = re.search(r"\bof (?:the )?([A-Z][\w’' .-]+)$", text)
    if m:
        return country_iso3(m.group(1)) or demonym_iso3(m.group(1))
    return None


# national offices and ranks: a host holding one acts for the country he hosts in ('interim president',
# 'Colonel'); international offices ('chair of the African Union Commission', 'UN Secretary-General') do not
NATIONAL_OFFICE = re.compile(
    r"\b(?:president|prime minister|premier|minister|chancellor|king|queen|emir|sultan|head of (?:state|"
    r"government|the transition)|leader|vice[- ]president|colonel|general)\b",
    re.I,
)
INTERNATIONAL_OFFICE = re.compile(
    r"\b(?:union|commission|nations|un|u\.n\.|secretary[- ]general|nato|alliance|organi[sz]ation|bank|fund|"
    r"council of europe|brics|opec|asean|league)\b",
    re.I,
)


def is_national_office(role: str | None) -> bool:
    """A national office or rank ("interim president", "army general"), not an international one."""
    return bool(role and NATIONAL_OFFICE.search(role) and not INTERNATIONAL_OFFICE.search(role))


def host_countries(entities: list[dict], events: list[dict], participants: list[dict]) -> dict[str, str]:
    """entity_id -> country for officials with no country cue of their own who host foreign visitors.

    'Lavrov arrived in Bamako to hold talks with interim president Assimi Goyta and Foreign Minister Diop': a
    target of a meeting held in country X, whose source is a person of another known country and whose host
    side already counts someone or something of X (Diop, Mali), holding a national office, acts for X. Every
    such meeting must agree. A host meeting his own compatriots ('Putin met Faki in St Petersburg') says
    nothing; a meeting on neutral ground (no one of X on the host side) says nothing; international officials
    are never given a country this way.
    """
    by_id = {e["entity_id"]: e for e in entities}
    place = {e["event_id"]: e.get("location_country_iso3") for e in events if e.get("event_type") == "CONSULT"}
    roles: dict[str, list[tuple[str, str]]] = {}
    for p in participants:
        if p["event_id"] in place:
            roles.setdefault(p["event_id"], []).append((p["entity_id"], p["role"]))
    votes: dict[str, set[str]] = {}
    for event_id, members in roles.items():
        where = place[event_id]
        if not where:
            continue
        visitors = {
            by_id[e].get("country_iso3")
            for e, r in members
            if r == "source" and e in by_id and by_id[e]["entity_type"] == "PERSON"
        }
        if not visitors or None in visitors or where in visitors:
            continue
        hosts = {by_id[e].get("country_iso3") for e, r in members if r != "source" and e in by_id}
        if where not in hosts:
            continue
        for e, r in members:
            ent = by_id.get(e)
            if r != "target" or not ent or ent["entity_type"] != "PERSON" or ent.get("country_iso3"):
                continue
            role = ent.get("role") or ""
            if is_national_office(role):
                votes.setdefault(e, set()).add(where)
    return {e: next(iter(c)) for e, c in votes.items() if len(c) == 1}
