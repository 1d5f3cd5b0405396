"""Time expressions normalised against the publication date; never a date without an anchor."""

from datetime import date

import pytest

from sitrep.extract import dates
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
        ("earlier this month", FRI, False, ("2025-05", "month")),
        ("last month", date(2025, 1, 9), False, ("2024-12", "month")),
        ("next month", date(2025, 12, 9), True, ("2026-01", "month")),
        # a span: a told happening ended on its last day, an announced one opens on its first
        ("the talks of June 3-5", FRI, False, ("2025-06-05", "day")),
        ("talks set for June 3-5", FRI, True, ("2025-06-03", "day")),
        ("from May 12 to 14, 2025", None, False, ("2025-05-14", "day")),
        ("from May 12 to 14, 2025", None, True, ("2025-05-12", "day")),
    ],
)
def test_normalize(text, anchor, future, expected):
    assert normalize(text, anchor, future=future) == expected


@pytest.mark.parametrize("text", ["on Tuesday", "yesterday", "in February", "March of last year", "Jan 23"])
def test_no_anchor_no_date(text):
    assert normalize(text, None) == (None, None)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # the week before Wednesday 2025-06-04 runs May 26 - Jun 1: its Thursday (ISO 8601) is May 29
        ("last week", date(2025, 6, 4), ("2025-05", "month")),
        # the week of Tuesday 2025-09-30 runs Sep 29 - Oct 5: its Thursday is October 2
        ("earlier this week", date(2025, 9, 30), ("2025-10", "month")),
        ("next week", date(2025, 7, 25), ("2025-07", "month")),  # Jul 28 - Aug 3, Thursday Jul 31
    ],
)
def test_a_week_across_two_months_is_dated_to_the_month_of_its_thursday(text, anchor, expected):
    assert normalize(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "future", "expected"),
    [
        ("clashes broke out over the weekend", date(2025, 6, 2), False, ("2025-05", "month")),  # Sat May 31
        ("the rally held last weekend", date(2025, 6, 9), False, ("2025-06", "month")),  # Sat Jun 7
        ("talks planned for next weekend", date(2025, 5, 28), True, ("2025-05", "month")),  # Sat May 31
        ("the fair opens this weekend", date(2025, 8, 28), True, ("2025-08", "month")),  # Sat Aug 30
    ],
)
def test_a_weekend_is_dated_to_the_month_of_its_saturday(text, anchor, future, expected):
    assert normalize(text, anchor, future=future) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "future", "expected"),
    [
        ("the envoys arrived on the 28th.", date(2025, 3, 4), False, ("2025-02-28", "day")),
        ("the envoys arrived on the 2nd, aides said", date(2025, 3, 4), False, ("2025-03-02", "day")),
        ("the vote was held on the 30th.", date(2025, 3, 4), False, ("2025-01-30", "day")),  # no Feb 30
        ("the vote will be held on the 9th.", date(2025, 3, 14), True, ("2025-04-09", "day")),
        ("the pact was signed on the 3rd of last month.", date(2025, 3, 14), False, ("2025-02-03", "day")),
        ("the 5th brigade sailed on the 20th anniversary", date(2025, 3, 14), False, (None, None)),
    ],
)
def test_a_day_of_the_month_named_by_its_ordinal_alone(text, anchor, future, expected):
    assert normalize(text, anchor, future=future) == expected


def test_weekday_anchored_by_a_full_date_in_the_text():
    anchors = explicit_dates("at the airport in Harare on July 13, 2023 [photo]")
    assert normalize("touched down on Thursday", None, doc_dates=anchors) == ("2023-07-13", "day")
    assert normalize("touched down on Monday", None, doc_dates=anchors) == (None, None)


def test_modal_may_is_not_a_month():
    assert normalize("Russia may 2 return", FRI) == (None, None)


# invented dispatches: the dateline says when the story was filed; the weekday in the sentence says when it happened
DATELINED = [
    ("BERLIN, Oct. 3 (Reuters) - The two ministers met in Berlin on Wednesday.", date(2024, 10, 3), "2024-10-02"),
    ("Havana, Jun 15 (EFE).- The delegations signed the accord on Tuesday.", date(2023, 6, 15), "2023-06-13"),
    ("NAIROBI /Kenya/, May 29. /TASS/. The envoys held talks on Monday.", date(2023, 5, 29), "2023-05-29"),
    ("MOSCOW (Agency - 07th February, 2023) The leaders spoke by phone on Sunday.", date(2023, 2, 7), "2023-02-05"),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), DATELINED)
def test_a_weekday_in_the_sentence_wins_over_the_datelines_day(text, anchor, expected):
    assert normalize(text, anchor) == (expected, "day")


