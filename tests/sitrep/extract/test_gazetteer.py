"""The one gazetteer: normalisation, aliases, Congo, demonyms, capitals, seats, and one answer for everyone."""

from __future__ import annotations

import csv

import pytest

from sitrep.extract import actors, gazetteer, places
from sitrep.extract.gazetteer import (
    capital_iso3,
    city,
    country_iso3,
    demonym_iso3,
    fold,
    metonym_iso3,
    region_iso3,
    seat_iso3,
    state_iso3,
)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("U.S.", "us"),
        ("the US's", "us"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("Congo-Brazzaville", "congo brazzaville"),
        ("  The   KREMLIN ", "kremlin"),
        ("St. Petersburg", "saint petersburg"),
        ("Burundis’", "burundis"),
        ("Trinidad & Tobago", "trinidad and tobago"),
    ],
)
def test_fold(text: str, key: str) -> None:
    assert fold(text) == key
    assert gazetteer.is_folded(key)


def test_every_key_is_normalised() -> None:
    indexes = [gazetteer.country_index(), gazetteer.demonym_index(), *gazetteer.curated().values()]
    primary, alternate = gazetteer._city_indexes()
    for index in [*indexes, primary, alternate]:
        bad = [k for k in index if not gazetteer.is_folded(k)]
        assert not bad, bad[:10]


def test_data_file_rows_are_well_formed() -> None:
    with gazetteer.DATA_FILE.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))
    assert rows
    seen: dict[tuple[str, str], str] = {}
    for row in rows:
        assert row["kind"] in {"country", "demonym", "seat", "region"}, row
        assert row["iso3"] == "" or len(row["iso3"]) == 3, row
        key = (row["kind"], fold(row["name"]))
        assert seen.setdefault(key, row["iso3"]) == row["iso3"], f"{key} listed with two codes"


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("U.S.", "USA"),
        ("US", "USA"),
        ("the United States", "USA"),
        ("America", "USA"),
        ("UAE", "ARE"),
        ("U.A.E.", "ARE"),
        ("Burma", "MMR"),
        ("Myanmar", "MMR"),
        ("DPRK", "PRK"),
        ("North Korea", "PRK"),
        ("South Korea", "KOR"),
        ("Russian Federation", "RUS"),
        ("Islamic Republic of Iran", "IRN"),
        ("the Republic of South Africa", "ZAF"),
        ("Türkiye", "TUR"),
        ("MALI", "MLI"),
        ("Britain", "GBR"),
    ],
)
def test_country_aliases(name: str, iso3: str) -> None:
    assert country_iso3(name) == iso3


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Congo", "COD"),
        ("DR Congo", "COD"),
        ("D.R. Congo", "COD"),
        ("DRC", "COD"),
        ("Democratic Republic of the Congo", "COD"),
        ("Democratic Republic of Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Republic of Congo", "COG"),
        ("Congo Republic", "COG"),
        ("Congo-Brazzaville", "COG"),
    ],
)
def test_congo(name: str, iso3: str) -> None:
    assert country_iso3(name) == iso3


def test_congo_demonym_and_capitals() -> None:
    assert demonym_iso3("Congolese") == "COD"
    assert capital_iso3("Kinshasa") == "COD"
    assert capital_iso3("Brazzaville") == "COG"


def test_not_countries() -> None:
    for text in ("Islamic State of Iraq", "Latin America", "Raisi", "Scotland", "African Union"):
        assert country_iso3(text) is None, text


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Hungarian", "HUN"),
        ("Hungarians", "HUN"),
        ("Malians", "MLI"),
        ("Nigerian", "NGA"),
        ("Nigerien", "NER"),
        ("Frenchmen", "FRA"),
        ("Britons", "GBR"),
        ("Swiss", "CHE"),
        ("Filipinos", "PHL"),
        ("South African", "ZAF"),
        ("North Korean", "PRK"),
        ("Senegalese", "SEN"),
        ("Emirati", "ARE"),
        ("Burmese", "MMR"),
    ],
)
def test_demonyms(word: str, iso3: str) -> None:
    assert demonym_iso3(word) == iso3


def test_demonym_rejects_non_demonyms() -> None:
    for word in ("Latin American", "African", "European", "minister"):
        assert demonym_iso3(word) is None, word


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Tokyo", "JPN"), ("Washington", "USA"), ("Beijing", "CHN"), ("Kiev", "UKR"), ("Kyiv", "UKR"), ("Seoul", "KOR")],
)
def test_capitals_stand_for_their_state(name: str, iso3: str) -> None:
    assert capital_iso3(name) == iso3
    assert metonym_iso3(name) == iso3
    assert gazetteer.capital_city(iso3) is not None


