"""Days told relative to another day: a shift in days from the clause an after-clause hangs on, from the day told
before or from the publication day."""

from datetime import date

import pytest

from sitrep.extract import entities
from sitrep.extract.events import doc_event_candidates

PUBLISHED = date(2024, 11, 8)  # a Friday: 'on Wednesday' is 2024-11-06


def _meetings(analyse, text: str) -> list[dict]:
    doc, ments = analyse(text)
    return [c for c in doc_event_candidates(doc, ments, PUBLISHED) if c["event_type"] == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Ruritanian envoy Ana Ruiz met Chilean President Luis Vega in Santiago on Wednesday, two days after Ruiz "
            "met Bolivian President Marco Paz in La Paz.",
            ["2024-11-06", "2024-11-04"],
        ),
        (
            "Argentine Foreign Minister Diana Mondino met Chilean President Gabriel Boric in Santiago on Wednesday, "
            "a day before Mondino met Bolivian President Luis Arce.",
            ["2024-11-06", "2024-11-07"],
        ),
        (
            "Argentine Foreign Minister Diana Mondino met Chilean President Gabriel Boric in Santiago on Wednesday. "
            "The previous day, Mondino met Bolivian President Luis Arce in La Paz.",
            ["2024-11-06", "2024-11-05"],
        ),
        ("Three days ago, Ruritanian envoy Ana Ruiz met Chilean President Luis Vega in Santiago.", ["2024-11-05"]),
    ],
)
def test_a_day_told_as_a_shift_from_another_day(analyse, text, days):
    assert [c["event_date"] for c in _meetings(analyse, text)] == days


def test_the_main_clause_keeps_its_own_day_when_an_after_clause_follows(analyse):
    text = "Ruritanian envoy Ana Ruiz met Chilean President Luis Vega on Wednesday, a week after the vote."
    assert [c["event_date"] for c in _meetings(analyse, text)] == ["2024-11-06"]


def test_relative_days_count_from_the_datelines_day_when_the_story_was_posted_later(analyse):
    text = "SANTIAGO, Nov. 5 (Reuters) - Argentine Foreign Minister Diana Mondino met Chilean President Gabriel Boric "
    text += "yesterday."
    assert [c["event_date"] for c in _meetings(analyse, text)] == ["2024-11-04"]


def _of_type(analyse, text: str, etype: str) -> list[dict]:
    doc, ments = analyse(text)
    return [c for c in doc_event_candidates(doc, ments, PUBLISHED) if c["event_type"] == etype]


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        (
            "Speaking at a rally in Lyon on Wednesday, French Prime Minister Gabriel Attal condemned the arson "
            "attack on a synagogue.",
            "ACCUSE",
            "2024-11-06",
        ),
        (
            "Closing a regional tour on Tuesday, Chinese Premier Li Qiang met Thai Prime Minister "
            "Paetongtarn Shinawatra in Bangkok.",
            "CONSULT",
            "2024-11-05",
        ),
    ],
)
def test_a_participle_clause_opening_the_sentence_tells_the_moment_of_its_main_clause(analyse, text, etype, day):
    assert [c["event_date"] for c in _of_type(analyse, text, etype)] == [day]


def test_a_perfect_participle_clause_tells_an_earlier_happening_not_the_moment(analyse):
    text = "Having flown into Bangkok on Tuesday, Chinese Premier Li Qiang met Thai Prime Minister Paetongtarn "
    text += "Shinawatra."
    assert [c["event_date"] for c in _of_type(analyse, text, "CONSULT")] != ["2024-11-05"]


