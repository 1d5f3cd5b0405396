"""A person's state told by a descriptive appositive (``appositive_states``): each row of
``data/service_members.tsv`` runs on its example; and the appositives that tell no state. Sentences of our own."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.entities import doc_mentions, resolve_entities
from sitrep.extract.entity_names import fold

SERVICE = read_tsv("service_members.tsv")


def _country(nlp, text: str, name: str) -> str | None:
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(text))}])
    return {fold(r["canonical_name"]): r for r in rows}[fold(name)]["country_iso3"]


@pytest.mark.parametrize("row", SERVICE, ids=[r["word"] for r in SERVICE])
def test_service_member_example(nlp, row: dict) -> None:
    assert _country(nlp, row["example"], "Tomas Lind") == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg, a Russian-born businessman, was detained in Kenya on Monday.",
        "Ana Berg, a US-based analyst, was detained in Kenya on Monday.",
    ],
)
def test_compound_demonyms_tell_no_state(nlp, text: str) -> None:
    assert _country(nlp, text, "Ana Berg") not in ("RUS", "USA")


def test_demonym_appositive_beats_the_place(nlp) -> None:
    assert _country(nlp, "Tomas Lind, a British soldier, was killed in Iraq on Sunday.", "Tomas Lind") == "GBR"


def test_own_title_keeps_its_country(nlp) -> None:
    text = "Kenyan Foreign Minister Ana Berg, a former Ugandan refugee, spoke in Nairobi."
    assert _country(nlp, text, "Ana Berg") == "KEN"


def test_a_clause_after_a_plural_demonym_is_no_list(nlp) -> None:
    assert _country(nlp, "Police told the Kenyans, John Smith said on Monday.", "John Smith") != "KEN"


def test_fronted_clause_with_a_plural_demonym(nlp) -> None:
    assert _country(nlp, "After meeting the Kenyans, John Smith flew home to Oslo.", "John Smith") != "KEN"
