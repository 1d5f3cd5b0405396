"""A reception with no place the gazetteer knows took place in the host's country (data/host_visits.json)."""

from __future__ import annotations

import pytest

from sitrep.extract.event_hosts import vocab
from tests.sitrep.extract.coding import coded


@pytest.mark.parametrize("iso3, sentence", vocab()["examples"])
def test_a_hosted_visit_is_placed_in_the_hosts_country(nlp, iso3, sentence):
    consults = [c for c in coded(nlp, sentence) if c["event_type"] == "CONSULT"]
    assert consults and consults[0]["location_country_iso3"] == iso3


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Michelle Bachelet met Norwegian Prime Minister Erna Solberg on Tuesday.",
        "Norwegian Prime Minister Erna Solberg was received by Chilean President Michelle Bachelet on Tuesday.",
    ],
)
def test_a_meeting_no_host_receives_actively_gets_no_place_from_this_rule(nlp, sentence):
    consults = [c for c in coded(nlp, sentence) if c["event_type"] == "CONSULT"]
    assert consults and consults[0]["location_country_iso3"] is None


def test_a_place_the_sentence_names_stands_over_the_hosts_country(nlp):
    found = coded(nlp, "Chilean President Michelle Bachelet received Norwegian Prime Minister Erna Solberg in Oslo.")
    assert [c["location_name"] for c in found if c["event_type"] == "CONSULT"] == ["Oslo"]