def test_an_undated_lead_reads_the_day_its_opening_names_once_the_story_dates_it(analyse):
    """An undated article: its lead event names no day, the next sentence does ('A band played at the reception on
    Monday'); dated by its story, the lead takes that day as a dated article would (up to three days before the
    story's publication day), not the story's publication day."""
    from sitrep.extract.event_anchors import redate

    text = (
        "Peruvian President Dina Boluarte hosted Chilean President Gabriel Boric at the Government Palace in Lima. "
        "A military band played at the reception on Monday, officials said."
    )
    doc, ments = analyse(text)
    cands = doc_event_candidates(doc, ments, None)
    lead = [c for c in cands if c["start_char"] == 0]
    assert lead and all(c["event_date"] is None and c["lead_hints"]["weekday"] == 0 for c in lead)
    thursday = date(2024, 11, 7)
    assert {c["event_date"] for c in redate(lead, thursday)} == {"2024-11-04"}
    assert {c["event_date"] for c in redate(lead, date(2024, 11, 9))} == {"2024-11-09"}  # Monday too far back
    dated = doc_event_candidates(doc, ments, thursday)  # the same article with a publication date
    assert {c["event_date"] for c in dated if c["start_char"] == 0} == {"2024-11-04"}


def test_a_background_day_long_before_publication_is_not_carried(analyse):
    """'X was attacked on March 2.' then a sentence with no day of its own: weeks later that sentence tells the
    news of the report (publication day); within days of the named day, the day carries on."""
    text = (
        "Ruritanian envoy Ana Ruiz was attacked in Santiago on March 2. "
        "Chilean President Luis Vega met Ruritanian President Marco Paz in Santiago."
    )
    for published, expected in ((date(2024, 4, 12), "2024-04-12"), (date(2024, 3, 5), "2024-03-02")):
        doc, ments = analyse(text)
        meetings = [c for c in doc_event_candidates(doc, ments, published) if c["event_type"] == "CONSULT"]
        assert meetings and meetings[-1]["event_date"] == expected, (published, meetings)


def test_an_undated_article_does_not_carry_a_background_day_long_before_its_story(analyse):
    """The same in an article with no publication date, dated by its story: a day named weeks before the story's
    publication day is a background happening's, not the day of the news told after it."""
    from sitrep.extract.event_anchors import redate

    text = (
        "Ruritanian envoy Ana Ruiz was attacked in Santiago on March 2. "
        "Chilean President Luis Vega met Ruritanian President Marco Paz in Santiago."
    )
    doc, ments = analyse(text)
    meetings = [c for c in doc_event_candidates(doc, ments, None) if c["event_type"] == "CONSULT"]
    assert meetings and all(c["event_date"] is None for c in meetings)
    for anchor, expected in ((date(2024, 4, 12), "2024-04-12"), (date(2024, 3, 5), "2024-03-02")):
        assert {c["event_date"] for c in redate(meetings, anchor)} == {expected}, anchor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intent with no time of its own happens when it is told
        ("The Ruritanian government said on Monday that it was ready to hold talks with Chile.", "2024-11-04"),
        # the day of the telling is past although what is told is announced
        ("Chile said on Wednesday it would send aid to Peru.", "2024-11-06"),
    ],
)
def test_an_announced_event_without_a_day_of_its_own_takes_the_day_it_was_told(analyse, text, expected):
    doc, ments = analyse(text)
    cands = [c for c in doc_event_candidates(doc, ments, PUBLISHED) if c["event_status"] == "planned"]
    assert cands and cands[0]["event_date"] == expected, cands


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        ("At least nine villagers were killed when jets struck the market on Monday, medics said.", "ASSAULT", 3),
        ("Three soldiers were wounded when gunmen ambushed their patrol on Sunday.", "ASSAULT", 2),
        ("Two officers were hurt while rioters clashed with the police on Saturday night.", "PROTEST", 1),  # a riot
    ],
)
def test_a_main_clause_takes_the_day_of_its_when_clause(nlp, text, etype, day):
    doc = nlp(text)
    found = [
        c for c in doc_event_candidates(doc, entities.doc_mentions(doc), date(2025, 3, 4)) if c["event_type"] == etype
    ]
    assert found and found[0]["event_date"] == f"2025-03-0{day}", found
