"""A journey told in a time phrase ('her visit comes after a visit to X', 'on the heels of a trip to X') went
elsewhere at another moment: its destination is neither the clause's place nor the scene the story goes on in."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities, events

PUBLISHED = date(2031, 3, 6)
LEAD = "Norland's foreign minister Ana Berg arrived in Vienna on Thursday. "


def _places(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [
        (c["trigger"], c["location_name"])
        for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), PUBLISHED)
    ]


@pytest.mark.parametrize(
    "middle",
    [
        "Her visit comes after a visit to Hungary.",
        "Her visit, which comes on the heels of a visit to Hungary, centres on trade.",
        "The trip comes in the wake of a trip to Hungary.",
    ],
)
def test_the_meeting_after_an_earlier_journey_stays_where_the_story_is(nlp, middle):
    found = _places(nlp, LEAD + middle + " Berg met Chancellor Olav Lund.")
    assert ("met", "Vienna") in found
    assert all(place != "Budapest" for _, place in found)


def test_the_visit_of_the_time_phrase_is_not_given_to_the_clause(nlp):
    found = _places(nlp, LEAD + "Her visit comes after a visit to Hungary.")
    assert ("visit", "Hungary") not in found


def test_talks_told_before_an_agreement_still_place_it(nlp):
    found = _places(nlp, "The two ministers agreed on a trade pact after talks in Vienna.")
    assert ("agreed", "Vienna") in found
