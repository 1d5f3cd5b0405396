"""merge_events on hand-made candidates: plain data in, contract rows out (no spaCy needed)."""

from __future__ import annotations

from sitrep.extract import places
from sitrep.extract.event_merge import merge_events
from sitrep.extract.group_rows import group_entity_id
from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention

_mention, _cand, _analysis, _entities = mention, cand, analysis, entities


def test_an_attack_or_aid_with_no_stated_place_happens_in_its_target_state():
    ments = [_mention(0, "Norway"), _mention(1, "Chile")]
    a = _analysis(
        "a1",
        ments,
        [
            _cand("ASSAULT", [(0, "source"), (1, "target")], "2024-03-04", "expression"),
            _cand("ACCUSE", [(0, "source"), (1, "target")], "2024-03-04", "expression", 50),
        ],
    )
    events, _, _ = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _entities([a]))
    by_type = {e["event_type"]: e["location_country_iso3"] for e in events}
    assert by_type == {"ASSAULT": "CHL", "ACCUSE": "NOR"}  # an accusation is made where its source acts


def test_a_report_dated_only_by_its_publication_day_joins_the_stated_day_of_its_story():
    ments = [_mention(0, "Norway"), _mention(1, "Chile")]
    stated = _analysis("a1", ments, [_cand("SANCTION", [(0, "source"), (1, "target")], "2024-03-04", "expression")])
    late = _analysis("a2", ments, [_cand("SANCTION", [(0, "source"), (1, "target")], "2024-03-05", "publication")])
    other_story = _analysis(
        "a3", ments, [_cand("SANCTION", [(0, "source"), (1, "target")], "2024-03-05", "publication")]
    )
    too_late = _analysis("a4", ments, [_cand("SANCTION", [(0, "source"), (1, "target")], "2024-03-12", "publication")])
    arts = {
        "a1": {"outlet": "X", "story_id": "s"},
        "a2": {"outlet": "Y", "story_id": "s"},
        "a3": {"outlet": "Z", "story_id": "t"},
        "a4": {"outlet": "W", "story_id": "s"},
    }
    analyses = [stated, late, other_story, too_late]
    events, _, evidence = merge_events(analyses, arts, _entities(analyses))
    by_id = {e["event_id"]: e for e in events}
    arts_of = {}
    for row in evidence:
        arts_of.setdefault(row["event_id"], set()).add(row["article_id"])
    joined = [eid for eid, aids in arts_of.items() if {"a1", "a2"} <= aids]
    assert len(joined) == 1 and by_id[joined[0]]["event_date"] == "2024-03-04"
    assert arts_of[joined[0]] == {"a1", "a2"}  # another story, or a week later, stays apart
    assert len(events) == 3


def test_an_announced_meeting_dated_by_publication_stays_apart_from_the_one_held():
    ments = [_mention(0, "Norway"), _mention(1, "Chile")]
    held = _analysis("a1", ments, [_cand("CONSULT", [(0, "source"), (1, "source")], "2024-03-04", "expression")])
    announced = _cand("CONSULT", [(0, "source"), (1, "source")], "2024-03-05", "publication")
    announced["event_status"] = "planned"
    later = _analysis("a2", ments, [announced])
    arts = {"a1": {"outlet": "X", "story_id": "s"}, "a2": {"outlet": "Y", "story_id": "s"}}
    events, _, _ = merge_events([held, later], arts, _entities([held, later]))
    assert len(events) == 2


def test_a_statement_by_persons_of_one_country_happens_in_that_country():
    ments = [
        {**_mention(0, "Anton Berg", "PERSON"), "country_iso3": "NOR"},
        _mention(1, "Chile"),
    ]
    a = _analysis("a1", ments, [_cand("THREATEN", [(0, "source"), (1, "target")], "2024-03-04", "expression")])
    events, _, _ = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _entities([a]))
    assert events[0]["location_country_iso3"] == "NOR"


