"""The evaluators' view of an assembled corpus: categories as scored and the countries on each side."""

from __future__ import annotations

from sitrep.extract.coded_roles import coded_by_article, scored_type, side_countries

OUT = {
    "entities": [
        {"entity_id": "e1", "country_iso3": "FRA"},
        {"entity_id": "e2", "country_iso3": "TCD"},
        {"entity_id": "e3", "country_iso3": None},
    ],
    "events": [
        {"event_id": "v1", "event_type": "AID", "event_status": "planned"},
        {"event_id": "v2", "event_type": "AID", "event_status": "occurred"},
        {"event_id": "v3", "event_type": "ACCUSE", "event_status": "planned"},
    ],
    "event_participants": [
        {"event_id": "v1", "entity_id": "e1", "role": "source"},
        {"event_id": "v1", "entity_id": "e2", "role": "target"},
        {"event_id": "v2", "entity_id": "e3", "role": "participant"},
    ],
    "event_mentions": [
        {"event_id": "v1", "article_id": "a"},
        {"event_id": "v2", "article_id": "a"},
        {"event_id": "v3", "article_id": "b"},
    ],
}


def test_planned_cooperative_acts_score_as_agree_and_others_keep_their_type():
    assert scored_type(OUT["events"][0]) == "AGREE"
    assert scored_type(OUT["events"][1]) == "AID"
    assert scored_type(OUT["events"][2]) == "ACCUSE"


def test_each_mention_lists_its_events_roles_with_countries():
    coded = coded_by_article(OUT)
    assert coded["a"] == [("AGREE", [("source", "FRA"), ("target", "TCD")]), ("AID", [("participant", None)])]
    assert coded["b"] == [("ACCUSE", [])]


def test_a_participant_is_on_both_sides():
    roles = [("source", "FRA"), ("target", "TCD"), ("participant", "NER")]
    assert side_countries(roles, "source") == {"FRA", "NER"}
    assert side_countries(roles, "target") == {"TCD", "NER"}
