"""Date and place classes of round 22, read from the tuning halves' misses of the unseen collections and tested
on invented reports through the real spaCy pipeline."""

from __future__ import annotations

from datetime import date

from sitrep.extract import entities, events


def _dates(nlp, text: str, published: date) -> dict[str, str | None]:
    doc = nlp(text)
    return {
        c["event_type"]: c["event_date"]
        for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), published)
    }


# --- the lead's day: the act's own day, not the day the statement telling it was made

FRIDAY = date(2031, 5, 9)


def test_a_lead_takes_the_act_day_told_after_the_statement_day(nlp):
    found = _dates(
        nlp,
        "Norway has refused to issue a visa to a senior Amnesty International researcher. Amnesty said on Friday "
        "that the researcher had received a rejection letter on May 5, months after the application was filed.",
        FRIDAY,
    )
    assert found["REJECT"] == "2031-05-05"


def test_a_lead_takes_a_weekday_of_the_past_week(nlp):
    found = _dates(
        nlp,
        "Norway has refused to issue a visa to a senior Amnesty International researcher. The rights group had "
        "heard nothing back until Monday, when a letter arrived.",
        FRIDAY,
    )
    assert found["REJECT"] == "2031-05-05"


def test_a_lead_keeps_the_publication_day_when_the_day_named_is_weeks_back(nlp):
    found = _dates(
        nlp,
        "Norway has refused to issue a visa to a senior Amnesty International researcher. Amnesty said on Friday "
        "that the researcher had received a rejection letter on April 20, months after the application was filed.",
        FRIDAY,
    )
    assert found["REJECT"] == "2031-05-09"