def test_groups_of_one_country_on_both_sides_stay_two_parties():
    ments = [_mention(0, "Kenya")]  # the corpus names the state, so its groups would be credited to it
    police = {"mention_idx": None, "role": "source", "country_iso3": "KEN", "group": "police", "surface": "police"}
    crowd = {"mention_idx": None, "role": "target", "country_iso3": "KEN", "group": "protesters", "surface": "crowd"}
    cand = {**_cand("COERCE", [], "2024-03-04", "expression"), "participants": [police, crowd]}
    a = _analysis("a1", ments, [cand, _cand("ACCUSE", [(0, "source")], "2024-03-04", "expression", 50)])
    events, parts, _ = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _entities([a]))
    (coerce,) = [e["event_id"] for e in events if e["event_type"] == "COERCE"]
    roles = {p["entity_id"]: p["role"] for p in parts if p["event_id"] == coerce}
    assert sorted(roles.values()) == ["source", "source", "target"]
    assert roles["ent_Kenya"] == "source"  # the state's police act for it; the protesters stay their own group
    assert roles[group_entity_id("police", "KEN")] == "source"  # and the police are an actor of their own
    assert roles[group_entity_id("protesters", "KEN")] == "target"


def _placed(cand, name, iso3, source, lat=None):
    return {**cand, "location_name": name, "location_country_iso3": iso3, "place_source": source, "latitude": lat}


def test_a_statement_placed_only_by_the_event_told_before_happens_in_its_acting_state():
    ments = [_mention(0, "Norway"), _mention(1, "Chile")]
    a = _analysis(
        "a1",
        ments,
        [
            _placed(
                _cand("CONSULT", [(0, "source"), (1, "source")], "2024-03-04", "expression"),
                "Lima",
                "PER",
                "sentence",
                1.0,
            ),  # fmt: skip
            _placed(
                _cand("THREATEN", [(1, "source"), (0, "target")], "2024-03-04", "expression", 50),
                "Lima",
                "PER",
                "discourse",
                1.0,
            ),  # fmt: skip
        ],
    )
    events, _, _ = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _entities([a]))
    by_type = {e["event_type"]: e["location_country_iso3"] for e in events}
    assert by_type == {"CONSULT": "PER", "THREATEN": "CHL"}


def test_a_measure_reported_from_abroad_takes_the_city_a_report_gives_in_its_acting_state():
    ments = [_mention(0, "Norway"), _mention(1, "Chile")]
    abroad = _placed(_cand("SANCTION", [(0, "source"), (1, "target")], "2024-03-04", "expression"), "Lima", "PER",
                     "discourse", 1.0)  # fmt: skip
    home = _placed(_cand("SANCTION", [(0, "source"), (1, "target")], "2024-03-04", "expression"), "Oslo", "NOR",
                   "dateline", 2.0)  # fmt: skip
    a1, a2 = _analysis("a1", ments, [abroad]), _analysis("a2", ments, [home])
    arts = {"a1": {"outlet": "X", "story_id": "s"}, "a2": {"outlet": "Y", "story_id": "s"}}
    events, _, _ = merge_events([a1, a2], arts, _entities([a1, a2]))
    assert [(e["location_name"], e["location_country_iso3"]) for e in events] == [("Oslo", "NOR")]


def test_what_is_said_in_a_phone_call_has_no_place_unless_its_sentence_gives_one():
    ments = [_mention(0, "Norway"), _mention(1, "Chile")]
    call = {**_cand("REQUEST", [(0, "source"), (1, "target")], "2024-03-04", "expression"), "event_mode": "phone"}
    a = _analysis("a1", ments, [_placed(call, "Oslo", "NOR", "dateline", 2.0)])
    events, _, _ = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _entities([a]))
    assert events[0]["location_country_iso3"] is None


