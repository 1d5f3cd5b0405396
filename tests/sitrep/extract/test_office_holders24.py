"""Office holders and public figures the Phoenix dictionaries (2014) lack (``data/office_holders.tsv``): a row's
names read as a person of its country ("Trump criticised Maduro": USA and VEN, not the country the sentence
names), each checked on its example, a sentence of our own, through the real mention extraction and resolution."""

import gzip
from datetime import date

from sitrep.extract import actor_dictionary
from sitrep.extract.data_files import read_tsv
from sitrep.extract.gazetteer import fold
from tests.sitrep.extract.coding import group_countries

ROWS = read_tsv("office_holders.tsv")


def test_each_row_example_gives_the_person_the_row_country(nlp):
    found = group_countries(nlp, [r["example"] for r in ROWS], "holder", date(2019, 3, 1))
    wrong = []
    for i, row in enumerate(ROWS):
        names = {fold(n) for n in row["names"].split("|")}
        mine = {n: c for n, c in found.get(f"holder{i}", {}).items() if fold(n) in names}
        if not mine or any(c != {row["country"]} for c in mine.values()):
            wrong.append((row["example"], found.get(f"holder{i}")))
    assert not wrong, "\n".join(map(str, wrong))


def test_rows_add_names_only_where_phoenix_has_none():
    with gzip.open(actor_dictionary.ACTORS_FILE, "rt", encoding="utf-8") as fh:
        phoenix = {line.split("\t", 1)[0] for line in fh}
    assert not {fold(n) for r in ROWS for n in r["names"].split("|")} & phoenix


def test_a_bare_surname_of_a_listed_leader_reads_its_country():
    assert actor_dictionary.lookup("Trump", date(2018, 5, 1), "person").country == "USA"
    assert actor_dictionary.lookup("Maduro", date(2018, 5, 1), "person").country == "VEN"
    assert actor_dictionary.lookup("Macron", None, "person").country == "FRA"
