"""Date classes of round 23, tested on invented reports through the real spaCy pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities, events

#: a Friday: 'Wednesday' is two days before it
FRIDAY = date(2031, 5, 9)


def _dates(nlp, text: str, published: date = FRIDAY) -> dict[str, str | None]:
    doc = nlp(text)
    return {
        c["event_type"]: c["event_date"]
        for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), published)
    }


# --- a past act told in a statement of a named day happened by that day, not on the publication day


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police arrested the opposition leader, state media said on Wednesday.", "COERCE"),
        ("Rebels attacked an army base, the military said Wednesday.", "ASSAULT"),
        ("The army said on Wednesday that rebels attacked a base near the border.", "ASSAULT"),
        ("On Wednesday, the army said rebels attacked a base.", "ASSAULT"),
        (
            "Rebels attacked an army base in the north, killing 12 soldiers, the military said in a statement on "
            "Wednesday.",
            "ASSAULT",
        ),
        ("Police arrested the opposition leader, according to a statement released on Wednesday.", "COERCE"),
    ],
)
def test_a_past_act_takes_the_day_it_was_told(nlp, text, etype):
    assert _dates(nlp, text)[etype] == "2031-05-07"


def test_the_day_the_discourse_carries_stays_before_a_later_telling(nlp):
    found = _dates(nlp, "Rebels attacked the town on Sunday. Police said they killed five rebels on the spot.")
    assert found["ASSAULT"] == "2031-05-04"


def test_a_past_told_as_earlier_than_the_telling_is_not_dated_to_it(nlp):
    assert _dates(nlp, "On Wednesday, the army said rebels had attacked a base.")["ASSAULT"] != "2031-05-07"


def test_an_act_with_no_day_told_nowhere_keeps_the_publication_day(nlp):
    assert _dates(nlp, "Police arrested the opposition leader, state media said.")["COERCE"] == "2031-05-09"