def test_what_the_parties_to_a_meeting_decide_that_day_takes_the_meeting_city():
    """'The bloc's leaders met in Kigali on Monday' and, in another report of the story, 'the bloc gave the
    junta a week': the ultimatum was set at the Kigali summit. A non-party's warning, another day's demand and
    another story's threat take no city from it, nor does an attack."""
    ments = [_mention(0, "Sahel Union", "ORG"), _mention(1, "Chad"), _mention(2, "Mali")]
    summit = _placed(
        _cand("CONSULT", [(0, "source")], "2024-03-04", "expression"), "Kigali", "RWA", "sentence", 1.0
    )  # fmt: skip
    a1 = _analysis("a1", ments, [summit])
    a2 = _analysis(
        "a2",
        ments,
        [
            _cand("THREATEN", [(0, "source"), (1, "target")], "2024-03-04", "expression"),
            _cand("REQUEST", [(0, "source"), (1, "target")], "2024-03-01", "expression", 50),
            _cand("ASSAULT", [(0, "source"), (2, "target")], "2024-03-04", "expression", 100),
        ],
    )
    a3 = _analysis("a3", ments, [_cand("REJECT", [(1, "source"), (0, "target")], "2024-03-04", "expression")])
    a4 = _analysis("a4", ments, [_cand("ACCUSE", [(0, "source"), (2, "target")], "2024-03-04", "expression")])
    arts = {
        "a1": {"outlet": "X", "story_id": "s"},
        "a2": {"outlet": "Y", "story_id": "s"},
        "a3": {"outlet": "Z", "story_id": "s"},
        "a4": {"outlet": "W", "story_id": "t"},
    }
    analyses = [a1, a2, a3, a4]
    events, _, _ = merge_events(analyses, arts, _entities(analyses))
    where = {e["event_type"]: (e["location_name"], e["location_country_iso3"]) for e in events}
    assert where["CONSULT"] == where["THREATEN"] == ("Kigali", "RWA")
    assert where["REQUEST"] == (None, None)  # three days earlier
    # Chad was not at the summit: its answer came from home, its seat of government
    assert where["REJECT"] == (places.capital_of("TCD")["location_name"], "TCD")
    assert where["ASSAULT"] == ("Mali", "MLI")  # an attack happens on its target's ground
    assert where["ACCUSE"] == (None, None)  # another story


def test_tit_for_tat_acts_of_one_day_stay_two_events():
    """'Norway expelled a Chilean envoy' and 'Chile expelled a Norwegian envoy' the same day, in two reports of
    one story: two expulsions, while a second report of Norway's expulsion joins the first."""
    ments = [_mention(0, "Norway"), _mention(1, "Chile")]
    a1 = _analysis("a1", ments, [_cand("SANCTION", [(0, "source"), (1, "target")], "2024-03-04", "expression")])
    a2 = _analysis("a2", ments, [_cand("SANCTION", [(1, "source"), (0, "target")], "2024-03-04", "expression")])
    a3 = _analysis("a3", ments, [_cand("SANCTION", [(0, "source"), (1, "target")], "2024-03-04", "expression")])
    arts = {a: {"outlet": a, "story_id": "s"} for a in ("a1", "a2", "a3")}
    analyses = [a1, a2, a3]
    events, parts, evidence = merge_events(analyses, arts, _entities(analyses))
    assert len(events) == 2
    source_of = {p["event_id"]: p["entity_id"] for p in parts if p["role"] == "source"}
    reports = {}
    for row in evidence:
        reports.setdefault(source_of[row["event_id"]], set()).add(row["article_id"])
    assert reports == {"ent_Norway": {"a1", "a3"}, "ent_Chile": {"a2"}}


def test_a_meeting_told_from_either_side_stays_one_event():
    ments = [_mention(0, "Norway"), _mention(1, "Chile")]
    a1 = _analysis("a1", ments, [_cand("CONSULT", [(0, "source"), (1, "target")], "2024-03-04", "expression")])
    a2 = _analysis("a2", ments, [_cand("CONSULT", [(1, "source"), (0, "target")], "2024-03-04", "expression")])
    arts = {a: {"outlet": a, "story_id": "s"} for a in ("a1", "a2")}
    events, _, _ = merge_events([a1, a2], arts, _entities([a1, a2]))
    assert len(events) == 1


