"""A later sentence that retells an article's lead happening is that happening, not a second one (round 28).

Invented two-outlet stories through the real spaCy pipeline and the corpus-wide merge: the retelling joins the
lead's event when it is of the same type, status and day with a source in common; another day, an announced
meeting, or a meeting with another person that day stays an event of its own."""

from __future__ import annotations

from datetime import date

from sitrep.extract.pipeline import analyze_articles, assemble

#: a Tuesday: 'on Monday' is the day before
TUESDAY = date(2031, 5, 13)
WIRE = (
    "Somali pirates hijacked an oil tanker on Monday, the first hijacking of a commercial ship off Somalia since "
    "2012, the European Union naval force said."
)
TALKS = "Sergei Lavrov held talks with Naledi Pandor in Pretoria on Monday, South Africa's foreign ministry said."


def _events(nlp, texts: list[str]) -> list[tuple[dict, set[tuple[str, int]]]]:
    """(event, its evidence as (article, start)) of a story told by one outlet per text, all out on TUESDAY."""
    articles = [
        {"article_id": f"lead28_{i}", "body": t, "published_at": TUESDAY, "story_id": "s28", "outlet": f"o{i}"}
        for i, t in enumerate(texts)
    ]
    tables = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    evidence: dict[str, set] = {}
    for m in tables["event_mentions"]:
        evidence.setdefault(m["event_id"], set()).add((m["article_id"], m["start_char"]))
    return [(e, evidence.get(e["event_id"], set())) for e in tables["events"]]


def test_a_retelling_of_the_lead_hijacking_joins_it(nlp):
    lead = (
        "Pirates hijacked the oil tanker Aris 13 off the coast of Somalia on Monday, the European Union naval force "
        "said. The tanker's owner said it had lost contact with the crew. "
    )
    retold = (
        "Abdi Warsame, a district commissioner in Puntland, said on Tuesday that the pirates hijacked the Aris 13 "
        "on Monday and brought it near Alula."
    )
    events = [(e, ev) for e, ev in _events(nlp, [lead + retold, WIRE]) if e["event_type"] == "ASSAULT"]
    assert len(events) == 1, events
    event, evidence = events[0]
    assert event["event_date"] == "2031-05-12"
    assert ("lead28_0", len(lead)) in evidence and ("lead28_1", 0) in evidence, evidence


def test_a_hijacking_of_another_day_stays_apart(nlp):
    text = (
        "Pirates hijacked the oil tanker Aris 13 off the coast of Somalia on Monday, the European Union naval force "
        "said. The tanker's owner said it had lost contact with the crew. Abdi Warsame, a district commissioner in "
        "Puntland, said on Tuesday that the pirates hijacked a fishing boat near Alula on Saturday."
    )
    days = sorted(e["event_date"] for e, _ in _events(nlp, [text, WIRE]) if e["event_type"] == "ASSAULT")
    assert days == ["2031-05-10", "2031-05-12"], days


def test_another_meeting_that_day_with_another_person_stays_apart(nlp):
    text = (
        "Russian Foreign Minister Sergei Lavrov met his South African counterpart Naledi Pandor in Pretoria on "
        "Monday. The two ministers discussed trade and the war in Ukraine. Lavrov later met President Cyril Ramaphosa."
    )
    meetings = [e for e, _ in _events(nlp, [text, TALKS]) if e["event_type"] == "CONSULT"]
    assert len(meetings) == 2, meetings


def test_an_announced_meeting_stays_apart_from_the_held_one(nlp):
    text = (
        "Russian Foreign Minister Sergei Lavrov met his South African counterpart Naledi Pandor in Pretoria on "
        "Monday. The two ministers discussed trade and the war in Ukraine. Lavrov is due to meet President Cyril "
        "Ramaphosa in Pretoria."
    )
    statuses = sorted(e["event_status"] for e, _ in _events(nlp, [text, TALKS]) if e["event_type"] == "CONSULT")
    assert statuses == ["occurred", "planned"], statuses
