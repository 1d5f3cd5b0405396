"""State bodies the Phoenix dictionaries lack (``data/national_bodies.tsv``): each row's example, a sentence of our
own, codes the body with the row's country, through the real mention extraction and resolution."""

import gzip
from datetime import date

from sitrep.extract import actor_dictionary
from sitrep.extract.data_files import read_tsv
from sitrep.extract.gazetteer import fold
from tests.sitrep.extract.coding import group_countries

ROWS = read_tsv("national_bodies.tsv")


def test_each_row_example_codes_the_body_with_its_country(nlp):
    found = group_countries(nlp, [r["example"] for r in ROWS], "body", date(2019, 3, 1))
    wrong = []
    for i, row in enumerate(ROWS):
        names = {fold(n) for n in row["names"].split("|")}
        mine = {n: c for n, c in found.get(f"body{i}", {}).items() if fold(n) in names}
        if not mine or any(c != {row["country"]} for c in mine.values()):
            wrong.append((row["example"], found.get(f"body{i}")))
    assert not wrong, "\n".join(map(str, wrong))


def test_rows_add_names_only_where_phoenix_has_none():
    with gzip.open(actor_dictionary.ACTORS_FILE, "rt", encoding="utf-8") as fh:
        phoenix = {line.split("\t", 1)[0] for line in fh}
    assert not {fold(n) for r in ROWS for n in r["names"].split("|")} & phoenix
