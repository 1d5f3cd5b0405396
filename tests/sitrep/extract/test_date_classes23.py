"""Date classes of round 23, tested on invented reports through the real spaCy pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities, events
from tests.sitrep.extract.coding import event_dates

#: a Friday: 'Wednesday' is two days before it
FRIDAY = date(2031, 5, 9)


def _dates(nlp, text: str, published: date = FRIDAY) -> dict[str, str | None]:
    return event_dates(nlp, text, published)


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


def test_a_past_perfect_told_on_a_day_is_bounded_by_that_day(nlp):
    # reported speech shifts 'attacked' back to 'had attacked': by the telling, never the later publication day
    assert _dates(nlp, "On Wednesday, the army said rebels had attacked a base.")["ASSAULT"] == "2031-05-07"


def test_an_act_with_no_day_told_nowhere_keeps_the_publication_day(nlp):
    assert _dates(nlp, "Police arrested the opposition leader, state media said.")["COERCE"] == "2031-05-09"


# --- an article stamped a day after the day in its address first went out that day


def _analysis(source: str, day: str) -> dict:
    return {"article_id": "a1", "event_candidates": [{"event_date": day, "date_source": source}]}


def test_a_publication_dated_act_takes_the_day_of_the_address():
    from sitrep.extract.first_days import redate_first_published

    meta = {"a1": {"published_at": date(2017, 3, 3), "url": "http://www.cnn.com/2017/03/02/middleeast/x/index.html"}}
    moved = redate_first_published([_analysis("publication", "2017-03-03")], meta)
    assert moved[0]["event_candidates"][0]["event_date"] == "2017-03-02"
    rte = {"a1": {"published_at": "2017-03-25", "url": "http://www.rte.ie/news/2017/0324/862168-trump-health/"}}
    moved = redate_first_published([_analysis("publication", "2017-03-25")], rte)
    assert moved[0]["event_candidates"][0]["event_date"] == "2017-03-24"


@pytest.mark.parametrize(
    ("source", "day", "url"),
    [
        ("expression", "2017-03-03", "http://www.cnn.com/2017/03/02/a/index.html"),  # a day the text names
        ("publication", "2017-03-03", "http://www.cnn.com/2017/03/03/a/index.html"),  # stamped the same day
        ("publication", "2017-03-03", "http://www.cnn.com/2017/02/20/a/index.html"),  # weeks apart: another story
        ("publication", "2017-03-03", "http://tass.com/world/933643"),  # no day in the address
    ],
)
def test_other_dates_keep_their_day(source, day, url):
    from sitrep.extract.first_days import redate_first_published

    meta = {"a1": {"published_at": date(2017, 3, 3), "url": url}}
    assert redate_first_published([_analysis(source, day)], meta)[0]["event_candidates"][0]["event_date"] == day


# --- a count of days from another day: 'the day before.' told alone, and a main clause counted from its
# after / before clause's day


def test_the_day_before_told_alone_counts_back_from_the_discourse_day(nlp):
    found = _dates(nlp, "On Tuesday, Hamas fired rockets at Israel. Israeli jets struck Gaza the day before.")
    assert found["ASSAULT"] == "2031-05-05"


def test_the_day_after_told_alone_counts_on_from_the_discourse_day(nlp):
    found = _dates(nlp, "On Tuesday, Hamas fired rockets at Israel. Israeli jets struck Gaza the day after.")
    assert found["ASSAULT"] == "2031-05-07"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Israeli jets struck Gaza two days after Hamas fired rockets on Tuesday.", "2031-05-08"),
        ("Hamas fired rockets at Israel the day before the leaders met in Cairo on Thursday.", "2031-05-07"),
    ],
)
def test_a_main_clause_is_counted_from_the_day_of_its_after_or_before_clause(nlp, text, day):
    doc = nlp(text)
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), FRIDAY)
    assert cands[0]["event_date"] == day


def test_an_after_clause_with_no_count_gives_the_main_clause_no_day_of_it(nlp):
    doc = nlp("Israeli jets struck Gaza after Hamas fired rockets on Tuesday.")
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), FRIDAY)
    assert [c["event_date"] for c in cands if c["event_type"] == "ASSAULT"] != ["2031-05-06"]


# --- the speaker's relative day: a quotation's 'yesterday' / 'today' counts from the day it was spoken, and a
# reported 'the previous day' / 'two days earlier' from the day it was told


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('"Our forces struck the rebels yesterday," the general said on Wednesday.', "2031-05-06"),
        ('The general told reporters on Wednesday: "We attacked the rebel base today."', "2031-05-07"),
        ('"We attacked the rebel base today," the general said.', "2031-05-09"),  # no day of the speaking
        ("The general said on Wednesday that his forces had struck the rebels the previous day.", "2031-05-06"),
        ("The general said on Wednesday that troops attacked the rebels two days earlier.", "2031-05-05"),
        (
            "On Monday, Hamas fired rockets at Israel. Israeli jets struck Gaza the following day, the army said.",
            "2031-05-06",
        ),
    ],
)
def test_a_speakers_relative_day_counts_from_the_day_it_was_spoken(nlp, text, day):
    assert _dates(nlp, text)["ASSAULT"] == day


def _assembled(nlp, text: str, url: str) -> dict[str, str]:
    from sitrep.extract.pipeline import analyze_doc, assemble

    stamp = date(2017, 3, 3)
    analysis = analyze_doc({"article_id": "a1", "body": text, "published_at": stamp}, nlp(text))
    meta = {"a1": {"article_id": "a1", "published_at": stamp, "url": url, "story_id": None, "duplicate_of": None}}
    return {e["event_type"]: str(e["event_date"]) for e in assemble([analysis], meta)["events"]}


def test_the_warehouse_dates_an_undated_act_to_the_day_of_the_address(nlp):
    text = "Police arrested the opposition leader Ali Hassan in Cairo."
    assert _assembled(nlp, text, "http://www.cnn.com/2017/03/02/africa/x/index.html")["COERCE"] == "2017-03-02"
    assert _assembled(nlp, text, "http://www.cnn.com/2017/03/03/africa/x/index.html")["COERCE"] == "2017-03-03"
    dated = "Police arrested the opposition leader Ali Hassan in Cairo on Friday."  # a day the text names
    assert _assembled(nlp, dated, "http://www.cnn.com/2017/03/02/africa/x/index.html")["COERCE"] == "2017-03-03"
