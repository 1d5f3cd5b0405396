"""An announced act takes no day from a past relative clause of a person ('senators who travelled on March 12'),
and the day of the saying that tells it is past (sitrep/extract/person_clauses.py, event_dates._said_on)."""

from datetime import date

from sitrep.extract.events import doc_event_candidates
from sitrep.extract.person_clauses import outside_person_clauses, person_clause_chars

#: a Wednesday: its Monday before is the 15th, its Friday after the 19th
PUBLISHED = date(2021, 3, 17)


def _dates(analyse, text: str, etype: str) -> list:
    doc, ments = analyse(text)
    return [c["event_date"] for c in doc_event_candidates(doc, ments, PUBLISHED) if c["event_type"] == etype]


def test_a_past_relative_clause_of_persons_does_not_date_the_announced_act(analyse):
    got = _dates(
        analyse,
        "Poland's border agency has made a decision to impose sanctions on several Czech senators who travelled "
        "to Minsk on March 12 for a two-day visit, a spokesman for the agency said on Monday.",
        "SANCTION",
    )
    assert got and "2021-03-12" not in got, got
    assert "2021-03-15" in got, got  # told on Monday, not set for the Monday to come


def test_the_day_of_the_saying_that_tells_an_announced_act_is_past(analyse):
    got = _dates(
        analyse,
        "Poland's border agency has made a decision to impose sanctions on several Czech senators, a spokesman "
        "for the agency said on Monday.",
        "SANCTION",
    )
    assert got and all(d == "2021-03-15" for d in got), got


def test_a_present_relative_clause_tells_the_coming_occasion_and_keeps_its_day(analyse):
    got = _dates(
        analyse,
        "Chile's president will host the Peruvian leader, who arrives in Santiago on Friday, for talks on trade.",
        "CONSULT",
    )
    assert got and all(d == "2021-03-19" for d in got), got


def test_only_past_clauses_of_persons_not_holding_the_trigger_are_set_apart(analyse):
    doc, _ = analyse(
        "Norway will expel two Belgian diplomats whose driver met the rebel leader on Saturday. "
        "Norway will expel two Belgian diplomats, who are expected in Oslo on Saturday."
    )
    first, second = list(doc.sents)[:2]
    expel = next(t for t in first if t.lower_ == "expel")
    held = person_clause_chars(first, expel)
    assert first.text.index("Saturday") in held
    assert first.text.index("expel") not in held
    assert not person_clause_chars(second, next(t for t in second if t.lower_ == "expel"))  # present: kept
    met = next(t for t in first if t.lower_ == "met")
    assert not person_clause_chars(first, met)  # the clause that holds the trigger keeps its days

    class Expr:  # a time expression's sentence-relative offsets
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    day = Expr(first.text.index("Saturday"), first.text.index("Saturday") + 8)
    assert outside_person_clauses(first, expel, [day]) == []
    assert outside_person_clauses(first, met, [day]) == [day]
