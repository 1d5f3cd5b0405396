"""An NGO whose Phoenix code names a country after its type ('NGOUSAHRI') is that country's; an NGO coded by a sector
or a region alone stays international (``national_ngos``), through the real mention extraction and resolution."""

from __future__ import annotations

from sitrep.extract.actor_dictionary import Reading
from sitrep.extract.entities import doc_mentions, resolve_entities
from sitrep.extract.national_ngos import ngo_country


def _countries(nlp, text: str) -> dict[str, str | None]:
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(text))}])
    return {r["canonical_name"]: r["country_iso3"] for r in rows if r["entity_type"] in ("ORG", "PERSON")}


def _reading(code: str) -> Reading:
    return Reading("org", None, None, code, None, None)


def test_the_code_names_the_country() -> None:
    assert ngo_country(_reading("NGOUSAHRI")) == "USA"
    assert ngo_country(_reading("NGOSWEDEV")) == "SWE"


def test_a_sector_or_region_is_no_country() -> None:
    assert ngo_country(_reading("NGOHRI")) is None
    assert ngo_country(_reading("NGOAFRDEV")) is None
    assert ngo_country(_reading("NGOCRI")) is None  # a CAMEO sector before Costa Rica
    assert ngo_country(_reading("IGOUSA")) is None
    assert ngo_country(None) is None


def test_a_national_civil_liberties_union_gets_its_country(nlp) -> None:
    got = _countries(nlp, "The ACLU sued the administration on Monday over the new travel rules.")
    assert got.get("ACLU") == "USA", got


def test_a_national_ngo_gets_its_country_in_a_report_from_elsewhere(nlp) -> None:
    got = _countries(nlp, "Freedom House criticised the vote on Monday, officials in Budapest said.")
    assert got.get("Freedom House") == "USA", got


def test_an_international_ngo_stays_without_a_country(nlp) -> None:
    got = _countries(nlp, "Human Rights Watch criticised the vote on Monday, officials in Budapest said.")
    assert got.get("Human Rights Watch") is None, got