def test_next_weekday_is_after_the_dateline_and_the_dateline_alone_is_no_event_date():
    assert normalize("BERLIN, Oct. 3 (Reuters) - They will meet next Wednesday.", date(2024, 10, 3)) == (
        "2024-10-09",
        "day",
    )
    assert normalize("They met last Thursday.", date(2024, 10, 3)) == ("2024-09-26", "day")
    assert normalize("BERLIN, Oct. 3 (Reuters) - The ministers met.", date(2024, 10, 3)) == (None, None)
    # the dateline still counts among the full dates an article states (an anchor for unanchored weekdays)
    assert explicit_dates("MOSCOW (Agency - 07th February, 2023) The leaders spoke.") == (date(2023, 2, 7),)


def test_the_event_of_a_datelined_sentence_takes_the_weekdays_date(nlp):
    from sitrep.extract.pipeline import analyze_articles, assemble

    texts = {
        "berlin": (
            "BERLIN, Oct. 3 (Reuters) - German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk "
            "in Berlin on Wednesday to discuss border controls.",
            date(2024, 10, 3),
        ),  # fmt: skip
        "havana": (
            "Havana, Jun 15 (EFE).- Cuban President Miguel Diaz-Canel received Vietnamese Foreign Minister "
            "Bui Thanh Son on Tuesday at the Palace of the Revolution.",
            date(2023, 6, 15),
        ),  # fmt: skip
        "moscow": (
            "MOSCOW (Agency - 07th February, 2023) Russian President Vladimir Putin met Iraqi Prime "
            "Minister Mohammed Shia al-Sudani in the Kremlin on Sunday.",
            date(2023, 2, 7),
        ),  # fmt: skip
    }
    expected = {"berlin": "2024-10-02", "havana": "2023-06-13", "moscow": "2023-02-05"}
    for aid, (body, published) in texts.items():
        analyses = analyze_articles([{"article_id": aid, "body": body, "published_at": published}], nlp)
        meta = {aid: {"article_id": aid, "published_at": published, "story_id": aid, "title": aid}}
        events = assemble(analyses, meta)["events"]
        assert [(e["event_type"], e["event_date"]) for e in events] == [("CONSULT", expected[aid])], aid


def test_a_span_of_days_reads_as_its_last_day():
    from sitrep.extract.dates import find_time_expressions, resolve

    anchor = date(2024, 4, 20)
    for text, want in [
        ("The envoys negotiated in Geneva from April 8 to 12 before the deal.", "2024-04-12"),
        ("Delegations conferred on April 15-17, 2024 in Doha.", "2024-04-17"),
        ("Exports fell in April 3 to 5 million tonnes.", "2024-04-03"),  # an amount, not a span
    ]:
        (expr,) = find_time_expressions(text)
        assert resolve(expr, anchor)[0] == want, text


def test_a_day_between_the_verb_of_saying_and_its_clause_dates_the_report_and_yields_to_a_stated_day(nlp):
    from sitrep.extract.pipeline import analyze_articles, assemble

    told = "The Peruvian police said on Thursday they had arrested Chilean activist Ana Ruiz in Lima."
    stated = "Peruvian police arrested Chilean activist Ana Ruiz in Lima on Wednesday."
    friday = date(2024, 5, 10)
    arts = [
        {"article_id": "told", "body": told, "published_at": friday},
        {"article_id": "stated", "body": stated, "published_at": friday},
    ]
    analyses = analyze_articles(arts, nlp)
    (cand,) = [c for c in analyses[0]["event_candidates"] if c["event_type"] == "COERCE"]
    assert cand["date_source"] == "statement" and cand["event_date"] == "2024-05-09"
    meta = {a["article_id"]: {**a, "story_id": "s", "title": a["article_id"]} for a in arts}
    arrests = [e for e in assemble(analyses, meta)["events"] if e["event_type"] == "COERCE"]
    assert [e["event_date"] for e in arrests] == ["2024-05-08"]


