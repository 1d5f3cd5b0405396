"""Each text form of an actor's country runs on its example from ``data/country_cues.tsv``; plus what must not
happen (a bare surname, a fronted participle, a visitor's title)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sitrep.extract import actor_cues
from sitrep.extract.entities import doc_mentions, resolve_entities
from sitrep.extract.entity_names import fold

CUES_FILE = Path(actor_cues.__file__).parent / "data" / "country_cues.tsv"
CUES = list(csv.DictReader(CUES_FILE.open(encoding="utf-8"), delimiter="\t"))


def _entities(nlp, *texts: str) -> dict[str, dict]:
    analyses = [{"article_id": f"a{n}", "mentions": doc_mentions(nlp(t))} for n, t in enumerate(texts)]
    rows, _ = resolve_entities(analyses)
    return {fold(r["canonical_name"]): r for r in rows}


def test_cue_file_is_well_formed() -> None:
    assert len(CUES) >= 10
    for row in CUES:
        assert row["name"] in row["example"], row
        assert len(row["country"]) == 3, row


@pytest.mark.parametrize("row", CUES, ids=[r["cue"] for r in CUES])
def test_country_cue_example(nlp, row: dict) -> None:
    entities = _entities(nlp, row["example"])
    got = entities.get(fold(row["name"]))
    assert got is not None, sorted(entities)
    assert got["country_iso3"] == row["country"], got


def test_bare_surname_takes_no_dictionary_country(nlp) -> None:
    # (a distinctive surname that data/office_holders.tsv lists bare, 'Obama', 'Trump', reads its country)
    entities = _entities(nlp, "Sanders spoke at a fundraiser on Saturday.")
    assert entities.get("sanders", {}).get("country_iso3") is None


def test_fronted_participle_is_no_appositive(nlp) -> None:
    entities = _entities(nlp, "After meeting the Chinese envoy, Maria Gonzalez said the visit went well.")
    assert entities["maria gonzalez"]["country_iso3"] is None


def test_own_title_beats_a_clause_before_the_comma(nlp) -> None:
    text = "Expelling the senior Indian diplomat, Foreign Minister Lena Holm spoke to reporters."
    assert _entities(nlp, text)["lena holm"]["country_iso3"] != "IND"


def test_same_office_in_a_list_is_not_shared(nlp) -> None:
    text = "The French President Paul Girard and President Ana Lima of Brazil met in Paris."
    assert _entities(nlp, text)["ana lima"]["country_iso3"] != "FRA"


def test_delegation_does_not_reach_its_hosts(nlp) -> None:
    text = "A Kenyan delegation met Foreign Minister Hana Berhe in Asmara on Monday."
    assert _entities(nlp, text)["hana berhe"]["country_iso3"] != "KEN"


def test_international_organisations_get_no_country(nlp) -> None:
    entities = _entities(nlp, "NATO and the European Union issued a joint statement on Monday.")
    assert entities["nato"]["country_iso3"] is None


def test_fronted_prepositional_phrase_is_no_appositive(nlp) -> None:
    entities = _entities(nlp, "According to the Chinese ambassador, Peter Hansen said the visit went well.")
    assert entities["peter hansen"]["country_iso3"] is None


def test_appositive_after_a_preposition(nlp) -> None:
    text = "The minister held talks in Lusaka with his Zambian counterpart, John Banda, on Monday."
    assert _entities(nlp, text)["john banda"]["country_iso3"] == "ZMB"


def test_sentence_country_for_an_untitled_national_office_holder(nlp) -> None:
    text = "Angolan rebels said on Monday that President Jose Santos must resign before any talks."
    assert _entities(nlp, text)["jose santos"]["country_iso3"] == "AGO"


def test_sentence_country_ignores_places_and_foreign_agents(nlp) -> None:
    text = "Officials said President Maria Lopes arrived in Norway and Sweden for talks on fishing quotas."
    assert _entities(nlp, text)["maria lopes"]["country_iso3"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Tom Berg, a lawyer who sued the Chilean government, spoke to reporters on Monday.",
        "Tom Berg, a reporter who met with the Chilean government, spoke to reporters on Monday.",
    ],
)
def test_a_relative_clause_acting_on_a_state_body_gives_no_country(nlp, text: str) -> None:
    assert _entities(nlp, text)["tom berg"]["country_iso3"] is None


def test_a_relative_clause_serving_a_state_body_gives_its_country(nlp) -> None:
    text = "Ana Ruiz, an economist who worked for the Chilean government until 2010, criticised the plan."
    assert _entities(nlp, text)["ana ruiz"]["country_iso3"] == "CHL"


def _context_country(nlp, text: str, name: str) -> str | None:
    return next(m["context_country"] for m in doc_mentions(nlp(text)) if m["surface"] == name)


def test_a_state_told_what_it_should_do_is_not_the_speakers(nlp) -> None:
    told = "Chile should punish those behind the attacks, Foreign Minister Maria Gonzalez said on Monday."
    assert _context_country(nlp, told, "Maria Gonzalez") is None
    own = "Chile will punish those behind the attacks, Foreign Minister Maria Gonzalez said on Monday."
    assert _context_country(nlp, own, "Maria Gonzalez") == "CHL"
