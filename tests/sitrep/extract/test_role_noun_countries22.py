"""A country or demonym before a common noun of the people named right after it gives them its country, as a
title's would ("Russian agents A and B", "the Kenyan rights activist A"; ``actor_cues.role_noun``; the examples
of ``data/country_cues.tsv`` run in test_country_cues.py)."""

from __future__ import annotations

from sitrep.extract.entities import doc_mentions, resolve_entities
from sitrep.extract.entity_names import fold


def _countries(nlp, text: str) -> dict[str, str | None]:
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(text))}])
    return {fold(r["canonical_name"]): r["country_iso3"] for r in rows}


def test_a_plural_role_noun_gives_its_country_to_every_name_listed(nlp) -> None:
    got = _countries(nlp, "Two Chinese nationals Li Wei and Zhang Min were arrested in Lagos on Monday.")
    assert got["li wei"] == "CHN" and got["zhang min"] == "CHN"


def test_a_singular_role_noun_gives_its_country(nlp) -> None:
    got = _countries(nlp, "Russian agent Ivan Dokuchaev hacked the accounts.")
    assert got["ivan dokuchaev"] == "RUS"


def test_a_role_noun_with_no_country_before_it_gives_none(nlp) -> None:
    got = _countries(nlp, "He told reporters John Walsh would resign on Friday.")
    assert got["john walsh"] is None


def test_a_noun_of_an_organisation_is_no_role_noun(nlp) -> None:
    got = _countries(nlp, "German carmaker Volkswagen bought a stake in the Italian football club Juventus.")
    assert got.get("juventus") != "ITA"  # (the club is no person: test_event_agency codes no event for it)
