"""The article's home country as the last-resort setting of actors the text leaves without a country (open
groups such as 'police' and 'the authorities', a ministry named without its state), and a country-less speaker
taking the country that is the subject of the clause they report; on articles of our own."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.article_setting import home_country, setting_of
from sitrep.extract.entities import doc_mentions, resolve_entities
from sitrep.extract.entity_names import fold
from tests.sitrep.extract.coding import group_countries as coded_group_countries


def test_home_country_is_the_dateline_country_the_text_names_again() -> None:
    text = "MAPUTO (Reuters) - Mozambique's leader flew to Pretoria."
    assert home_country(text, [(0, "MOZ"), (19, "MOZ"), (50, "ZAF")]) == "MOZ"
    assert home_country(text, [(0, "MOZ"), (50, "ZAF")]) is None  # the dateline's own name does not count
    assert home_country(text, [(19, "MOZ"), (50, "ZAF"), (60, "ZAF")]) is None  # named less than another


def test_home_country_without_dateline_is_the_one_country_named() -> None:
    assert home_country("Police fired on students. Ecuador mourned.", [(30, "ECU"), (40, None)]) == "ECU"
    assert home_country("Benin and Niger reopened their border.", [(0, "BEN"), (10, "NER")]) is None


def test_home_country_without_dateline_is_none_when_several_are_named() -> None:
    text = "Police fired on students."
    assert home_country(text, [(i, "ECU") for i in range(5)] + [(9, "PER")]) is None


def test_setting_of_a_sentence_naming_no_country() -> None:
    assert setting_of({"ECU"}, "PER") == "ECU"  # the one country named so far comes first
    assert setting_of({"MOZ", "ZAF"}, "MOZ") == "MOZ"  # several: the home country among them
    assert setting_of({"ZAF", "GBR"}, "MOZ") is None  # not among them: none
    assert setting_of(set(), "ECU") == "ECU"  # nothing named yet: the home country
    assert setting_of({"BEN", "NER"}, None) is None


#: (article, group name as coded, the country the group must have: None for none)
CASES = [
    (
        "MAPUTO (Reuters) - Mozambique's president returned to Mozambique from a summit in South Africa on Sunday. "
        "On Monday police fired tear gas at protesters near the port.",
        "protesters",
        "MOZ",
    ),
    (
        "MAPUTO (Reuters) - Mozambique's president returned to Mozambique from a summit in South Africa on Sunday. "
        "The authorities later detained dozens of students near the port.",
        "Mozambique",  # a state's government the article names is coded as that state
        "MOZ",
    ),
    (
        "Police fired tear gas at students on Monday. The clashes were the worst Ecuador has seen in years.",
        "police",
        "ECU",
    ),
    (
        "Ghana's president flew to London on Sunday for talks. On Monday police arrested dozens of traders at a "
        "market.",
        "police",
        None,
    ),
    (
        "BAMAKO, Mali (AP) - Soldiers in Mali detained the president on Tuesday, witnesses said. France urged the "
        "government to hold elections within a year.",
        "Mali",
        "MLI",
    ),
    ("The government recalled its ambassador from France on Monday, citing national security.", "government", None),
    (
        "ISLAMABAD (Reuters) - Pakistan's parliament debated the drone strikes on Monday. Protesters burned "
        "American flags outside the building.",
        "protesters",
        "PAK",
    ),
    (
        "BAMAKO, Mali (AP) - Thousands rallied in the Malian capital on Friday. Demonstrators denounced France "
        "and its military presence on Saturday.",
        "protesters",
        "MLI",
    ),
    (
        "Chile's cabinet met on Sunday. Officials said Chile would keep the new tax despite objections from "
        "Peru. Police later arrested dozens of protesters near the building.",
        "police",
        None,
    ),
    (
        "KINSHASA (Reuters) - Congo's army retook two towns in Congo on Friday. A Rwandan businessman offered "
        "the services of his fighters on Saturday.",
        "militants",
        None,
    ),
    (
        "QUITO (Reuters) - Peru closed its border crossings on Monday. Ecuadorian police detained dozens of "
        "students after the march.",
        "students",
        "ECU",
    ),
]


@pytest.fixture(scope="module")
def group_countries(nlp) -> dict[str, dict[str, set]]:
    """Article id -> group entity name -> its countries, every case one article, months apart."""
    return coded_group_countries(nlp, [text for text, _, _ in CASES], "h", date(2005, 1, 1))


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0][:40] for c in CASES])
def test_open_group_takes_the_article_setting(group_countries, i: int, case: tuple) -> None:
    text, group, iso3 = case
    got = group_countries.get(f"h{i}", {})
    assert got.get(group) == {iso3}, (text, got)


def _entities(nlp, text: str) -> dict[str, dict]:
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(text))}])
    return {fold(r["canonical_name"]): r for r in rows}


def test_a_ministry_without_its_country_takes_the_dateline_country(nlp) -> None:
    text = (
        "LUSAKA (Reuters) - Zambia's president met Chinese officials on Friday to discuss debt relief.\n"
        "The Foreign Affairs ministry said on Saturday it had summoned the ambassador over remarks about mining."
    )
    got = _entities(nlp, text)
    assert got["foreign affairs ministry"]["country_iso3"] == "ZMB", got


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("Officials of the Ministry of Finance met bankers in Lima on Monday.", "ministry of finance", "PER"),
        ("The Party of Labour rallied its members in Lima on Monday.", "party of labour", "PER"),
        ("The Organization of American States met in Lima on Monday.", "organization of american states", None),
    ],
)
def test_a_body_named_with_of_is_headed_by_the_word_before_it(nlp, text: str, name: str, iso3: str | None) -> None:
    got = _entities(nlp, text)
    assert got[name]["country_iso3"] == iso3, got


def test_a_ministry_in_a_report_of_several_countries_without_dateline_stays_open(nlp) -> None:
    text = (
        "Zambia's president met Chinese officials on Friday to discuss debt relief.\n"
        "The Foreign Affairs ministry said on Saturday it had summoned the ambassador over remarks about mining."
    )
    assert _entities(nlp, text)["foreign affairs ministry"]["country_iso3"] is None


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        (
            "Portugal will not retaliate against the tariffs Washington imposed on cork, the minister of trade and "
            "industry, Joaquim Ferreirinha, said on Tuesday.",
            "joaquim ferreirinha",
            "PRT",
        ),
        (
            "Chile is working to reopen two crossings that Argentina closed, Foreign Minister Ana Valdivieso said.",
            "ana valdivieso",
            "CHL",
        ),
        (
            "Chile is working to reopen two crossings that Argentina closed, Bolivian Foreign Minister Ana "
            "Valdivieso said.",
            "ana valdivieso",
            "BOL",
        ),
        (
            "Chile must reopen the two crossings that Argentina closed, Foreign Minister Ana Valdivieso said.",
            "ana valdivieso",
            None,
        ),
    ],
)
def test_a_speaker_takes_the_country_of_the_clause_subject(nlp, text: str, name: str, iso3: str | None) -> None:
    got = _entities(nlp, text)
    assert got[name]["country_iso3"] == iso3, got
