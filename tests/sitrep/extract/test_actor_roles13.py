"""Classes of source and target (round 13), on sentences of our own: the one said to be 'to blame' is the target
of the accusation and whoever reports it the source; the place of a gathering skipped or left is no target;
laying the blame on someone accuses them; an unnamed force takes neither the country of the force it fights nor
none when a state's forces body (army, defence ministry) reports its act."""

from __future__ import annotations

import pytest

from sitrep.extract import actor_dictionary, entities, event_agency, events
from tests.sitrep.extract.coding import token as _token


@pytest.mark.parametrize(
    ("text", "blamed", "blamer"),
    [
        ("The Chilean envoy said Peru was to blame for the border clashes.", "Peru", "envoy"),
        ("Peru is to blame for the collapse of the talks, the Chilean minister said on Monday.", "Peru", "minister"),
        ("Bolivia's president said that Chile was to blame for the rise in smuggling.", "Chile", "president"),
        ("The opposition leader Ana Ruiz insisted the Peruvian army is to blame for the raid.", "military", "Ruiz"),
    ],
)
def test_who_is_to_blame_is_the_target_and_the_reporter_the_source(nlp, event_roles, text, blamed, blamer):
    roles = event_roles(text, "ACCUSE")
    assert any(r == "target" and blamed in str(s) for r, s in roles), roles
    assert not any(r == "source" and blamed in str(s) for r, s in roles), roles
    doc = nlp(text)
    copula = event_agency.blame_copula(_token(doc, "blame"))
    assert copula is not None and _token(doc, blamer).i in {t.i for t in copula.head.subtree}


@pytest.mark.parametrize(
    "text",
    [
        "Peru blamed Chile for the collapse of the talks.",
        "Peru wants to blame Chile for the collapse of the talks.",
        "The Peruvian minister tried to blame Chile for the clashes.",
    ],
)
def test_an_active_blaming_keeps_its_subject_as_the_source(nlp, event_roles, text):
    assert event_agency.blame_copula(_token(nlp(text), "blame" if "blame " in text else "blamed")) is None
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Chile") in roles, roles
    assert ("source", "Chile") not in roles, roles


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        ("Chile boycotted the summit in Lima on Monday.", "REJECT", "Lima"),
        ("The Bolivian president boycotted the regional conference in Quito over the guest list.", "REJECT", "Quito"),
        ("Chile walked out of the talks in La Paz on Friday.", "SANCTION", "La Paz"),
        ("Bolivia skipped the meeting in Lima, officials said.", "REJECT", "Lima"),
    ],
)
def test_the_place_of_a_gathering_skipped_or_left_is_no_target(event_roles, text, etype, place):
    roles = event_roles(text, etype)
    assert roles and not any(r == "target" and s in {place, "Peru", "Ecuador", "Bolivia"} for r, s in roles), roles


def test_an_act_that_falls_on_a_place_still_takes_it_as_target(event_roles):
    roles = event_roles("The Nigerian army imposed a curfew in Lagos on Sunday.", "COERCE")
    assert ("target", "Lagos") in roles, roles


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Troops clashed with Peruvian soldiers near the border, officials in Quito said.", "PER"),
        ("Soldiers exchanged fire with Chilean troops along the frontier overnight, a spokesman said.", "CHL"),
    ],
)
def test_an_unnamed_force_does_not_take_the_country_of_the_force_it_fights(nlp, text, other):
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    for cand in events.doc_event_candidates(doc, ments, None):
        if cand["event_type"] != "ASSAULT":
            continue
        sources = [p for p in cand["participants"] if p["role"] == "source"]
        assert sources and all(p.get("country_iso3") != other for p in sources), cand["participants"]


def test_an_unnamed_force_still_takes_its_own_army_named_in_the_sentence(event_roles):
    roles = event_roles("A spokesman for the Peruvian army said troops had destroyed a rebel camp.", "ASSAULT")
    assert any(r == "source" for r, _ in roles), roles


@pytest.mark.parametrize(
    "text",
    [
        "Chile put the blame on Peru for the failed talks.",
        "The Chilean minister laid the blame for the riots on Peru.",
        "Chile placed the blame for the ambush squarely on Peru.",
    ],
)
def test_laying_the_blame_on_someone_accuses_them(event_roles, text):
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Peru") in roles, roles
    assert ("source", "Peru") not in roles, roles


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Troops clashed with Chilean soldiers near the border, the Peruvian defence ministry said.", "PER"),
        ("Soldiers raided a rebel camp in the north, Peru's defense ministry said.", "PER"),
        ("Troops attacked rebel positions near the river, Chile's military said.", "CHL"),
        # a capitalised body name with a demonym (one ORG span: the demonym is no role word)
        ("Troops killed twelve insurgents near the river, the Peruvian Defence Ministry said.", "PER"),
        ("The Chilean Defence Ministry said soldiers had destroyed a rebel camp.", "CHL"),
    ],
)
def test_an_unnamed_force_is_the_state_whose_forces_body_reports_its_act(nlp, text, iso3):
    doc = nlp(text)
    found = [
        p.get("country_iso3")
        for cand in events.doc_event_candidates(doc, entities.doc_mentions(doc), None)
        for p in cand["participants"]
        if p["role"] == "source" and p.get("group") == "military"
    ]
    assert found and all(c == iso3 for c in found), found


def test_the_agents_file_stems_cover_every_word_they_begin():
    assert actor_dictionary.stem_sector("defence ministry") == "GOVMIL"
    assert actor_dictionary.stem_sector("defense minister") == "GOVMIL"
    assert actor_dictionary.stem_sector("foreign ministry") == "GOV"  # (a body that reports on any state's forces)
