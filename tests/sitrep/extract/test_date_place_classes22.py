"""Date and place classes of round 22, read from the tuning halves' misses of the unseen collections and tested
on invented reports through the real spaCy pipeline."""

from __future__ import annotations

from datetime import date

from sitrep.extract import entities, events


def _dates(nlp, text: str, published: date) -> dict[str, str | None]:
    doc = nlp(text)
    return {
        c["event_type"]: c["event_date"]
        for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), published)
    }


# --- the lead's day: the act's own day, not the day the statement telling it was made

FRIDAY = date(2031, 5, 9)


def test_a_lead_takes_the_act_day_told_after_the_statement_day(nlp):
    found = _dates(
        nlp,
        "Norway has refused to issue a visa to a senior Amnesty International researcher. Amnesty said on Friday "
        "that the researcher had received a rejection letter on May 5, months after the application was filed.",
        FRIDAY,
    )
    assert found["REJECT"] == "2031-05-05"


def test_a_lead_takes_a_weekday_of_the_past_week(nlp):
    found = _dates(
        nlp,
        "Norway has refused to issue a visa to a senior Amnesty International researcher. The rights group had "
        "heard nothing back until Monday, when a letter arrived.",
        FRIDAY,
    )
    assert found["REJECT"] == "2031-05-05"


def test_a_lead_keeps_the_publication_day_when_the_day_named_is_weeks_back(nlp):
    found = _dates(
        nlp,
        "Norway has refused to issue a visa to a senior Amnesty International researcher. Amnesty said on Friday "
        "that the researcher had received a rejection letter on April 20, months after the application was filed.",
        FRIDAY,
    )
    assert found["REJECT"] == "2031-05-09"


# --- 'the city's airport': a site whose possessor is 'the city' lies in the city named before it


def _places(nlp, text: str, etype: str) -> list[tuple[str | None, str | None]]:
    doc = nlp(text)
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), FRIDAY)
    return [(c.get("location_name"), c.get("location_country_iso3")) for c in cands if c["event_type"] == etype]


def test_an_attack_on_the_city_s_airport_is_placed_in_the_city_named_before(nlp):
    text = "Iraqi troops advancing on the western districts of Mosul stormed the city's airport on Thursday."
    assert _places(nlp, text, "ASSAULT") == [("Mosul", "IRQ")]


def test_the_city_s_market_with_no_city_named_is_in_no_city(nlp):
    text = "Syrian government forces shelled the city's main market on Friday, killing 12 people."
    assert all(name in (None, "Syria") for name, _ in _places(nlp, text, "ASSAULT"))


def test_a_site_of_a_named_city_keeps_that_city(nlp):
    text = "Iraqi troops advancing from Baghdad stormed Mosul airport on Thursday."
    assert _places(nlp, text, "ASSAULT") == [("Mosul", "IRQ")]
