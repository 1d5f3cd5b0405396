"""An intent announced by a past verb of saying ('announced on Monday a plan to ...') is dated the day it was
told, not a day still to come."""

from datetime import date

import pytest

from sitrep.extract import entities
from sitrep.extract.events import doc_event_candidates

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _coded(nlp, text):
    doc = nlp(text)
    return doc_event_candidates(doc, entities.doc_mentions(doc), PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Chile on Monday announced a plan to expel two Bolivian diplomats.",
        "Chile announced on Monday a plan to expel two Bolivian diplomats.",
    ],
)
def test_an_intent_announced_on_a_past_day_is_dated_that_day(nlp, text):
    got = [c for c in _coded(nlp, text) if c["event_status"] == "planned"]
    assert got and all(c["event_date"] == "2024-05-13" for c in got), got


def test_an_announcement_still_to_come_keeps_the_coming_day(nlp):
    got = [c for c in _coded(nlp, "Chile will announce on Monday a plan to expel two Bolivian diplomats.")]
    assert got and all(c["event_date"] == "2024-05-20" for c in got), got