def test_reports_of_one_act_with_an_extra_actor_beside_its_source_stay_one_event():
    """Two reports of one story, the same day: 'Togo and Gabon gave Ghana a week' and 'Togo and Benin gave Ghana
    a week' share a source and a target; each report's extra co-source does not split the act. No target in
    common keeps them apart."""
    ments = [_mention(0, "Togo"), _mention(1, "Ghana"), _mention(2, "Benin"), _mention(3, "Gabon"), _mention(4, "Mali")]
    one = _analysis(
        "a1", ments, [_cand("THREATEN", [(0, "source"), (3, "source"), (1, "target")], "2024-03-04", "expression")]
    )
    two = _analysis(
        "a2", ments, [_cand("THREATEN", [(0, "source"), (2, "source"), (1, "target")], "2024-03-04", "expression")]
    )
    other_target = _analysis(
        "a3", ments, [_cand("THREATEN", [(0, "source"), (2, "source"), (4, "target")], "2024-03-04", "expression")]
    )
    arts = {a: {"outlet": a, "story_id": "s"} for a in ("a1", "a2", "a3")}
    analyses = [one, two, other_target]
    events, _, evidence = merge_events(analyses, arts, _entities(analyses))
    arts_of = {}
    for row in evidence:
        arts_of.setdefault(row["event_id"], set()).add(row["article_id"])
    assert sorted(map(sorted, arts_of.values())) == [["a1", "a2"], ["a3"]]


def test_a_statement_by_a_person_whose_entity_has_a_country_is_placed_in_that_country():
    ments = [_mention(0, "Ana Ruiz", "PERSON"), _mention(1, "Chile")]
    a = _analysis("a1", ments, [_cand("ACCUSE", [(0, "source"), (1, "target")], "2024-03-04", "expression")])
    arts = {"a1": {"outlet": "X", "story_id": "s"}}
    (event,), _, _ = merge_events([a], arts, _entities([a]))
    assert event["location_country_iso3"] is None  # no cue for her country: no place
    (event,), _, _ = merge_events([a], arts, _entities([a]), {"ent_Ana Ruiz": "PER"})
    assert event["location_country_iso3"] == "PER"  # her resolved entity is Peruvian: said at home


def _in_lima(cand: dict) -> dict:
    return {
        **cand,
        "location_name": "Lima",
        "location_country_iso3": "PER",
        "latitude": -12.05,
        "longitude": -77.04,
        "place_source": "sentence",
    }


def test_an_undated_article_whose_weekday_report_joins_a_dated_happening_is_dated_by_it():
    """No publication date, no dated story: its 'met on Monday' joins the one dated Monday meeting of the same
    people in the same city; that day then dates what the article tells after it (a signing)."""
    ments = [_mention(0, "Gabriel Boric", "PERSON"), _mention(1, "Dina Boluarte", "PERSON")]
    pair = [(0, "source"), (1, "target")]
    dated = _analysis("a1", ments, [_in_lima(_cand("CONSULT", pair, "2024-11-04", "expression"))])
    met = _in_lima({**_cand("CONSULT", pair, None, "expression"), "date_hints": {"kind": "weekday", "weekday": 0}})
    signed = _in_lima(_cand("SUPPORT", pair, None, "unanchored", 100))
    undated = _analysis("a2", ments, [met, signed])
    arts = {
        "a1": {"outlet": "X", "story_id": "s", "published_at": "2024-11-07"},
        "a2": {"outlet": "Y", "story_id": "t"},
    }
    events, _, evidence = merge_events([dated, undated], arts, _entities([dated, undated]))
    arts_of: dict[str, set] = {}
    for row in evidence:
        arts_of.setdefault(row["event_id"], set()).add(row["article_id"])
    got = sorted((e["event_type"], e["event_date"], tuple(sorted(arts_of[e["event_id"]]))) for e in events)
    assert got == [("CONSULT", "2024-11-04", ("a1", "a2")), ("SUPPORT", "2024-11-04", ("a2",))]
    met["date_hints"] = {"kind": "weekday", "weekday": 1}  # 'on Tuesday': no dated happening fits, nothing dated
    events, _, _ = merge_events([dated, undated], arts, _entities([dated, undated]))
    assert sorted((e["event_type"], e["event_date"] or "") for e in events) == [
        ("CONSULT", ""),
        ("CONSULT", "2024-11-04"),
        ("SUPPORT", ""),
    ]


