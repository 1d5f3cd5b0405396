"""Acts of one kind in which one party is the source of one and only the target of the other, with no source in
common, are two acts (round 28): 'A derided the report' and 'B slammed A', told the same day, are not one
accusation with A and B as its accusers. Invented reports through the real spaCy pipeline and the merge."""

from __future__ import annotations

from datetime import date

from sitrep.extract.pipeline import analyze_articles, assemble

TUESDAY = date(2031, 5, 6)


def _events(nlp, bodies: list[str]) -> list[dict]:
    articles = [
        {"article_id": f"clash28-{i}", "body": body, "published_at": TUESDAY, "story_id": "s28"}
        for i, body in enumerate(bodies)
    ]
    return assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})


def test_the_accused_of_one_report_is_no_co_accuser_of_another(nlp):
    out = _events(
        nlp,
        [
            "Ruritanian President Ana Ruiz on Tuesday criticized the newspaper report as a lie.",
            "Bordurian Prime Minister Luis Vega on Tuesday criticized Ruritanian President Ana Ruiz for her remarks.",
        ],
    )
    names = {e["entity_id"]: e["canonical_name"] for e in out["entities"]}
    roles: dict[str, dict[str, set[str]]] = {}
    for p in out["event_participants"]:
        roles.setdefault(p["event_id"], {}).setdefault(p["role"], set()).add(names.get(p["entity_id"], ""))
    accusations = [roles.get(e["event_id"], {}) for e in out["events"] if e["event_type"] == "ACCUSE"]
    vega = [r for r in accusations if any("Vega" in n for n in r.get("source", set()))]
    assert vega, accusations
    assert all(not any("Ruiz" in n for n in r.get("source", set())) for r in vega), accusations
    assert any("Ruiz" in n for n in vega[0].get("target", set())), accusations
