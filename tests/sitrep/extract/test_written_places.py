"""A city keeps the spelling its text writes as the event's place name; the gazetteer's name stays the key."""

from __future__ import annotations

from sitrep.extract.event_merge import merge_events
from sitrep.extract.places import dateline_place, lookup_city, resolve_place
from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention


def test_an_older_or_other_spelling_is_kept_as_written_beside_the_gazetteer_name():
    for written, name in (("Kiev", "Kyiv"), ("Peking", "Beijing"), ("Bombay", "Mumbai"), ("Rangoon", "Yangon")):
        p = resolve_place(written)
        assert (p["location_name"], p["written"]) == (name, written)
    assert dateline_place("PEKING, May 4 (Wire) - The envoys met.")["written"] == "Peking"


def test_the_gazetteer_spelling_or_a_name_it_holds_keeps_no_written_form():
    for written in ("Kyiv", "New York", "St. Petersburg", "Havana", "Al-Bab"):
        assert "written" not in (resolve_place(written) or lookup_city(written, min_pop=0))


def _placed(c, name, written, start):
    return {
        **c,
        "location_name": name,
        "location_written": written,
        "location_country_iso3": "CHN",
        "place_source": "sentence",
        "latitude": 39.9,
        "longitude": 116.4,
        "start_char": start,
    }


def test_reports_spelling_one_city_two_ways_are_one_event_named_as_a_report_writes_it():
    ments = [mention(0, "Norway"), mention(1, "Chile")]
    parts = [(0, "source"), (1, "target")]
    old = _placed(cand("CONSULT", parts, "1988-05-04", "expression"), "Beijing", "Peking", 0)
    new = _placed(cand("CONSULT", parts, "1988-05-04", "expression"), "Beijing", None, 0)
    a1, a2 = analysis("a1", ments, [old]), analysis("a2", ments, [new])
    arts = {"a1": {"outlet": "X", "story_id": "s"}, "a2": {"outlet": "Y", "story_id": "s"}}
    events, _, _ = merge_events([a1, a2], arts, entities([a1, a2]))
    assert len(events) == 1 and events[0]["location_name"] in {"Peking", "Beijing"}
    alone, _, _ = merge_events([a1], {"a1": arts["a1"]}, entities([a1]))
    assert alone[0]["location_name"] == "Peking"
