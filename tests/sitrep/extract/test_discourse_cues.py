"""Every row of ``data/discourse_cues.tsv`` acts on its example (and the same text without the cue does not):
announced events later the same day, occasions referred back to, late arrivals, attendees of a meeting."""

import re
from datetime import date

import pytest

from sitrep.extract import dates, event_triggers
from sitrep.extract.events import doc_event_candidates

PUBLISHED = date(2024, 5, 10)  # a Friday: 'on Monday' is 2024-05-06
MONDAY = "2024-05-06"
ROWS = event_triggers.read_tsv("discourse_cues.tsv")
WEEKDAY = "(?:" + "|".join(dates.WEEKDAYS) + ")"


def _pattern(row: dict) -> re.Pattern:
    return re.compile(r"(?i)\b(?:" + row["pattern"].replace("{weekday}", WEEKDAY) + r")\b")


def _candidates(analyse, text: str) -> tuple[list[dict], list[dict], object]:
    doc, ments = analyse(text)
    return doc_event_candidates(doc, ments, PUBLISHED), ments, doc


def _without_cue(row: dict) -> str:
    """The example with the last occurrence of the row's cue taken out."""
    text = row["example"]
    last = list(_pattern(row).finditer(text))[-1]
    return re.sub(r"\s{2,}", " ", text[: last.start()] + text[last.end() :]).replace(" ,", ",")


def _last_sentence(cands: list[dict], doc) -> list[dict]:
    last = list(doc.sents)[-1]
    return [c for c in cands if c["start_char"] == last.start_char]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['cue']}:{r['pattern']}")
def test_each_cue_is_in_its_example(row):
    assert _pattern(row).search(row["example"]), row


@pytest.mark.parametrize("row", [r for r in ROWS if r["cue"] == "same_day"], ids=lambda r: r["pattern"])
def test_an_announced_event_later_that_day_takes_the_day(analyse, row):
    for text, expected in ((row["example"], PUBLISHED.isoformat()), (_without_cue(row), None)):
        cands, _, _ = _candidates(analyse, text)
        meeting = [c for c in cands if c["event_type"] == "CONSULT"]
        assert meeting and meeting[0]["event_status"] == "planned", (text, cands)
        assert meeting[0]["event_date"] == expected, (text, meeting[0])


@pytest.mark.parametrize("row", [r for r in ROWS if r["cue"].startswith("occasion_")], ids=lambda r: r["pattern"])
def test_an_occasion_referred_back_to_gives_its_date(analyse, row):
    cands, _, doc = _candidates(analyse, row["example"])
    first = [c for c in cands if c["start_char"] == 0]
    later = _last_sentence(cands, doc)
    assert first and later, cands
    assert first[0]["event_date"] == "2024-03" and later[0]["event_date"] == "2024-03", (row["example"], cands)
    cands, _, doc = _candidates(analyse, _without_cue(row))
    assert all(c["event_date"] != "2024-03" for c in _last_sentence(cands, doc)), cands


@pytest.mark.parametrize("row", [r for r in ROWS if r["cue"] in {"arrival", "late_time"}], ids=lambda r: r["pattern"])
def test_what_follows_a_late_arrival_is_not_carried_onto_its_day(analyse, row):
    cands, _, doc = _candidates(analyse, row["example"])
    meeting = [c for c in _last_sentence(cands, doc) if c["event_type"] == "CONSULT"]
    assert meeting and meeting[0]["event_date"] == PUBLISHED.isoformat(), (row["example"], cands)


def test_an_arrival_in_the_day_carries_its_day(analyse):
    text = "Foreign Minister Ana Ruiz landed in Quito on Monday. She met Peruvian President Luis Vega."
    cands, _, doc = _candidates(analyse, text)
    meeting = [c for c in _last_sentence(cands, doc) if c["event_type"] == "CONSULT"]
    assert meeting and meeting[0]["event_date"] == MONDAY, cands


@pytest.mark.parametrize("row", [r for r in ROWS if r["cue"] == "attendance"], ids=lambda r: r["pattern"])
def test_an_attendee_joins_the_meeting(analyse, row):
    for text, joins in ((row["example"], True), (_without_cue(row), False)):
        cands, ments, _ = _candidates(analyse, text)
        by_idx = {m["idx"]: m["surface"] for m in ments}
        meeting = [c for c in cands if c["event_type"] == "CONSULT" and c["start_char"] == 0]
        assert meeting, cands
        names = {by_idx.get(p["mention_idx"]) for p in meeting[0]["participants"]}
        assert ("Marta Solis" in names) is joins, (text, names)


@pytest.mark.parametrize("row", [r for r in ROWS if r["cue"] == "called_off"], ids=lambda r: r["pattern"])
def test_the_day_of_a_plan_put_off_dates_nothing(analyse, row):
    """'The talks had been set for Tuesday but were postponed': the meeting told first keeps the publication
    day; without the cue the Tuesday named right after the lead dates it."""
    tuesday = "2024-05-07"
    for text, expected in ((row["example"], PUBLISHED.isoformat()), (_without_cue(row), tuesday)):
        cands, _, _ = _candidates(analyse, text)
        meeting = [c for c in cands if c["event_type"] == "CONSULT" and c["start_char"] == 0]
        assert meeting and meeting[0]["event_date"] == expected, (text, meeting)
