"""Custody and legal charges told in the agentless passive (``custody_passives``, ``held_persons``): a person kept
in a place of custody is COERCE arrest ('has been held in Nairobi since May'); a charge told with a place and no
agent takes that place's government as its source ('were charged in Kenya with spying'); a plural demonym as the
subject of a passive custody verb is the people held ('two Britons were arrested'), not the place."""

import pytest

from sitrep.extract.custody_passives import examples

ROWS = [r for r in examples() if r["kind"] in {"charge", "hold", "where", "without"}]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_each_example_is_coded_with_its_parties(event_roles, row):
    roles = event_roles(row["example"], row["plover"])
    assert roles, row["example"]
    if row["source"] != "-":
        assert ("source", row["source"]) in roles
    assert ("target", row["target"]) in roles


@pytest.mark.parametrize(
    "text",
    [
        "Talks were held in Nairobi on Monday.",
        "The election was held in May.",
        "He was held responsible for the attack in Kabul.",
        "The summit will be held in Nairobi next week.",
    ],
)
def test_holding_a_meeting_or_a_judgement_is_no_custody(event_roles, text):
    assert not event_roles(text, "COERCE")


def test_a_charge_with_no_place_and_no_agent_stays_uncoded(event_roles):
    assert not event_roles("He was charged with murder on Monday.", "ACCUSE")


def test_the_place_of_a_charge_is_no_target(event_roles):
    roles = event_roles("The two men were arrested and charged with murder in Kenya.", "ACCUSE")
    assert ("source", "government") in roles
    assert ("target", "Kenya") not in roles


def test_the_one_who_tells_it_still_charges(event_roles):
    roles = event_roles("Two Britons were charged in Kenya with spying, police said.", "ACCUSE")
    assert ("source", "police") in roles
    assert ("target", "Kenya") not in roles


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two Britons were arrested on Monday.", "GBR"),
        ("Two Kenyans were detained in Uganda on Friday.", "KEN"),
    ],
)
def test_a_plural_demonym_subject_is_the_people_held(nlp, text, country):
    from sitrep.extract import entities, events

    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    cands = [c for c in events.doc_event_candidates(doc, ments, None) if c["event_type"] == "COERCE"]
    targets = {p.get("country_iso3") for c in cands for p in c["participants"] if p["role"] == "target"}
    assert country in targets
