"""Offline gazetteer: countries, demonyms, cities and organisations to ISO-3."""

from __future__ import annotations

import pytest

from sitrep.extract import actors


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("the Russian Federation", "RUS"),
        ("Islamic Republic of Iran", "IRN"),
        ("the Republic of South Africa", "ZAF"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Mali", "MLI"),
        ("MALI", "MLI"),
    ],
)
def test_country_names(name: str, iso3: str) -> None:
    assert actors.country_iso3(name) == iso3


def test_regions_are_places_inside_a_country() -> None:
    assert actors.country_iso3("Scotland") is None
    assert actors.region_iso3("Scotland") == (True, "GBR")
    assert actors.region_iso3("Crimea") == (True, "UKR")
    assert actors.region_iso3("Havana") == (False, None)
    assert actors.region_iso3("Oklahoma") == (True, "USA")
    assert actors.region_iso3("New York") == (False, None)  # news mostly means the city


def test_not_countries() -> None:
    assert actors.country_iso3("Islamic State of Iraq") is None
    assert actors.country_iso3("Latin America") is None
    assert actors.country_iso3("Raisi") is None


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Cuban", "CUB"),
        ("Russian", "RUS"),
        ("Venezuelan", "VEN"),
        ("Iranian", "IRN"),
        ("Malian", "MLI"),
        ("Malians", "MLI"),
        ("Burundian", "BDI"),
        ("Ukrainian", "UKR"),
        ("South African", "ZAF"),
        ("Turkish", "TUR"),
        ("Mozambican", "MOZ"),
        ("Nigerian", "NGA"),
        ("Nigerien", "NER"),
        ("Chilean", "CHL"),
        ("Zimbabwean", "ZWE"),
        ("Iraqi", "IRQ"),
        ("Senegalese", "SEN"),
    ],
)
def test_demonyms(word: str, iso3: str) -> None:
    assert actors.demonym_iso3(word) == iso3


def test_demonym_rejects_non_demonyms() -> None:
    assert actors.demonym_iso3("Latin American") is None
    assert actors.demonym_iso3("African") is None


def test_cities() -> None:
    havana = actors.city_lookup("Havana")
    assert havana is not None and havana["country_iso3"] == "CUB"
    assert actors.city_lookup("St. Petersburg")["country_iso3"] == "RUS"
    assert actors.city_lookup("Kiev")["country_iso3"] == "UKR"  # an alternate name
    assert actors.city_lookup("White House", alternates=False) is None


@pytest.mark.parametrize(
    ("org", "iso3"),
    [
        ("Russian Security Council", "RUS"),
        ("Cuba's Ministry of the Interior", "CUB"),
        ("Kremlin", "RUS"),
        ("the Kremlin", "RUS"),
        ("Security Council of Russia", "RUS"),
        ("the South African Ministry of Defence", "ZAF"),
        ("African Union", None),
        ("UN Security Council", None),
    ],
)
def test_org_country(org: str, iso3: str | None) -> None:
    assert actors.org_country(org) == iso3


def test_host_countries_for_officials_hosting_foreign_visitors():
    from sitrep.extract.actors import host_countries

    def ent(eid, country=None, role=None, etype="PERSON"):
        return {"entity_id": eid, "entity_type": etype, "country_iso3": country, "role": role}

    entities = [
        ent("lavrov", "RUS", "Foreign Minister"),
        ent("putin", "RUS", "President"),
        ent("diop", "MLI", "foreign minister"),
        ent("mali", "MLI", etype="GPE"),
        ent("goita", None, "interim president"),
        ent("faki", None, "chair of the African Union Commission"),
        ent("guest", None, None),
        ent("xi", None, "President"),
    ]
    events = [
        {"event_id": "bamako", "event_type": "CONSULT", "location_country_iso3": "MLI"},
        {"event_id": "spb", "event_type": "CONSULT", "location_country_iso3": "RUS"},
        {"event_id": "beijing", "event_type": "CONSULT", "location_country_iso3": "CHN"},
        {"event_id": "deal", "event_type": "AGREE", "location_country_iso3": "KEN"},
    ]
    parts = [
        ("bamako", "lavrov", "source"), ("bamako", "goita", "target"), ("bamako", "guest", "target"),
        ("bamako", "diop", "target"), ("bamako", "faki", "target"),
        ("spb", "putin", "source"), ("spb", "xi", "target"), ("spb", "faki", "target"),
        ("beijing", "lavrov", "source"), ("beijing", "xi", "target"),
        ("deal", "lavrov", "source"), ("deal", "goita", "target"), ("deal", "mali", "target"),
    ]  # fmt: skip
    participants = [{"event_id": e, "entity_id": p, "role": r} for e, p, r in parts]
    # Goita hosts a foreign visitor in Mali beside a Malian minister; the guest holds no office; Faki holds an
    # international office; Xi meets a Russian at home (no evidence) and abroad on his own (neutral ground)
    assert host_countries(entities, events, participants) == {"goita": "MLI"}
    events.append({"event_id": "nairobi", "event_type": "CONSULT", "location_country_iso3": "KEN"})
    participants += [{"event_id": "nairobi", "entity_id": "lavrov", "role": "source"},
                     {"event_id": "nairobi", "entity_id": "goita", "role": "target"},
                     {"event_id": "nairobi", "entity_id": "kenya", "role": "target"}]  # fmt: skip
    entities.append(ent("kenya", "KEN", etype="GPE"))
    assert "goita" not in host_countries(entities, events, participants)  # hosts in two countries: no guess
