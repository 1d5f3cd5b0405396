"""Date classes of round 24, tested on invented reports through the real spaCy pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import dates
from tests.sitrep.extract.coding import event_dates

#: a Friday: 'Wednesday' is two days before it
FRIDAY = date(2031, 5, 9)


def _dates(nlp, text: str, published: date = FRIDAY) -> dict[str, str | None]:
    return event_dates(nlp, text, published)


# --- a shift told in whole weeks counts seven days a week, like a shift in days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met a week ago.", (-7, "publication")),
        ("The envoys met two weeks ago.", (-14, "publication")),
        ("A week earlier, the envoys met.", (-7, "discourse")),
        ("one week after the vote", (-7, "clause")),
        ("The envoys met weeks ago.", None),  # no count: vague
    ],
)
def test_a_shift_in_weeks_and_what_it_counts_from(text, expected):
    assert dates.day_shift(text) == expected


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        ("Chad and Niger signed a security pact a week ago.", "SUPPORT", "2031-05-02"),
        ("Police arrested the opposition leader in Cairo two weeks ago.", "COERCE", "2031-04-25"),
        ("Rebels attacked an army base in the north one week ago, the military said.", "ASSAULT", "2031-05-02"),
    ],
)
def test_an_act_told_weeks_ago_takes_that_day(nlp, text, etype, day):
    assert _dates(nlp, text)[etype] == day


def test_weeks_ago_without_a_count_stays_vague(nlp):
    assert _dates(nlp, "Chad and Niger signed a security pact weeks ago.")["SUPPORT"] is None


# --- a past perfect told in a statement of a named day happened by that day (reported speech shifts it back)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The ministry said on Wednesday that jets had bombed rebel positions in the north.", "ASSAULT"),
        ("On Wednesday, the interior ministry said police had arrested the opposition leader.", "COERCE"),
        ("Rebels had attacked an army base, the military said in a statement on Wednesday.", "ASSAULT"),
    ],
)
def test_a_past_perfect_takes_the_day_it_was_told(nlp, text, etype):
    assert _dates(nlp, text)[etype] == "2031-05-07"


def test_a_day_told_before_the_telling_keeps_a_past_perfect(nlp):
    text = "Rebels attacked the town on Monday. On Wednesday, police said they had killed five rebels."
    assert _dates(nlp, text)["ASSAULT"] == "2031-05-05"


def test_a_day_the_lead_names_after_a_past_perfect_is_its_own(nlp):
    text = (
        "Prosecutors said on Thursday that they had arrested the mayor of a border town, Omar Diallo. "
        "His family said he was taken from his home on Wednesday."
    )
    assert _dates(nlp, text, date(2031, 5, 8))["COERCE"] == "2031-05-07"


def test_a_past_perfect_keeps_its_telling_day_before_a_later_day_of_the_lead(nlp):
    text = "The army said on Monday that rebels had attacked a base near the border. Talks resumed on Wednesday."
    assert _dates(nlp, text)["ASSAULT"] == "2031-05-05"


def test_a_stated_day_of_another_report_wins_over_a_telling_bound():
    from sitrep.extract.report_clusters import Cand, Cluster

    def cand(day: str, source: str) -> Cand:
        row = {"event_type": "COERCE", "event_date": day, "date_precision": "day", "date_source": source}
        return Cand("a", row, frozenset(), frozenset(), {}, None, None)

    told = cand("2031-05-08", "told_bound")
    assert Cluster([told, cand("2031-05-08", "told_bound"), cand("2031-05-07", "discourse")]).date()[0] == "2031-05-07"


# --- a present participle hung on the subject or object tells the moment of its clause, like one opening the
# sentence


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        ("Erdogan, speaking on Wednesday, accused Germany of Nazi practices.", "ACCUSE", "2031-05-07"),
        (
            "The Turkish foreign minister, speaking at a news conference in Ankara on Tuesday, condemned the attack.",
            "ACCUSE",
            "2031-05-06",
        ),
        ("Protesters carrying banners on Wednesday marched to the parliament in Kiev.", "PROTEST", "2031-05-07"),
        ("Police arrested a man carrying explosives on Wednesday.", "COERCE", "2031-05-07"),
    ],
)
def test_a_participle_on_the_subject_dates_its_clause(nlp, text, etype, day):
    assert _dates(nlp, text)[etype] == day
