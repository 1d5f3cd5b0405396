"""An official named only in a description of another party joins no state's act as its agent
(sitrep/extract/aside_agents.py, read by state_agents.join_agents), while the act's speaker and an official in
apposition to a name still do."""

from __future__ import annotations

import pytest

DESCRIBED = [
    (
        "participle",
        "Peru detained 40 soldiers accused of plotting against Peruvian President Tomas Ruiz.",
        "Tomas Ruiz",
    ),
    ("relative", "Peru deported a man who had threatened Peruvian President Tomas Ruiz on Monday.", "Tomas Ruiz"),
    (
        "relative-possessor",
        "Peru expelled two diplomats who had met Peruvian Foreign Minister Ana Vell's deputy.",
        "Ana Vell",
    ),
    (
        "whose",
        "Peru banned the group, whose founder had criticised Peruvian President Tomas Ruiz's policies.",
        "Tomas Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "official"), [d[1:] for d in DESCRIBED], ids=[d[0] for d in DESCRIBED])
def test_an_official_in_a_description_is_no_agent(article_parties, text, official):
    events = article_parties(text)
    assert any(ev.get("Peru") == "source" for ev in events), events
    assert all(ev.get(official) != "participant" for ev in events), events


def test_the_speaker_of_the_act_is_still_an_agent(article_parties):
    events = article_parties(
        "Peru deported a man who had threatened the mayor, Peruvian Interior Minister Ana Vell said."
    )
    assert any(ev.get("Peru") == "source" and ev.get("Ana Vell") == "participant" for ev in events), events


def test_an_official_in_apposition_to_a_name_is_still_an_agent(article_parties):
    text = "Peru detained 40 soldiers on Monday, the Peruvian interior minister, Ana Vell, said."
    events = article_parties(text)  # (the minister and the name in apposition are one entity)
    assert any(ev.get("Peru") == "source" and "participant" in ev.values() for ev in events), events
