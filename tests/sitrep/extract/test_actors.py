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
