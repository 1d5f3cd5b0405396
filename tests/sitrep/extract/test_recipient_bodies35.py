"""Nouns of people or bodies in general named only as an act's recipient (round 35, ``data/recipient_bodies.tsv``,
``recipient_bodies.py``): 'asked several organizations to hand over their files', 'urged her counterparts to back the
plan' complete a request coded anyway with their sector's group as its target; as a subject they make no event, and
an official's counterparts (other states' officials) take no country from the speaker's. 'asked a dozen
individuals' is people in general (``recipient_roles.tsv``). Invented sentences through the real spaCy pipeline
and the event extraction."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_groups import sector_groups
from tests.sitrep.extract.coding import coded, event_parts

ROWS = read_tsv("recipient_bodies.tsv")


def _targets(nlp, text: str, etype: str) -> list[tuple[str, str | None]]:
    return [(who, iso3) for role, who, iso3 in event_parts(nlp, text, etype) if role == "target"]


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_each_body_noun_is_the_target_of_its_example(event_roles, row):
    group = sector_groups()[row["sector"]][0]
    assert ("target", group) in event_roles(row["example"], row["type"])


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_each_body_sector_is_a_sector_that_may_act(row):
    assert row["sector"] in sector_groups()
    assert row["states"] in {"own", "other"}


@pytest.mark.parametrize(
    "text",
    [
        "The organizations criticised the new mining law.",
        "Several organisations warned about the drought.",
        "Her counterparts rejected the plan on Monday.",
    ],
)
def test_as_a_subject_they_make_no_event(nlp, text):
    assert coded(nlp, text) == []


def test_counterparts_take_no_country_from_the_speaker(nlp):
    targets = _targets(nlp, "The Kenyan foreign minister urged her counterparts to back the ceasefire plan.", "REQUEST")
    assert ("government", None) in targets, targets
    assert all(iso3 != "KEN" for _, iso3 in targets), targets


def test_counterparts_of_a_named_state_take_its_country(nlp):
    targets = _targets(nlp, "The Kenyan foreign minister urged her Ugandan counterparts to back the plan.", "REQUEST")
    assert any(iso3 == "UGA" for _, iso3 in targets), targets


def test_counterparts_called_on_are_the_target(event_roles):
    roles = event_roles("The Kenyan envoy called on all his counterparts to fund the museum's repair.", "REQUEST")
    assert ("target", "government") in roles, roles


def test_a_coordinated_list_of_bodies_and_people_gives_each_group(event_roles):
    roles = event_roles(
        "The Senate panel asked over twenty organizations and individuals to keep their files.", "REQUEST"
    )
    assert {("target", "NGOs"), ("target", "civilians")} <= roles, roles


def test_own_organizations_stay_the_speakers_side(event_roles):
    roles = event_roles("The Kenyan president urged her organizations to register.", "REQUEST")
    assert ("target", "NGOs") not in roles, roles
