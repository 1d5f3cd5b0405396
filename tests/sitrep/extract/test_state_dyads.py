"""One act told by one report at the level of states and by another at the level of their officials; a protest's
home country. Hand-made candidates through merge_events (no spaCy needed)."""

from __future__ import annotations

from sitrep.extract.event_merge import merge_events
from sitrep.extract.group_rows import group_entity_id
from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention

_mention, _analysis, _entities = mention, analysis, entities


def _cand(etype, participants, day="2024-05-08", start=0):
    return cand(etype, participants, day, "expression", start)


STATES = [_mention(0, "Norway"), _mention(1, "Chile")]
OFFICIALS = [_mention(0, "Tove Lind", "PERSON", "NOR"), _mention(1, "Pablo Rios", "PERSON", "CHL")]


def _merge(analyses, stories=("s", "s")):
    arts = {a["article_id"]: {"outlet": a["article_id"], "story_id": s} for a, s in zip(analyses, stories, strict=True)}
    return merge_events(analyses, arts, _entities(analyses))


def test_the_states_and_their_officials_told_by_two_reports_of_one_story_are_one_act():
    # 'Norway pledged aid to Chile' beside "Norway's minister Lind pledged aid in talks with Chile's Rios"
    states = _analysis("a1", STATES, [_cand("AID", [(0, "source"), (1, "target")])])
    officials = _analysis("a2", OFFICIALS, [_cand("AID", [(0, "source"), (1, "participant")])])
    events, parts, _ = _merge([states, officials])
    assert len(events) == 1
    assert {p["entity_id"] for p in parts} == {"ent_Norway", "ent_Chile", "ent_Tove Lind", "ent_Pablo Rios"}


def test_a_report_naming_only_the_source_state_joins_the_officials_report():
    # 'Norway agreed to send supplies' beside 'Lind promised supplies to Chile'
    states = _analysis("a1", STATES[:1], [_cand("AGREE", [(0, "source")])])
    officials = _analysis("a2", OFFICIALS, [_cand("AGREE", [(0, "source"), (1, "target")])])
    events, _, _ = _merge([states, officials])
    assert len(events) == 1


def test_state_and_official_reports_stay_apart_on_another_day_story_or_source_country():
    officials = _analysis("a2", OFFICIALS, [_cand("AID", [(0, "source"), (1, "target")])])
    other_day = _analysis("a1", STATES, [_cand("AID", [(0, "source"), (1, "target")], "2024-05-09")])
    assert len(_merge([other_day, officials])[0]) == 2
    same_day = _analysis("a1", STATES, [_cand("AID", [(0, "source"), (1, "target")])])
    assert len(_merge([same_day, officials], ("s", "t"))[0]) == 2  # two stories
    reversed_roles = _analysis("a1", STATES, [_cand("AID", [(1, "source"), (0, "target")])])
    assert len(_merge([reversed_roles, officials])[0]) == 2  # Chile giving to Norway is another act


def test_two_reports_of_different_officials_of_one_country_stay_two_meetings():
    first = _analysis("a1", OFFICIALS, [_cand("CONSULT", [(0, "source"), (1, "source")])])
    others = [_mention(0, "Kari Dahl", "PERSON", "NOR"), _mention(1, "Ines Soto", "PERSON", "CHL")]
    second = _analysis("a2", others, [_cand("CONSULT", [(0, "source"), (1, "source")])])
    assert len(_merge([first, second])[0]) == 2


def test_a_protest_with_no_place_told_happens_in_its_protesters_country():
    crowd = {"mention_idx": None, "role": "source", "country_iso3": "CHL", "group": "protesters", "surface": "crowd"}
    cand = {**_cand("PROTEST", []), "participants": [crowd]}
    a = _analysis("a1", [], [cand])
    events, parts, _ = _merge([a], ("s",))
    assert events[0]["location_country_iso3"] == "CHL"
    assert parts[0]["entity_id"] == group_entity_id("protesters", "CHL")
