"""Classes of source and target (round 14), on sentences of our own: a passive's 'by' agent the parser hung on
the noun of its charge is still the one who blames or praises; a capitalised forces body whose name holds a
demonym gives its country to the forces it reports on; a demonym on a group other than the state's own bodies
(rebels, the opposition, rights groups) or on a noun of people names where they are from, not the state acting
(the merge still credits a group of a country to that country's entity, as the collections' gold codes it)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, event_syntax, events
from tests.sitrep.extract.coding import token as _token


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Smugglers were blamed for the fire by the harbour police.", "ACCUSE", "police", "criminals"),
        ("Insurgents were blamed for the bombing by the army.", "ACCUSE", "military", "rebels"),
        ("The mayor was criticised over the flooding by opposition lawmakers.", "ACCUSE", "legislators", "government"),
        ("The governor was praised for the pension reform by Amnesty International.", "SUPPORT",
         "Amnesty International", "government"),
        ("Two envoys were condemned for the remarks by the Peruvian government.", "ACCUSE", "Peruvian", None),
    ],
)  # fmt: skip
def test_a_passive_agent_hung_on_the_charge_noun_is_the_source(event_roles, text, etype, source, target):
    roles = event_roles(text, etype)
    assert ("source", source) in roles, roles
    if target:
        assert ("target", target) in roles, roles


def test_a_by_phrase_of_a_charge_with_its_own_of_phrase_is_that_act_s_doer(nlp):
    doc = nlp("Two guards were blamed for the killing of a prisoner by the inmates.")
    assert event_syntax.stranded_agent(_token(doc, "blamed")) is None
    doc = nlp("Insurgents were blamed for the bombing by the army.")
    assert event_syntax.stranded_agent(_token(doc, "blamed")).text == "by"


@pytest.mark.parametrize(
    ("text", "etype", "group", "iso3"),
    [
        ("Peruvian rebels ambushed an army convoy in the hills.", "ASSAULT", "rebels", "PER"),
        ("The Chilean opposition rejected the budget on Tuesday.", "REJECT", "opposition", "CHL"),
        ("Bolivian rights groups demanded the release of the students.", "REQUEST", "rights groups", "BOL"),
        ("A Peruvian man stabbed two guards outside the stadium.", "ASSAULT", "civilians", "PER"),
    ],
)
def test_a_demonym_on_a_group_or_a_person_names_their_country_not_the_state(nlp, text, etype, group, iso3):
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    (cand,) = [c for c in events.doc_event_candidates(doc, ments, None) if c["event_type"] == etype]
    sources = [p for p in cand["participants"] if p["role"] == "source"]
    assert [(p.get("group"), p.get("country_iso3")) for p in sources] == [(group, iso3)], sources


def test_the_state_body_named_with_a_demonym_is_still_the_state(event_roles):
    roles = event_roles("The Peruvian government rejected the report.", "REJECT")
    assert ("source", "Peruvian") in roles, roles


@pytest.mark.parametrize(
    "text",
    [
        "The militia's assault on the convoy killed six guards.",
        "The militia's onslaught on the convoy lasted three days.",
        "The militia's invasion of the valley killed six guards.",
    ],
)
def test_an_attack_noun_s_possessor_is_the_source_not_its_target_phrase(event_roles, text):
    roles = event_roles(text, "ASSAULT")
    assert ("source", "militants") in roles, roles
    assert not any(r == "source" and name != "militants" for r, name in roles), roles


def test_the_place_an_attack_noun_is_on_is_its_target_not_a_second_source(event_roles):
    roles = event_roles("The militia's assault on Tarsia killed six guards.", "ASSAULT")
    assert ("target", "Tarsia") in roles and ("source", "Tarsia") not in roles, roles
