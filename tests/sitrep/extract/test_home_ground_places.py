"""A weapons test placed only by the discourse or the dateline took place in the testing state (``merged_places``)."""

from __future__ import annotations

from sitrep.extract.event_merge import merge_events
from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention


def _test_in(place_source, mode="weapons"):
    # 'The envoys met in Lima on Monday. The talks came hours after Norway test-fired a missile.'
    c = cand("MOBILIZE", [(0, "source")], "2024-03-04", "expression")
    c.update(
        event_mode=mode,
        location_name="Lima",
        location_country_iso3="PER",
        latitude=-12.05,
        longitude=-77.04,
        place_source=place_source,
    )
    return c


def _place(c):
    a = analysis("a1", [mention(0, "Norway")], [c])
    events, _, _ = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, entities([a]))
    return [e["location_country_iso3"] for e in events]


def test_a_weapons_test_placed_by_the_discourse_happens_in_the_testing_state():
    assert _place(_test_in("discourse")) == ["NOR"]
    assert _place(_test_in("dateline")) == ["NOR"]


def test_a_stated_place_or_another_show_of_force_keeps_its_place():
    assert _place(_test_in("sentence")) == ["PER"]  # 'test-fired a missile off Peru'
    assert _place(_test_in("discourse", mode="troops")) == ["PER"]  # a deployment may well be abroad
