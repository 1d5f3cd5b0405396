"""An article's lead happening told again in the sentence next to it is one happening (round 29).

Invented two-outlet stories through the real spaCy pipeline and the corpus-wide merge. The retelling names other
parties than the lead (a state's forces beside the state, another target), so the merge inside the article keeps
it apart, and the other outlet's report joins only one of the two; the retelling then joins the happening of the
other outlet, whichever of the two sentences that outlet's report joined. A sentence between the two, an act told
beside the lead ('also'), another day, or a meeting with another person that day stays an event of its own."""

from __future__ import annotations

from datetime import date

from sitrep.extract.pipeline import analyze_articles, assemble

#: a Tuesday: 'on Monday' is the day before
TUESDAY = date(2031, 5, 13)
LEAD = "Turkey shelled Kurdish militia positions in northern Syria on Monday, the defence ministry said."
RETOLD = "Turkish artillery pounded villages held by the YPG near Kobani, a monitoring group said."


def _events(nlp, texts: list[str], etype: str) -> list[tuple[dict, set[tuple[str, int]]]]:
    """(event, its evidence as (article, start)) of type ``etype`` of a story told by one outlet per text."""
    articles = [
        {"article_id": f"retold29_{i}", "body": t, "published_at": TUESDAY, "story_id": "s29", "outlet": f"o{i}"}
        for i, t in enumerate(texts)
    ]
    tables = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    evidence: dict[str, set] = {}
    for m in tables["event_mentions"]:
        evidence.setdefault(m["event_id"], set()).add((m["article_id"], m["start_char"]))
    return [(e, evidence.get(e["event_id"], set())) for e in tables["events"] if e["event_type"] == etype]


def test_a_retelling_next_to_the_lead_joins_the_happening_other_outlets_report(nlp):
    events = _events(nlp, [f"{LEAD} {RETOLD}", LEAD], "ASSAULT")
    assert len(events) == 1, events
    event, evidence = events[0]
    assert evidence == {("retold29_0", 0), ("retold29_0", len(LEAD) + 1), ("retold29_1", 0)}
    assert (event["event_date"], event["location_country_iso3"]) == ("2031-05-12", "SYR")


def test_a_lead_next_to_the_telling_other_outlets_report_joins_it(nlp):
    lead = "Pirates hijacked a cargo ship off the coast of Mozambique on Monday, the navy said."
    retold = "A port official said gunmen seized the vessel and steered it toward the town of Pemba."
    wire = "Mozambican pirates hijacked a cargo ship on Monday, the navy said."
    events = _events(nlp, [f"{lead} {retold}", wire], "ASSAULT")
    assert len(events) == 1, events
    assert events[0][1] == {("retold29_0", 0), ("retold29_0", len(lead) + 1), ("retold29_1", 0)}


def test_a_retelling_with_a_sentence_between_stays_apart(nlp):
    text = f"{LEAD} Oil prices rose in Asian trading. {RETOLD}"
    assert len(_events(nlp, [text, LEAD], "ASSAULT")) == 2


def test_an_act_told_beside_the_lead_stays_apart(nlp):
    text = f"{LEAD} {RETOLD.replace('artillery pounded', 'artillery also pounded')}"
    assert len(_events(nlp, [text, LEAD], "ASSAULT")) == 2


def test_an_attack_of_another_day_stays_apart(nlp):
    text = f"{LEAD} On Saturday, {RETOLD[0].lower()}{RETOLD[1:]}"
    days = sorted(e["event_date"] for e, _ in _events(nlp, [text, LEAD], "ASSAULT"))
    assert days == ["2031-05-10", "2031-05-12"], days


def test_another_meeting_that_day_with_another_person_stays_apart(nlp):
    text = (
        "Chilean Foreign Minister Ana Ruiz met her South African counterpart Naledi Pandor in Pretoria on "
        "Monday. Ruiz later met President Cyril Ramaphosa."
    )
    talks = "Ana Ruiz held talks with Naledi Pandor in Pretoria on Monday, South Africa's foreign ministry said."
    assert len(_events(nlp, [text, talks], "CONSULT")) == 2
