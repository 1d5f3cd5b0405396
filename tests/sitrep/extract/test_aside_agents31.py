"""An official named only in a description of another party joins no state's act as its agent
(sitrep/extract/aside_agents.py, read by state_agents.join_agents), while the act's speaker and an official in
apposition to a name still do."""

from __future__ import annotations

import pytest

from sitrep.extract.pipeline import analyze_articles, assemble


def _parties(nlp, text: str) -> list[dict[str, str]]:
    """name -> role of the parties of each event of one article."""
    arts = [{"article_id": "a1", "body": text, "published_at": "2017-03-20"}]
    out = assemble(analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
    name = {e["entity_id"]: e["canonical_name"] for e in out["entities"]}
    events = []
    for ev in out["events"]:
        rows = [p for p in out["event_participants"] if p["event_id"] == ev["event_id"]]
        events.append({name[p["entity_id"]]: p["role"] for p in rows})
    return events


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
def test_an_official_in_a_description_is_no_agent(nlp, text, official):
    events = _parties(nlp, text)
    assert any(ev.get("Peru") == "source" for ev in events), events
    assert all(ev.get(official) != "participant" for ev in events), events


def test_the_speaker_of_the_act_is_still_an_agent(nlp):
    events = _parties(
        nlp, "Peru deported a man who had threatened the mayor, Peruvian Interior Minister Ana Vell said."
    )
    assert any(ev.get("Peru") == "source" and ev.get("Ana Vell") == "participant" for ev in events), events


def test_an_official_in_apposition_to_a_name_is_still_an_agent(nlp):
    text = "Peru detained 40 soldiers on Monday, the Peruvian interior minister, Ana Vell, said."
    events = _parties(nlp, text)  # (the minister and the name in apposition are one entity)
    assert any(ev.get("Peru") == "source" and "participant" in ev.values() for ev in events), events
