"""Time expressions normalised against the publication date; never a date without an anchor."""

from datetime import date

import pytest

from sitrep.extract.dates import explicit_dates, normalize

FRI = date(2025, 5, 30)  # a Friday


@pytest.mark.parametrize(
    ("text", "anchor", "future", "expected"),
    [
        ("on Thursday", FRI, False, ("2025-05-29", "day")),
        ("on Friday", FRI, False, ("2025-05-30", "day")),
        ("is expected to meet on Wednesday", FRI, True, ("2025-06-04", "day")),
        ("yesterday", FRI, False, ("2025-05-29", "day")),
        ("in early May", FRI, False, ("2025-05", "month")),
        ("in February", FRI, False, ("2025-02", "month")),
        ("in 2024", None, False, ("2024", "year")),
        ("June 12, 2023", None, False, ("2023-06-12", "day")),
        ("on 15 June 2023", None, False, ("2023-06-15", "day")),
        ("Today, September 4", date(2023, 9, 4), False, ("2023-09-04", "day")),
        ("March of last year", FRI, False, ("2024-03", "month")),
        ("last week", FRI, False, ("2025-05", "month")),
    ],
)
def test_normalize(text, anchor, future, expected):
    assert normalize(text, anchor, future=future) == expected


@pytest.mark.parametrize("text", ["on Tuesday", "yesterday", "in February", "March of last year", "Jan 23"])
def test_no_anchor_no_date(text):
    assert normalize(text, None) == (None, None)


def test_week_across_months_has_no_month():
    # the week before Wednesday 2025-06-04 runs May 26 - Jun 1: no single month
    assert normalize("last week", date(2025, 6, 4)) == (None, None)


def test_weekday_anchored_by_a_full_date_in_the_text():
    anchors = explicit_dates("at the airport in Harare on July 13, 2023 [photo]")
    assert normalize("touched down on Thursday", None, doc_dates=anchors) == ("2023-07-13", "day")
    assert normalize("touched down on Monday", None, doc_dates=anchors) == (None, None)


def test_modal_may_is_not_a_month():
    assert normalize("Russia may 2 return", FRI) == (None, None)
