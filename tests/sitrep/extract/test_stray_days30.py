"""Day phrases hung beside the act's clause (``stray_days``, ``telling_days``): each row of data/stray_days.tsv is
an invented sentence whose act must take the day the phrase names, through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities, events
from sitrep.extract.data_files import read_tsv

PUBLISHED = date(2031, 3, 4)  # a Tuesday
ROWS = read_tsv("stray_days.tsv")


def _dated(nlp, text: str) -> list[tuple[str, str, str | None]]:
    doc = nlp(text)
    return [
        (c["event_type"], c["trigger"], c["event_date"])
        for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), PUBLISHED)
    ]


def _day_of(found, etype: str, word: str) -> set[str | None]:
    return {d for t, trig, d in found if t == etype and word in trig.split()}


@pytest.mark.parametrize("row", ROWS, ids=[r["host"] for r in ROWS])
def test_the_act_takes_the_day_hung_beside_its_clause(nlp, row):
    assert _day_of(_dated(nlp, row["example"]), row["etype"], row["trigger"]) == {row["day"]}


def test_a_day_of_a_consequence_with_according_to(nlp):
    found = _dated(
        nlp, "Troops fired tear gas at protesters in the capital, wounding dozens, on Saturday, according to witnesses."
    )
    assert _day_of(found, "ASSAULT", "fired") == {"2031-03-01"}


def test_a_day_inside_a_clause_of_the_consequence_is_not_taken(nlp):
    found = _dated(
        nlp,
        "Gunmen stormed a church in the town of Dori, killing three worshippers who had arrived on Sunday.",
    )
    assert _day_of(found, "ASSAULT", "stormed") == {"2031-03-04"}


def test_a_day_after_the_subordinator_stays_with_its_clause(nlp):
    found = _dated(
        nlp, "Protesters clashed with police in the capital after the election results were announced on Friday."
    )
    assert "2031-02-28" not in _day_of(found, "PROTEST", "clashed")


def test_a_reported_conjunct_with_a_day_of_its_own_keeps_it(nlp):
    found = _dated(
        nlp, "Police said on Monday they arrested 12 protesters and raided the offices of the party on Sunday."
    )
    assert _day_of(found, "COERCE", "arrested") == {"2031-03-03"}
    assert "2031-03-02" in {d for t, trig, d in found if "raided" in trig.split()}
