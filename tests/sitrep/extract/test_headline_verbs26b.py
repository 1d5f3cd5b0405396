"""Headline verbs of disapproval ('raps', 'rails against', 'taunts'), through the real spaCy pipeline: a title's
act is coded as an accusation, never as the act a lemma fallback would make of it ('raps' is no 'rape').
Invented titles and bodies."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import titled_parties


@pytest.fixture(scope="module")
def coded(nlp):
    """(title, body) -> [(event type, {(role, surface)}, from the title)]."""

    return lambda title, body: titled_parties(nlp, title, body)


def test_headline_rap_is_a_rebuke_not_an_assault(coded):
    body = (
        "Freedonia's foreign ministry summoned the Ruritanian ambassador on Monday. Freedonia said remarks "
        "by Ruritania's interior minister about its diaspora were unacceptable."
    )
    events = coded("Freedonia raps Ruritania over minister's remarks", body)
    assert not [e for e in events if e[0] == "ASSAULT"]
    accuse = [e for e in events if e[0] == "ACCUSE"]
    # the body's summons (and its told criticism of the remarks, told_appraisals): the same happening, no title act
    assert accuse and not any(e[2] for e in accuse) and all(("source", "Freedonia") in e[1] for e in accuse)


def test_rap_in_running_text_is_an_accusation_with_its_target(event_roles):
    text = "Germany rapped Turkey over the remarks on Monday."
    assert {("source", "Germany"), ("target", "Turkey")} <= event_roles(text, "ACCUSE")
    assert not event_roles(text, "ASSAULT")


def test_raped_keeps_its_e_and_stays_an_assault(event_roles):
    assert ("source", "military") in event_roles("Soldiers raped women in the village on Monday.", "ASSAULT")
