"""A stance told in a statement takes the day of the saying ('said on Thursday that he disagreed'), however the
parser hangs that day; a saying in a relative clause on the actor of a dated act takes that act's day; a past
told as earlier than the saying ('said that X had rejected') is only bounded by it (``told_days``)."""

from datetime import date

from sitrep.extract import entities, events

PUBLISHED = date(2024, 5, 17)  # a Friday


def _dates(nlp, text, etype):
    doc = nlp(text)
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), PUBLISHED)
    return [c["event_date"] for c in cands if c["event_type"] == etype]


def test_a_stance_said_on_a_day_takes_that_day(nlp):
    assert _dates(nlp, "Toner said on Thursday that he strongly disagreed with Israel's description.", "ACCUSE") == [
        "2024-05-16"
    ]
    assert _dates(nlp, "The ministry said on Tuesday that it condemned the attack on the embassy.", "ACCUSE") == [
        "2024-05-14"
    ]


def test_a_saying_in_a_relative_clause_on_the_actor_of_a_dated_act_takes_its_day(nlp):
    text = (
        "The group got a vote of support on Thursday from the State Department, whose acting spokesman, "
        "Mark Toner, said it strongly disagreed with Israel's description of the group."
    )
    assert _dates(nlp, text, "ACCUSE") == ["2024-05-16"]
    text = "The plan won praise on Monday from Germany, whose foreign minister said he rejected any delay."
    assert _dates(nlp, text, "REJECT") == ["2024-05-13"]


def test_a_stance_told_as_earlier_than_the_saying_is_bounded_by_it(nlp):
    # not a stance taken in the statement, but a past before it: by the saying's day (``told_days``), never the
    # later publication day; a day the discourse told before the saying is kept
    assert _dates(nlp, "The ministry said on Tuesday that Iran had rejected the offer.", "REJECT") == ["2024-05-14"]
    text = "Iran rejected the offer on Monday. The ministry said on Tuesday that Iran had rejected the deal."
    assert _dates(nlp, text, "REJECT")[-1] == "2024-05-13"
