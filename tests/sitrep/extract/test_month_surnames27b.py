"""A surname that is a month's name, read by the model as a date, is the person when a finite verb follows it and
no preposition or time word stands before it (round 27b, ``month_surnames``). Invented people and places through
the real spaCy pipeline."""

from __future__ import annotations

from sitrep.extract import entities

TEXT = (
    "Ruritanian Finance Minister Ilona May met union leaders in Vostograd on Monday. May wrote in the Vostograd "
    "Herald that the cuts would work. Talks will begin in late May. The vote is due in May 2031."
)


def _persons(nlp, text: str) -> list[tuple[int, str]]:
    return [(m["start_char"], m["surface"]) for m in entities.doc_mentions(nlp(text)) if m["label"] == "PERSON"]


def test_surname_with_a_verb_is_the_person(nlp):
    persons = _persons(nlp, TEXT)
    assert (TEXT.index("May wrote"), "May") in persons


def test_month_dates_stay_dates(nlp):
    persons = {s for s, _ in _persons(nlp, TEXT)}
    assert TEXT.index("May.") not in persons
    assert TEXT.index("May 2031") not in persons


def test_no_month_person_without_the_full_name(nlp):
    text = "May brought heavy rain to Vostograd. May was the wettest month in a decade."
    assert not _persons(nlp, text)
