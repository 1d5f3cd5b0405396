"""Armed groups the Phoenix dictionaries lack (``data/armed_groups.tsv``), each checked on a sentence of our own.

- a row's group, acting in its example, is an actor of the event coded there, with the row's country;
- a row only adds names: a name the Phoenix tables read keeps their reading (Hezbollah, the Taliban);
- a one-word armed group's name the model takes for a person ('the Houthis') is an organisation, with its
  country (``actor_dictionary.armed_group_name``).
"""

from __future__ import annotations

import gzip
from datetime import date

import pytest

from sitrep.extract import actor_dictionary
from sitrep.extract.data_files import read_tsv
from sitrep.extract.gazetteer import fold
from tests.sitrep.extract.coding import group_countries

ROWS = read_tsv("armed_groups.tsv")


def _countries(nlp, text: str) -> dict[str, set]:
    found = group_countries(nlp, [text], "armed", date(2024, 3, 1))
    return found.get("armed0", {})


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["names"].split("|")[0])
def test_each_armed_group_row_example_codes_the_group_with_its_country(nlp, row):
    names = {fold(n) for n in row["names"].split("|")}
    found = _countries(nlp, row["example"])
    mine = {n: c for n, c in found.items() if fold(n) in names or fold(n).removesuffix(" fighters") in names}
    assert mine and all(c == {row["country"]} for c in mine.values()), found


def test_rows_add_names_only_where_phoenix_has_none():
    with gzip.open(actor_dictionary.ACTORS_FILE, "rt", encoding="utf-8") as fh:
        phoenix = {line.split("\t", 1)[0] for line in fh}
    added = {fold(n) for r in ROWS for n in r["names"].split("|")}
    assert not added & phoenix
    assert actor_dictionary.lookup("Hezbollah").country == "LBN"


@pytest.mark.parametrize(
    ("text", "group", "country"),
    [
        ("The Houthis seized a cargo ship off the coast on Sunday.", "Houthis", "YEM"),
        ("Iran-backed Houthi fighters shelled the port of the city.", "Houthi", "YEM"),
        ("Houthi rebels fired drones at a tanker on Wednesday.", "Houthi", "YEM"),  # a listed form: listed_forms
    ],
)
def test_a_group_the_model_takes_for_a_person_has_its_country(nlp, text, group, country):
    found = _countries(nlp, text)
    assert found.get(group) == {country}, found
