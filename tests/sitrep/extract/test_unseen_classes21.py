"""Classes of round 21's unseen-news tuning misses, each with invented sentences of the class."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.clipped_acronyms import clipped_spelling
from sitrep.extract.entities import doc_mentions, resolve_entities
from tests.sitrep.extract.coding import group_countries, places, role_words, types


@pytest.mark.parametrize(
    ("acronym", "name", "spelled"),
    [
        ("NAVFOR", "EU Naval Force", True),
        ("NAVFOR", "European Union Naval Force", True),
        ("CENTCOM", "US Central Command", True),
        ("AFRICOM", "United States Africa Command", True),
        ("NATO", "North Atlantic Treaty Organization", False),  # initials: the other reading's job
        ("FSB", "Federal Security Service", False),
        ("NAVCOM", "Naval Force", False),
    ],
)
def test_clipped_acronym_spelling(acronym: str, name: str, spelled: bool) -> None:
    assert clipped_spelling(acronym, name) is spelled


def test_clipped_acronym_joins_its_organisation(nlp) -> None:
    """An acronym of the first syllables of a name's words is the organisation the name tells of."""
    bodies = {
        "c1": "The US Central Command said on Monday that its aircraft struck a depot. CENTCOM gave no figures.",
        "c2": "CENTCOM said a second strike hit a convoy near the border, the US Central Command added.",
    }
    analyses = [
        {"article_id": aid, "mentions": doc_mentions(doc)}
        for aid, doc in zip(bodies, nlp.pipe(bodies.values()), strict=True)
    ]
    _, mention_entity = resolve_entities(analyses)
    ids = {
        (a["article_id"], m["surface"]): mention_entity[(a["article_id"], m["idx"])]
        for a in analyses
        for m in a["mentions"]
        if m["surface"] in {"CENTCOM", "US Central Command"}
    }
    assert len(set(ids.values())) == 1, ids


@pytest.mark.parametrize(
    ("text", "group", "iso3"),
    [
        ("Somali pirates demanded a ransom from the owners of the tanker.", "criminals", "SOM"),
        ("Colombian rebels attacked a police station in the south.", "rebels", "COL"),
        ("Malian militiamen ambushed a convoy of the army near the border.", "militants", "MLI"),
    ],
)
def test_nonstate_armed_group_is_an_actor_of_its_own(nlp, text: str, group: str, iso3: str) -> None:
    """A non-state armed group named with its country's demonym acts as itself (a coder may write the group),
    credited besides its country (a coder may write the country), as a state's forces are."""
    found = group_countries(nlp, [text], "g", date(2021, 3, 1))["g0"]
    assert found.get(group) == {iso3}, found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Kenya is tense. Kenyan Interior Minister Fred Matiangi said twelve protesters had been arrested.", "Kenya"),
        ("Malaysia ended the row. Malaysian Prime Minister Najib Razak said the body had been released.", "Malaysia"),
        ("Chile is on alert. Twenty students were detained, Chilean Interior Minister Andres Chadwick said.", "Chile"),
    ],
)
def test_office_holder_telling_custody_credits_his_state(nlp, text: str, state: str) -> None:
    """An office holder who tells an act of custody in the agentless passive speaks for the state that did it:
    the event credits his state besides him."""
    found = group_countries(nlp, [text], "s", date(2021, 3, 1))["s0"]
    assert state in found and len(found) >= 2, found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Indian Navy launched a patrol aircraft from its base in Djibouti.", None),
        ("France deployed 300 troops from its base in Chad to northern Mali.", "Mali"),
        ("Turkey sent troops from Hatay into Syria on Sunday.", "Syria"),
    ],
)
def test_deployment_leaves_its_origin(nlp, text: str, target: str | None) -> None:
    """Where deployed forces leave from ('from its base in X') is neither the deployment's target nor its
    place; where they go ('to Y', even hung inside the 'from' phrase by the parser) is its target."""
    assert types(nlp, text) == {"MOBILIZE"}
    targets = role_words(nlp, text, "MOBILIZE", "target")
    assert targets == ({target} if target else set()), targets
    origin = {"Djibouti", "Chad", "Hatay"}
    assert not {p for p, _ in places(nlp, text, "MOBILIZE")} & origin


def test_office_holder_telling_custody_abroad_credits_no_state_of_his(nlp) -> None:
    """An arrest in another country that a foreign office holder tells is no act of his state."""
    text = (
        "Britain is worried. Five British tourists were detained in Iran, British Foreign Secretary Jeremy Hunt said."
    )
    found = group_countries(nlp, [text], "s", date(2021, 3, 1))["s0"]
    assert "United Kingdom" not in {n for n, isos in found.items() if "GBR" in isos and n != "civilians"}, found
