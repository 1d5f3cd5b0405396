"""Actor roles of round 18: the 'by' phrase the parser hangs on the verb right after an event-noun object
('dispersed a rally by students') names the event's holders, the ones acted on, not co-doers of the verb; a
walkout told by its own phrase ('went on strike') has no stray unnamed 'protesters' target (the strike is the
act itself); a quantity's place phrase is its counted group's ('hundreds of workers in Lima' are workers of
Peru, not Peru itself)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities, events
from tests.sitrep.extract.coding import group_countries


def dyads(nlp, text: str, etype: str) -> list[tuple[set, set]]:
    """(source, target) names of each candidate of ``etype`` (a mention's resolution name, an unnamed group's own
    surface)."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    named = {m["idx"]: m.get("name") or m["surface"] for m in ments}
    return [
        tuple(
            {p.get("surface") or named.get(p.get("mention_idx")) for p in c["participants"] if p["role"] == role}
            for role in ("source", "target")
        )
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == etype
    ]


@pytest.mark.parametrize(
    ("text", "etype", "doer", "held"),
    [
        ("Police dispersed a rally by students in Tarija on Monday.", "COERCE", "Police", "students"),
        ("Police broke up a protest by nurses in Cusco on Friday.", "COERCE", "Police", "nurses"),
        ("The authorities banned a march by Kurdish activists in Van.", "COERCE", "authorities", "activists"),
        ("The army fired on a demonstration by miners near Oruro.", "ASSAULT", "army", "miners"),
    ],
)
def test_a_by_phrase_after_an_event_object_names_who_is_acted_on(nlp, text, etype, doer, held):
    found = dyads(nlp, text, etype)
    assert found, text
    assert any(any(held in s for s in tgt if s) for _, tgt in found), found
    assert not any(any(held in s for s in src if s) for src, _ in found), found
    assert any(any(doer in s for s in src if s) for src, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The rally was dispersed by police in Tarija.",
        "Police dispersed the crowd by firing tear gas in Tarija.",
    ],
)
def test_a_passive_agent_or_a_by_phrase_of_means_leaves_the_doer_the_source(nlp, text):
    found = dyads(nlp, text, "COERCE")
    assert found and all(any(s and "police" in s.lower() for s in src) for src, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Nurses in Tarija went on strike over unpaid wages.",
        "Some two thousand bus drivers went on strike in Arequipa on Tuesday.",
        "Dock workers in Valparaiso went on strike over pensions.",
    ],
)
def test_a_walkout_by_its_own_phrase_has_no_stray_protester_target(nlp, text):
    found = dyads(nlp, text, "PROTEST")
    assert found, text
    assert all(not tgt for _, tgt in found), found


def test_a_strike_against_someone_keeps_that_target(nlp):
    found = dyads(nlp, "Miners went on strike against the Ruritex mining company in Potosi.", "PROTEST")
    assert any(any(t and "Ruritex" in t for t in tgt) for _, tgt in found), found


COUNTED = [
    ("Hundreds of workers in Lima went on strike on Tuesday.", "workers", "PER"),
    ("Dozens of students in Nairobi marched against the fee increase.", "students", "KEN"),
]


@pytest.mark.parametrize(("i", "case"), list(enumerate(COUNTED)))
def test_a_counted_group_takes_its_place_phrase_as_its_country(nlp, i, case):
    text, group, iso3 = case
    got = group_countries(nlp, [text], "q", date(2004, 1, 1)).get("q0", {})
    assert got.get(group) == {iso3}, got
    assert not any(name in {"Peru", "Kenya"} for name in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Ruritanian Liberation Army entered Tarsia on Monday. A spokesman said the armed group had "
        "seized the port from the Northern Militia.",
        "A spokesman for the Ruritanian Liberation Army said the eastern-based armed group had seized the port from "
        "the Northern Militia.",
    ],
)
def test_a_description_of_an_armed_group_stands_for_the_armed_organisation_named_before(nlp, text):
    found = dyads(nlp, text, "COERCE")
    assert any(any(s and "Liberation Army" in s for s in src) for src, _ in found), found


def test_a_description_of_an_armed_group_after_two_armed_organisations_is_left_unnamed(nlp):
    text = (
        "The Ruritanian Liberation Army fought the Southern Brigades near Tarsia. The armed group later seized the "
        "port from the Northern Militia."
    )
    for src, _ in dyads(nlp, text, "COERCE"):
        assert not any(s and ("Liberation Army" in s or "Brigades" in s) for s in src), src


LOCAL_GROUPS = [
    ("Karachi police arrested five men on Tuesday.", "COERCE", "source", "police", "Karachi", "PAK"),
    ("Nairobi teachers marched against the new pension law.", "PROTEST", "source", "teachers", "Nairobi", "KEN"),
    ("Basra residents attacked the police station.", "ASSAULT", "source", "residents", "Basra", "IRQ"),
]


@pytest.mark.parametrize(("text", "etype", "role", "group", "town", "iso3"), LOCAL_GROUPS)
def test_a_town_modifying_a_group_noun_is_where_the_group_is_from(nlp, text, etype, role, group, town, iso3):
    doc = nlp(text)
    cands = [c for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), None) if c["event_type"] == etype]
    parts = [p for c in cands for p in c["participants"] if p["role"] == role]
    assert any(p.get("surface") == group and p.get("country_iso3") == iso3 for p in parts), parts
    assert not any(p.get("surface") == town for p in parts), parts


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        ("Police detained twelve students on Monday. A court later released them.", "RETREAT", "students"),
        ("Riot police fired tear gas at the farmers and dispersed them.", "COERCE", "farmers"),
        ("The rebels said the army had attacked them near Tarsia.", "ASSAULT", "rebels"),
    ],
)
def test_them_as_an_object_stands_for_the_group_named_before(nlp, text, etype, group):
    found = dyads(nlp, text, etype)
    assert any(group in tgt for _, tgt in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The army seized the rifles and destroyed them.",
        "The police said the soldiers had attacked them near Tarsia.",
    ],
)
def test_them_is_no_thing_and_not_the_subject_of_its_own_verb(nlp, text):
    for _, tgt in dyads(nlp, text, "ASSAULT") + dyads(nlp, text, "COERCE"):
        assert not tgt & {"rifles", "soldiers", "army"}, tgt


def test_them_after_officials_is_not_an_unnamed_government(nlp):
    text = "The foreign ministers of Chile and Peru signed the accord. Bolivia congratulated them on Friday."
    for _, tgt in dyads(nlp, text, "SUPPORT"):
        assert "ministers" not in tgt, tgt
