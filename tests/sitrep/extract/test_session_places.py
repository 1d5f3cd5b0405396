"""Places no sentence states: an act of a seated body in session happens at its seat; a happening between
compatriots only happens in their country."""

from collections import Counter
from datetime import date

import pytest

from sitrep.extract import body_seats, gazetteer
from sitrep.extract.event_triggers import read_tsv
from sitrep.extract.events import doc_event_candidates
from sitrep.extract.merged_places import event_place


@pytest.mark.parametrize("row", read_tsv("body_seats.tsv"), ids=lambda r: r["body"])
def test_every_seated_body_resolves_to_its_seat_city(row):
    assert gazetteer.fold(row["body"]) in gazetteer.fold(row["example"])
    seat = body_seats.seat_of(row["body"])
    assert seat and seat["location_country_iso3"] == row["iso3"] and row["city"] in seat["location_name"]


@pytest.mark.parametrize("prefix", ["the U.N. ", "the UN ", "the United Nations ", ""])
def test_an_organisation_prefix_does_not_hide_the_body(prefix):
    assert body_seats.seat_of(prefix + "Security Council")["location_country_iso3"] == "USA"


def test_a_body_without_a_fixed_seat_and_acts_on_the_ground_get_no_seat():
    assert body_seats.seat_of("United Nations") is None
    assert body_seats.session_place("AID", ["Security Council"]) is None
    assert body_seats.session_place("REJECT", ["Security Council", "Human Rights Council"]) is None  # two seats


def test_a_veto_in_the_council_is_placed_at_its_seat(analyse):
    doc, ments = analyse("Ruritania and Freedonia vetoed a Security Council resolution on the border dispute.")
    vetoes = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["location_name"]]
    assert vetoes and all("New York" in c["location_name"] for c in vetoes), vetoes


class _Cluster:
    members: list = []
    etype = "CONSULT"

    def place(self):
        return None


def test_a_meeting_between_compatriots_only_is_placed_in_their_country():
    roles = {"minister": Counter(source=1), "union leader": Counter(target=1)}
    got = event_place(_Cluster(), roles, {}, {"minister": "BOL", "union leader": "BOL"})
    assert got and got["location_country_iso3"] == "BOL" and got["level"] == "country"


@pytest.mark.parametrize(
    "party_country",
    [{"minister": "BOL", "union leader": "PER"}, {"minister": "BOL"}],  # two countries; one party unknown
)
def test_no_country_for_parties_of_several_or_unknown_countries(party_country):
    roles = {"minister": Counter(source=1), "union leader": Counter(target=1)}
    assert event_place(_Cluster(), roles, {}, party_country) is None


def test_a_lone_party_is_not_a_domestic_happening():
    assert event_place(_Cluster(), {"minister": Counter(source=1)}, {}, {"minister": "BOL"}) is None


class _Attack(_Cluster):
    etype = "ASSAULT"

    def place(self):
        return {"location_name": "Oakport", "location_country_iso3": "FIN", "place_source": "dateline", "level": "city"}


def test_an_attack_placed_only_by_a_dateline_on_the_other_side_is_on_its_target_states_ground():
    roles = {"gunners": Counter(source=1), "state b": Counter(target=1)}
    got = event_place(_Attack(), roles, {"state b": "NOR"}, {})
    assert got["location_country_iso3"] == "NOR"


def test_an_attack_with_no_one_target_state_keeps_the_dateline():
    roles = {"gunners": Counter(source=1), "villagers": Counter(target=1)}
    assert event_place(_Attack(), roles, {}, {})["location_name"] == "Oakport"
