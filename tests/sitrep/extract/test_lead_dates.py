"""A statement with no day of its own, told after a background day, answers the news the lead dates."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities, events

PUBLISHED = date(2031, 5, 10)  # a Saturday


def _dates(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {
        c["event_type"]: c["event_date"]
        for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), PUBLISHED)
    }


LEAD = "Norway expelled two Chilean diplomats on Thursday. Chilean police arrested a Norwegian reporter on Tuesday. "


@pytest.mark.parametrize(
    "statement, etype",
    [
        ("The Norwegian foreign ministry accused Chile of harassing journalists.", "ACCUSE"),
        ("Norway's foreign minister demanded that Chile free the reporter.", "REQUEST"),
        ("Chile rejected the accusations.", "REJECT"),
    ],
)
def test_a_statement_after_a_background_day_takes_the_lead_day(nlp, statement, etype):
    found = _dates(nlp, LEAD + statement)
    assert found["SANCTION"] == "2031-05-08" and found["COERCE"] == "2031-05-06"
    assert found[etype] == "2031-05-08"


def test_a_statement_after_the_lead_itself_keeps_the_day_the_discourse_carries(nlp):
    found = _dates(
        nlp, "Chilean police arrested a Norwegian reporter on Tuesday. Norway's foreign minister condemned the arrest."
    )
    assert found["ACCUSE"] == found["COERCE"] == "2031-05-06"


def test_a_happening_after_a_background_day_is_not_moved_to_the_lead_day(nlp):
    found = _dates(nlp, LEAD + "Chilean police also detained a Norwegian photographer.")
    assert found["COERCE"] == "2031-05-06"
