"""A planned act read as a demand ('Chile should arrest them, the minister said'): the demand was made when it
was said, so it takes the day of the saying rather than no date."""

from __future__ import annotations

from datetime import date

from sitrep.extract.events import doc_event_candidates


def _requests(analyse, text: str) -> list[dict]:
    doc, ments = analyse(text)
    return [c for c in doc_event_candidates(doc, ments, date(2024, 5, 9)) if c["event_type"] == "REQUEST"]


def test_a_demand_told_as_an_obligation_is_dated_by_its_saying(analyse):
    text = (
        "Peru summoned the Chilean ambassador on Wednesday over attacks on Peruvian fishermen. "
        "Chile should ensure the swift arrest of those behind the attacks, Peruvian deputy foreign minister "
        "Ana Ruiz said after meeting the envoy."
    )
    (req,) = _requests(analyse, text)
    assert req["event_status"] == "occurred" and req["event_date"] == "2024-05-08"  # the day told before


def test_a_demand_said_on_a_day_takes_that_day_not_the_day_of_the_act(analyse):
    text = "Bolivia must release the detained Chilean soldiers, Chilean President Gabriel Boric said on Monday."
    (req,) = _requests(analyse, text)
    assert req["event_date"] == "2024-05-06"  # last Monday, not a Monday to come
    text = "Chilean President Gabriel Boric said on Tuesday that Bolivia must release the detained soldiers by Friday."
    (req,) = _requests(analyse, text)
    assert req["event_date"] == "2024-05-07"  # the deadline is the act's time, not the demand's
