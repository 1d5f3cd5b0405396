"""A state's act placed only in its country is placed where its government sits, which for a few states is not
the capital the country records give (``data/government_seats.tsv``)."""

from collections import Counter
from datetime import date

import pytest

from sitrep.extract import government_seats, places
from sitrep.extract.event_places import host_capital
from sitrep.extract.event_triggers import read_tsv
from sitrep.extract.events import doc_event_candidates
from sitrep.extract.merged_places import seat_of_government
from tests.sitrep.extract.merge_inputs import SeatCluster as _Cluster


@pytest.mark.parametrize("row", read_tsv("government_seats.tsv"), ids=lambda r: r["iso3"])
def test_the_example_act_of_each_listed_state_is_placed_at_its_seat(analyse, row):
    doc, ments = analyse(row["example"])
    cands = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"]]
    assert cands, row["example"]
    iso3 = row["iso3"]
    assert any(places.country_iso3(m["surface"]) == iso3 for m in ments), row["example"]
    country = {**places.country_place(iso3), "place_source": "sentence"}
    got = seat_of_government(_Cluster(cands[0]["event_type"]), country, {"state": Counter(source=1)}, {"state": iso3})
    assert got["location_name"] == row["city"] and got["location_country_iso3"] == iso3
    assert row["city"] != places.capital_of(iso3)["location_name"]  # only states whose seat is not the capital


@pytest.mark.parametrize(("iso3", "city"), [("NOR", "Oslo"), ("KEN", "Nairobi"), ("PER", "Lima")])
def test_a_state_not_listed_sits_in_its_capital(iso3, city):
    assert government_seats.seat_of_government(iso3)["location_name"] == city


def test_an_official_meeting_placed_only_in_the_country_is_at_the_seat():
    class _Ctx:
        doc_cities: list = []

    parts = [{"mention": {"label": "PERSON"}}, {"mention": {"label": "PERSON"}}]
    got = host_capital(_Ctx(), places.country_place("NLD"), "CONSULT", parts)
    assert got["location_name"] == "The Hague"
