"""A threat or promise is made when it is said: a planned act read as a threat ('X will impose sanctions on
them, Y said') takes the day of its saying (the discourse's or the publication's), never no date."""

from datetime import date

import pytest

from sitrep.extract.events import doc_event_candidates

PUBLISHED = date(2024, 5, 10)  # a Friday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Freedonia's foreign minister spoke on Tuesday about the border. \"If the reports are confirmed, "
            'Freedonia will impose sanctions on these officials," Marko Vell said.',
            "2024-05-07",
        ),
        (
            "Marko Vell met reporters on Tuesday. Freedonia will expel the Ruritanian diplomats if the raids "
            "continue, he warned.",
            "2024-05-07",
        ),
        (
            "Freedonia's interior minister spoke to reporters on Tuesday. The government will consider imposing "
            "penalties on the smugglers, Marko Vell said.",
            "2024-05-07",
        ),
        (
            "The Ruritanian president said the army would retaliate against Freedonia if the shelling went on.",
            "2024-05-10",
        ),
    ],
)
def test_a_threat_without_its_own_time_is_dated_as_said(analyse, text, day):
    doc, ments = analyse(text)
    threats = [c for c in doc_event_candidates(doc, ments, PUBLISHED) if c["event_type"] == "THREATEN"]
    assert threats and all(c["event_date"] == day for c in threats), threats


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the weekday hangs on the act ordered: the order took place, so its Thursday is the one before publication
        ("The former governor was ordered to be detained by a provincial judge on Thursday.", "2024-05-09"),
        # the act threatened names a day still to come: the threat itself is made when it is told
        (
            "Freedonia will impose sanctions on Ruritania on Monday unless its troops pull back, the Freedonian "
            "envoy said.",
            "2024-05-10",
        ),
    ],
)
def test_a_threat_whose_clause_names_a_later_day_is_dated_as_made(analyse, text, day):
    doc, ments = analyse(text)
    threats = [c for c in doc_event_candidates(doc, ments, PUBLISHED) if c["event_type"] == "THREATEN"]
    assert threats and all(c["event_date"] == day for c in threats), threats


def test_a_planned_meeting_keeps_its_day_to_come(analyse):
    doc, ments = analyse("The Freedonian and Ruritanian foreign ministers will meet in Geneva on Monday.")
    meetings = [c for c in doc_event_candidates(doc, ments, PUBLISHED) if c["event_status"] == "planned"]
    assert meetings and all(c["event_date"] == "2024-05-13" for c in meetings), meetings
