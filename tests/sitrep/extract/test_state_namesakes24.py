"""A US state named like a country, and a weekday after a surname, on sentences of our own."""

from __future__ import annotations

from sitrep.extract.entities import doc_mentions
from sitrep.extract.state_namesakes import state_place


def _places(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m["surface"]: (m.get("kind"), m.get("country_iso3")) for m in doc_mentions(nlp(text))}


def test_a_state_court_with_a_us_city_is_the_us_state(nlp):
    got = _places(nlp, "A Georgia judge jailed two smugglers on Tuesday in a court outside Savannah.")
    assert got["Georgia"] == ("region", "USA"), got


def test_the_state_of_is_the_us_state(nlp):
    text = "Two farmers were fined after a brawl at a county fair in the US state of Georgia."
    ments = doc_mentions(nlp(text))
    got = {m["surface"]: (m.get("kind"), m.get("country_iso3")) for m in ments}
    assert got["Georgia"] == ("region", "USA"), got
    assert state_place(ments, "Georgia")["location_country_iso3"] == "USA"


def test_the_country_stays_the_country_among_its_own_places(nlp):
    got = _places(nlp, "Georgia protested to Moscow after troops moved the fence near Tbilisi and Abkhazia.")
    assert got["Georgia"] == ("country", "GEO"), got


def test_the_country_backed_from_washington_stays_the_country(nlp):
    got = _places(nlp, "Officials in Washington said the United States backed Georgia in its bid to join NATO.")
    assert got["Georgia"] == ("country", "GEO"), got


def test_a_weekday_after_a_surname_is_no_part_of_the_name(nlp):
    ments = doc_mentions(nlp("The premier will hold talks with Macron Thursday at the palace."))
    assert "Macron" in {m["surface"] for m in ments if m["label"] == "PERSON"}, ments
    assert not [m for m in ments if "Thursday" in m["surface"]], ments
