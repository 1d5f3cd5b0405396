"""A protest by one actor is a verbal protest (round 22, precision dev sample 2424: 'her mother protested the
arrest of a young man' was coded as a demonstration). PLOVER 2021: diplomatic protests and protests that only
express an opinion are ACCUSE disapprove, PROTEST presumes physical activity (``lone_protests``,
``data/lone_protests.json``)."""

from __future__ import annotations

import pytest

from sitrep.extract.lone_protests import vocab
from tests.sitrep.extract.coding import readings, types


@pytest.mark.parametrize("text", vocab()["examples"])
def test_one_actor_protesting_is_disapproval(nlp, text):
    found = readings(nlp, text)
    assert ("ACCUSE", "disapprove") in found and "PROTEST" not in {t for t, _ in found}, found


@pytest.mark.parametrize("text", vocab()["counterexamples"])
def test_a_crowd_or_a_scene_stays_a_demonstration(nlp, text):
    assert "PROTEST" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania and Freedonia protested the new fishing quotas.",
        "The dockers' union protested the layoffs at the steel plant.",
    ],
)
def test_several_actors_or_a_body_of_people_still_protest(nlp, text):
    assert "PROTEST" in types(nlp, text)