def test_non_capitals_are_not_metonyms() -> None:
    assert capital_iso3("Shanghai") is None
    assert capital_iso3("Victoria") is None  # the most populous Victoria is no national capital


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("the White House", "USA"), ("Downing Street", "GBR")],
)
def test_seats_of_government(name: str, iso3: str) -> None:
    assert seat_iso3(name) == iso3
    assert state_iso3(name) == iso3


def test_regions_and_cities() -> None:
    assert region_iso3("Scotland") == (True, "GBR")
    assert region_iso3("Oklahoma") == (True, "USA")
    assert region_iso3("New York") == (False, None)  # news mostly means the city
    assert region_iso3("Kashmir") == (True, None)
    assert region_iso3("South Lebanon") == (True, "LBN")
    assert region_iso3("western Cambodia") == (True, "KHM")
    assert region_iso3("Sindh province") == (False, None)  # not a country's name before "province"
    assert region_iso3("South Sudan") == (False, None) and country_iso3("South Sudan") == "SSD"
    assert region_iso3("North Korea") == (False, None)
    found = city("St. Petersburg")
    assert found is not None and found.iso3 == "RUS"
    assert city("White House", alternates=False) is None
    assert city("Havana", "CUB") is not None and city("Havana", "RUS") is None


SAME_INPUTS = [
    "U.S.",
    "US",
    "UAE",
    "Burma",
    "DPRK",
    "Congo",
    "DR Congo",
    "Republic of the Congo",
    "Hungarian",
    "Hungarians",
    "Congolese",
    "Tokyo",
    "Beijing",
    "Kremlin",
    "Russia",
    "Turkish",
]


@pytest.mark.parametrize("text", SAME_INPUTS)
def test_actors_places_and_events_resolve_alike(text: str) -> None:
    """actors, places (and events, which imports places) answer from the same gazetteer functions."""
    assert actors.country_iso3(text) == places.country_iso3(text) == country_iso3(text)
    assert actors.demonym_iso3(text) == places.demonym_iso3(text) == demonym_iso3(text)
    assert places.capital_iso3(text) == capital_iso3(text)
    assert actors.seat_iso3(text) == seat_iso3(text)


def test_event_modules_read_the_same_gazetteer() -> None:
    from sitrep.extract import (
        event_arg_groups,
        event_arg_phrases,
        event_candidates,
        event_context,
        event_mentions,
        event_places,
    )

    for module in (event_arg_groups, event_arg_phrases, event_candidates, event_context, event_mentions, event_places):
        assert module.places is places, module.__name__
    assert places.country_iso3 is gazetteer.country_iso3 and places.demonym_iso3 is gazetteer.demonym_iso3
    assert actors.country_iso3 is gazetteer.country_iso3 and actors.seat_iso3 is gazetteer.seat_iso3


def test_no_module_keeps_its_own_table() -> None:
    for module in (actors, places):
        tables = [n for n, v in vars(module).items() if isinstance(v, dict) and len(v) > 20 and not n.startswith("__")]
        assert not tables, f"{module.__name__} keeps its own look-up tables: {tables}"


def _rows() -> list[dict]:
    with gazetteer.DATA_FILE.open(encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


#: the look-up that reads each kind of row
LOOKUP = {
    "country": gazetteer.country_iso3,
    "demonym": gazetteer.demonym_iso3,
    "seat": gazetteer.seat_iso3,
    "region": lambda name: gazetteer.region_iso3(name)[1],
}


@pytest.mark.parametrize("row", _rows(), ids=lambda r: f"{r['kind']}:{r['name']}")
def test_every_row_resolves_as_written(row: dict) -> None:
    """Each alias row is its own example: the name, as written in text, resolves through its kind's look-up."""
    assert LOOKUP[row["kind"]](row["name"]) == (row["iso3"] or None), row


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Helmand province", "AFG"), ("North Darfur", "SDN"), ("Al Anbar", "IRQ"), ("Anbar", "IRQ"), ("Sindh", "PAK")],
)
def test_a_first_level_subdivision_names_its_country(name, iso3):
    assert gazetteer.subdivision_iso3(name) == iso3


@pytest.mark.parametrize("name", ["Punjab", "Georgia", "Central", "Northern"])
def test_a_shared_or_country_or_word_name_is_no_subdivision(name):
    assert gazetteer.subdivision_iso3(name) is None
