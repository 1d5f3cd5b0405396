"""A state body named inside a person's title ("the Peruvian army spokesman X", "Peruvian Southern Command
spokesman X") lets the country before it reach the person; each entry of ``title_bodies`` on the list's own
example, and a word outside the list, which must not (sentences of our own)."""

from __future__ import annotations

import json

import pytest

from sitrep.extract import entities, entity_vocab

SPEC = json.loads(entity_vocab.VOCAB_FILE.read_text(encoding="utf-8"))["title_bodies"]


def _country(nlp, text: str, name: str) -> str | None:
    got = [m for m in entities.doc_mentions(nlp(text)) if m["surface"] == name]
    assert got, (text, name)
    return got[0]["country_iso3"]


@pytest.mark.parametrize("word", sorted(SPEC["words"]))
def test_each_title_body_passes_the_country_to_the_person(nlp, word: str) -> None:
    assert _country(nlp, SPEC["example"].replace("{word}", word), SPEC["name"]) == "PER"


def test_a_word_outside_the_list_stops_the_title(nlp) -> None:
    assert _country(nlp, SPEC["example"].replace("{word}", "vale"), SPEC["name"]) is None


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("Analysts met in Accra. Kenyan Eastern Command spokesman Major Tom Biwott said the drills went on.",
         "Tom Biwott", "KEN"),
        ("Traders met in Lima. The Chilean central bank governor Rosa Vial raised rates on Friday.", "Rosa Vial",
         "CHL"),
    ],
)  # fmt: skip
def test_untagged_body_name_in_a_title(nlp, text: str, name: str, iso3: str) -> None:
    assert _country(nlp, text, name) == iso3


def test_lower_case_body_in_a_title_is_the_body_named_before(nlp) -> None:
    text = (
        "Ghana's Interior Ministry said on Monday that the border would stay shut. "
        '"We will review it," ministry spokesman Kofi Mensah told reporters in Lome.'
    )
    assert _country(nlp, text, "Kofi Mensah") == "GHA"


def test_no_body_named_before_leaves_the_title_without_country(nlp) -> None:
    text = 'Talks ended in Lome on Monday. "We will review it," ministry spokesman Kofi Mensah told reporters.'
    assert _country(nlp, text, "Kofi Mensah") is None


AFFILIATION = json.loads(entity_vocab.VOCAB_FILE.read_text(encoding="utf-8"))["affiliation_nouns"]


@pytest.mark.parametrize("word", sorted(AFFILIATION["words"]))
def test_each_affiliation_noun_gives_the_organisation_country(nlp, word: str) -> None:
    assert _country(nlp, AFFILIATION["example"].replace("{word}", word), AFFILIATION["name"]) == "PER"


def test_an_appositive_without_a_post_gives_no_country(nlp) -> None:
    assert _country(nlp, AFFILIATION["example"].replace("{word}", "visit"), AFFILIATION["name"]) is None


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("Officials met in Lima on Monday. Kenya's ambassador to Peru, Paul Njoro, said the talks went well.",
         "Paul Njoro", "KEN"),
        ("Officials met in Lima on Monday. Tanzania's Ambassador in Moscow Ali Said met officials.", "Ali Said",
         "TZA"),
    ],
)  # fmt: skip
def test_an_envoys_posting_is_not_the_envoys_country(nlp, text: str, name: str, iso3: str) -> None:
    assert _country(nlp, text, name) == iso3


def test_appositive_post_outranks_a_bare_place_glued_before_the_name(nlp) -> None:
    text = (
        "Talks ended in Lagos on Monday. ANALYSIS: What the deal means for South Sudan Luis Vega, a fellow at the "
        "Peruvian Institute of Strategic Studies, said the deal was fragile."
    )
    assert _country(nlp, text, "Luis Vega") == "PER"