def test_a_measure_placed_at_home_by_one_report_and_where_it_lands_by_another_is_one_act():
    """'Norway withdrew two diplomats from its mission in Santiago' and, in another report of the story, the
    announcement in Oslo: one act of one day between the same two states, whatever place each report states."""
    ments = [_mention(0, "Norway"), _mention(1, "Chile")]
    landed = _placed(_cand("SANCTION", [(0, "source"), (1, "target")], "2024-03-04", "expression"), "Santiago",
                     "CHL", "sentence", 1.0)  # fmt: skip
    home = _placed(_cand("SANCTION", [(0, "source"), (1, "target")], "2024-03-04", "expression"), "Oslo", "NOR",
                   "sentence", 2.0)  # fmt: skip
    a1, a2 = _analysis("a1", ments, [landed]), _analysis("a2", ments, [home])
    arts = {"a1": {"outlet": "X", "story_id": "s"}, "a2": {"outlet": "Y", "story_id": "s"}}
    assert len(merge_events([a1, a2], arts, _entities([a1, a2]))[0]) == 1
    other_story = {"a1": {"outlet": "X", "story_id": "s"}, "a2": {"outlet": "Y", "story_id": "t"}}
    assert len(merge_events([a1, a2], other_story, _entities([a1, a2]))[0]) == 2


def test_a_person_the_ner_once_tags_as_an_organisation_is_still_that_person_when_merging():
    """'Ana Ruiz was arrested on Friday' and, later in the report, 'Ana Ruiz gave herself up to arresting officers'
    with the name tagged ORG: most of her mentions are a person's, so both tell one arrest."""
    ments = [_mention(0, "Ana Ruiz", "PERSON"), _mention(1, "Chile"), _mention(2, "Ana Ruiz", "ORG")]
    ments.append(_mention(3, "Ana Ruiz", "PERSON"))
    cands = [
        _cand("COERCE", [(1, "source"), (0, "target")], "2024-03-08", "expression", start=0),
        _cand("COERCE", [(1, "source"), (2, "target")], "2024-03-08", "discourse", start=100),
    ]
    a = _analysis("a1", ments, cands)
    events, _, _ = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _entities([a]))
    assert len(events) == 1


def test_an_entity_tagged_half_as_a_person_keeps_each_mentions_own_label():
    ments = [_mention(0, "Ana Ruiz", "PERSON"), _mention(1, "Chile"), _mention(2, "Ana Ruiz", "ORG")]
    cands = [
        _cand("COERCE", [(1, "source"), (0, "target")], "2024-03-08", "expression", start=0),
        _cand("COERCE", [(1, "source"), (2, "target")], "2024-03-08", "discourse", start=100),
    ]
    a = _analysis("a1", ments, cands)
    events, _, _ = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _entities([a]))
    assert len(events) == 2


def test_a_meeting_still_to_come_stays_apart_from_a_held_one_of_its_month_in_one_article():
    ments = [_mention(0, "Norway"), _mention(1, "Chile"), _mention(2, "Peru")]
    coming = _cand("CONSULT", [(0, "source"), (1, "source"), (2, "source")], "2024-03", "expression")
    coming.update(event_status="planned", date_precision="month")
    held = _cand("CONSULT", [(0, "source"), (1, "source")], "2024-03-02", "discourse", 80)
    a = _analysis("a1", ments, [coming, held])
    events, _, _ = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _entities([a]))
    assert sorted(e["event_status"] for e in events) == ["occurred", "planned"]


def test_one_article_telling_a_held_meeting_twice_keeps_one_event():
    ments = [_mention(0, "Norway"), _mention(1, "Chile")]
    first = _cand("CONSULT", [(0, "source"), (1, "source")], "2024-03-02", "expression")
    again = _cand("CONSULT", [(0, "source"), (1, "source")], "2024-03-02", "discourse", 80)
    a = _analysis("a1", ments, [first, again])
    events, _, _ = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _entities([a]))
    assert len(events) == 1
