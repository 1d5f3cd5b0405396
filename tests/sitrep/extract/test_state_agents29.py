"""A role noun resolved to a holder is trusted as a state's agent only once the article has named that holder
(sitrep/extract/state_agents.py, ``_names_holder``): 'the Ruritanian ambassador' of one article may be read as the
ambassador another article names, who need not be the one meant."""

from __future__ import annotations

from sitrep.extract.pipeline import analyze_articles, assemble


def _parties(nlp, *texts: str) -> list[dict[str, str]]:
    """name -> role of the parties of each event of the articles."""
    arts = [{"article_id": f"a{i}", "body": t, "published_at": "2017-03-20"} for i, t in enumerate(texts)]
    out = assemble(analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
    name = {e["entity_id"]: e["canonical_name"] for e in out["entities"]}
    events = []
    for ev in out["events"]:
        rows = [p for p in out["event_participants"] if p["event_id"] == ev["event_id"]]
        events.append({name[p["entity_id"]]: p["role"] for p in rows})
    return events


def test_a_role_noun_read_as_another_articles_holder_joins_no_act(nlp):
    events = _parties(
        nlp,
        "Russian Ambassador Sergey Kislyak met Flynn in December.",
        "Russia expelled two British diplomats on Monday, the Russian ambassador said.",
    )
    expulsions = [ev for ev in events if ev.get("Russia") == "source"]
    assert expulsions and all("Sergey Kislyak" not in ev for ev in expulsions), events


def test_a_role_noun_after_its_holder_is_named_joins_the_act(nlp):
    events = _parties(
        nlp,
        "Peru's Foreign Minister Ricardo Luna flew to Santiago on Sunday. "
        "Peru accused Chile of spying on Monday, the Peruvian foreign minister said.",
    )
    assert any(ev.get("Peru") == "source" and ev.get("Ricardo Luna") == "participant" for ev in events), events


def test_an_unnamed_office_still_joins_the_act(nlp):
    events = _parties(nlp, "Peru accused Chile of spying on Monday, the Peruvian foreign minister said.")
    assert any(ev.get("Peru") == "source" and ev.get("Foreign minister of Peru") == "participant" for ev in events)