def _ungated(text: str, include_dateline: bool) -> list:
    """find_time_expressions as it was before the gates: every pattern run on every text."""
    found, taken = [], []
    skip = 0 if include_dateline else dates.dateline_end(text)
    taken = [(0, skip)] if skip else []
    for kind, pat in dates.PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "month_day" and m.group("mon").lower() == "may" and not dates._looks_like_may_date(text, m):
                continue
            if kind == "month" and m.group("mon").lower() in {"may", "mar"} and text[m.start("mon")].islower():
                continue
            found.append((kind, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda t: t[1])


GATE_TEXTS = [
    "Talks ran from April 7 to 11, 2023 and resumed on 4th of May 2024 in the capital.",
    "In mid-April and late-June the envoys met; by lateMarch nothing had moved.",
    "The vote is set for next Wednesday, and the board met yesterday, last week and earlier this month.",
    "Officials said on 2021-07-03 and 03.07.2021 that the plan, agreed in 2019, holds until December.",
    "PARIS, Jan. 5 (Reuters) - Ministers may meet again this year or in March of next year.",
    "No dates here at all, only a market summary and a doctor's separate decision.",
    "",
]


def test_gated_patterns_find_what_every_pattern_finds():
    for text in GATE_TEXTS:
        for include in (False, True):
            got = [(e.kind, e.start, e.end) for e in dates.find_time_expressions(text, include_dateline=include)]
            assert got == _ungated(text, include), text
    assert dates.find_time_expressions(GATE_TEXTS[0])  # the gates let real dates through


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("four days after the vote", (-4, "clause")),
        ("the day before the summit opened", (1, "clause")),
        ("Two days earlier, the envoys met.", (-2, "discourse")),
        ("The following day, the envoys met.", (1, "discourse")),
        ("The envoys met three days ago.", (-3, "publication")),
        ("The envoys met on Monday.", None),
    ],
)
def test_a_shift_in_days_and_what_it_counts_from(text, expected):
    assert dates.day_shift(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "filed"),
    [
        ("LIMA, Aug. 12 (Reuters) - The two ministers met yesterday.", date(2025, 8, 14), date(2025, 8, 12)),
        ("SEOUL, Aug. 13 (Yonhap) - The envoys met.", date(2025, 8, 12), date(2025, 8, 13)),  # filed east of UTC
        ("LIMA, Aug. 12 (Reuters) - The two ministers met yesterday.", date(2025, 8, 12), None),  # the same day
        ("LIMA, Aug. 1 (Reuters) - The two ministers met yesterday.", date(2025, 8, 30), None),  # too far back
        ("The two ministers met yesterday.", date(2025, 8, 14), None),  # no dateline
    ],
)
def test_a_datelines_day_is_when_the_story_was_filed(text, published, filed):
    assert dates.filing_day(text, published) == filed


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The treaty was ratified on 21.09.2022 in Vilnius.", None, "2022-09-21"),
        ("The treaty was ratified on 3.4.2022 in Vilnius.", None, "2022-04-03"),
        ("Ratified on 21-09-2022, the treaty took effect.", None, "2022-09-21"),
        ("Filed 2022/09/21 by the registry.", None, "2022-09-21"),
        ("Updated 2022-09-21T14:05:00Z after the vote.", None, "2022-09-21"),
        ("The court ruled on 21/09/2022 that the ban stands.", None, "2022-09-21"),  # only day first is possible
        ("The court ruled on 09/21/2022 that the ban stands.", None, "2022-09-21"),  # only month first is possible
        ("The court ruled on 04/05/2022 that the ban stands.", date(2022, 5, 9), "2022-05-04"),  # nearer reading
        ("The court ruled on 04/05/2022 that the ban stands.", date(2022, 4, 8), "2022-04-05"),
    ],
)
def test_dates_written_in_digits(text, anchor, expected):
    assert normalize(text, anchor) == (expected, "day")


@pytest.mark.parametrize("text", ["The court ruled on 04/05/2022.", "on 31.02.2022", "on 13/14/2022"])
def test_digits_that_are_no_single_date(text):
    # two readings of a slashed date and no day to choose by; impossible days
    assert normalize(text, None) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy landed the day before yesterday.", "2025-05-28"),
        ("The envoy will land the day after tomorrow.", "2025-06-01"),
        ("The envoy landed yesterday.", "2025-05-29"),
    ],
)
def test_two_days_either_side_of_today(text, expected):
    assert normalize(text, FRI, future="will" in text) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys held talks mid-May in Doha.", "2025-05"),
        ("The envoys held talks early April in Doha.", "2025-04"),
        ("The envoys held talks in late-March in Doha.", "2025-03"),
    ],
)
def test_part_of_a_month_without_a_preposition(text, expected):
    assert normalize(text, FRI) == (expected, "month")


@pytest.mark.parametrize(
    "text",
    [
        "Talks ran from March 7 to 11, 2023, and resumed on 17.06.2023; the deal of May 4, 2022 stood.",
        "The council met on the 3rd of this month and again in late May 2021, not on 2021-05-30.",
        "TARVIA, Oct. 3, 2024 (Agency) - Ministers spoke on Tuesday about the 4 June 2019 accord.",
        "Officials may 2 countries visit? On May 12 last year, and on 2020-05-12, nothing happened.",
    ],
)
def test_explicit_dates_read_with_the_full_date_patterns_only_are_those_of_all_patterns(text):
    """``explicit_dates`` runs only the patterns up to the last full-date kind (the later ones cannot take a
    span from an earlier one): the same dates as reading the text with every pattern."""
    every = [e for e in dates.find_time_expressions(text, include_dateline=True) if e.kind in dates.FULL_DATE_KINDS]
    expected = tuple(date.fromisoformat(iso) for e in every for iso, _p in [dates.resolve(e, None)] if iso)
    assert expected  # each text states at least one full date
    assert explicit_dates(text) == expected
