"""Organisations take their last readings (``state_institutions``, names, agencies) before persons are placed, so a
person named by an institution in their title takes its state's country ('Justice Department spokesman X') rather
than the places of the report; a kind of institution every state has, in sentences naming no country, takes the one
country its articles name."""

from __future__ import annotations

from sitrep.extract.entities import doc_mentions, resolve_entities


def _countries(nlp, text: str) -> dict[str, str | None]:
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(text))}])
    return {r["canonical_name"]: r["country_iso3"] for r in rows if r["entity_type"] in ("ORG", "PERSON")}


def test_a_spokesman_of_a_listed_institution_takes_its_state(nlp) -> None:
    text = (
        "Justice Department spokesman Tom Reller said in Washington that two Russian agents were charged. "
        "The hackers worked in Moscow and Kazan for Russia."
    )
    got = _countries(nlp, text)
    assert got.get("Justice Department") == "USA" and got.get("Tom Reller") == "USA", got


def test_an_institution_of_a_state_the_report_does_not_name_gives_its_spokesman_nothing_of_it(nlp) -> None:
    text = "Justice Department spokesman Tom Reller said two agents were charged. The hackers worked in Moscow."
    got = _countries(nlp, text)
    assert got.get("Justice Department") is None and got.get("Tom Reller") == "RUS", got


def test_a_parliament_takes_the_one_country_of_its_article(nlp) -> None:
    text = "The opposition walked out of Hungarian talks on Monday. Parliament passed the bill on Tuesday."
    assert _countries(nlp, text).get("Parliament") == "HUN"


def test_a_parliament_in_an_article_naming_two_countries_gets_none(nlp) -> None:
    text = "Hungarian and Austrian talks ended on Monday. Parliament passed the bill on Tuesday."
    assert _countries(nlp, text).get("Parliament") is None
