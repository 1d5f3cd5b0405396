"""A country's name before a thing's noun names whose the thing is, not where the act is; before a noun of a place
it places the act there (``owner_states``, ``data/owned_places.tsv``)."""

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded, places

ROWS = read_tsv("owned_places.tsv")


def test_a_country_modifying_a_thing_places_nothing_there(nlp):
    text = (
        "Chilean Trade Minister Rodrigo Yanez said on Friday that Chile could slap tariffs on Peru goods if talks fail."
    )
    got = places(nlp, text, "THREATEN")
    assert got
    assert all(iso3 != "PER" for _, iso3 in got)


@pytest.mark.parametrize("row", ROWS, ids=[r["noun"] for r in ROWS])
def test_a_country_modifying_a_place_noun_places_the_act(nlp, row):
    got = {c.get("location_country_iso3") for c in coded(nlp, row["example"])}
    assert row["iso3"] in got
