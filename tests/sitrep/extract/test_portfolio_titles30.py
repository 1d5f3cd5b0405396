"""A title over two places joined by 'and' names the region a post covers, not the holder's state
(``portfolio_titles``): the real mention extraction and corpus resolution on sentences of our own."""

from __future__ import annotations

from sitrep.extract.entities import doc_mentions, resolve_entities


def _countries(nlp, text: str) -> dict[str, str | None]:
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(text))}])
    return {r["canonical_name"]: r["country_iso3"] for r in rows if r["entity_type"] == "PERSON"}


def test_a_citizenship_appositive_gives_the_state_beside_a_pair_of_places(nlp) -> None:
    text = "The rights group said its Peru and Chile director Ana Vell, a US citizen, was denied a work permit."
    assert _countries(nlp, text).get("Ana Vell") == "USA"


def test_a_pair_of_places_in_a_title_gives_no_state(nlp) -> None:
    text = "The rights group said its Peru and Chile director Ana Vell was denied a work permit."
    assert _countries(nlp, text).get("Ana Vell") != "CHL"


def test_one_place_before_a_title_still_gives_its_state(nlp) -> None:
    text = "Peru and Chile signed the pact, Chilean President Ana Vell said."
    assert _countries(nlp, text).get("Ana Vell") == "CHL"
