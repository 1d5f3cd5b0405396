"""A state's act placed only in its own country was said or decided at its seat of government (the capital);
what happens on the ground, an act placed in another state's country, and a place with its own city stand."""

from collections import Counter

import pytest

from sitrep.extract import places
from sitrep.extract.merged_places import seat_of_government
from tests.sitrep.extract.merge_inputs import SeatCluster as _Cluster
from tests.sitrep.extract.merge_inputs import SeatMember as _Member


def _country(iso3):
    return {**places.country_place(iso3), "place_source": "sentence"}


@pytest.mark.parametrize(
    ("etype", "iso3", "city"),
    [
        ("ACCUSE", "NOR", "Oslo"),  # 'Norway accused its neighbour of ...'
        ("SANCTION", "CAN", "Ottawa"),  # 'Canada expelled two diplomats'
        ("REQUEST", "KEN", "Nairobi"),  # 'Kenya asked the council to ...'
        ("RETREAT", "PER", "Lima"),  # 'Peru recalled its ambassador'
    ],
)
def test_a_states_act_in_its_own_country_is_placed_at_its_capital(etype, iso3, city):
    roles = {"state": Counter(source=1), "other": Counter(target=1)}
    got = seat_of_government(_Cluster(etype), _country(iso3), roles, {"state": iso3, "other": "SWE"})
    assert got["location_name"] == city and got["location_country_iso3"] == iso3
    assert got["place_source"] == "sentence"


def test_an_officials_statement_at_home_is_placed_at_the_capital():
    """'The Chilean foreign minister condemned ...': the source is a person of that country, no state entity."""
    cluster = _Cluster("ACCUSE", [_Member(frozenset({"CHL"}))])
    got = seat_of_government(cluster, _country("CHL"), {"minister": Counter(source=1)}, {})
    assert got["location_name"] == "Santiago"


@pytest.mark.parametrize("etype", ["ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "AID"])
def test_what_happens_on_the_ground_keeps_its_country(etype):
    roles = {"state": Counter(source=1)}
    got = seat_of_government(_Cluster(etype), _country("NOR"), roles, {"state": "NOR"})
    assert got["level"] == "country"


def test_an_act_placed_in_another_states_country_keeps_the_country():
    """'Norway accused Sweden', placed in Sweden by the text: the acting state's seat is elsewhere."""
    roles = {"state": Counter(source=1), "other": Counter(target=1)}
    got = seat_of_government(_Cluster("ACCUSE"), _country("SWE"), roles, {"state": "NOR", "other": "SWE"})
    assert got["level"] == "country"


def test_a_place_with_its_own_city_stands():
    city = {**places.lookup_city("Bergen", "NOR"), "place_source": "sentence"}
    roles = {"state": Counter(source=1)}
    assert seat_of_government(_Cluster("ACCUSE"), city, roles, {"state": "NOR"})["location_name"] == "Bergen"
    assert seat_of_government(_Cluster("ACCUSE"), None, roles, {"state": "NOR"}) is None
