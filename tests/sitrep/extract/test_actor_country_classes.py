"""Classes of actor country the text gives or withholds, on sentences of our own: regional adjectives name no
country, an organisation's appositive names its country, a common-phrase dictionary name yields to the one
country its sentence names, and a group actor takes the sentence's one country only when the text ties it to
the group (not when only the other side of the event holds it)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.extract import actor_dictionary, entity_vocab, gazetteer
from sitrep.extract.entities import doc_mentions, resolve_entities
from sitrep.extract.entity_names import fold
from sitrep.extract.pipeline import analyze_articles, assemble
from tests.sitrep.extract.coding import group_countries as coded_group_countries


def _entities(nlp, text: str) -> dict[str, dict]:
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(text))}])
    return {fold(r["canonical_name"]): r for r in rows}


@pytest.mark.parametrize("text", ["South American", "West Africans", "Southeast Asian", "Latin American"])
def test_regional_adjective_names_no_country(text: str) -> None:
    assert gazetteer.regional_demonym(text)
    assert gazetteer.demonym_iso3(text) is None


@pytest.mark.parametrize("text", ["American", "South African", "North Korean", "Central African"])
def test_state_demonyms_are_not_regional(text: str) -> None:
    assert not gazetteer.regional_demonym(text)
    assert gazetteer.demonym_iso3(text)


def test_regional_people_mention_has_no_country(nlp) -> None:
    got = _entities(nlp, "Several South American governments recalled their envoys from the summit in Seville.")
    assert got.get("south american", {}).get("country_iso3") is None, got


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("The Liberty Party, Chile's main opposition group, accused the cabinet of fraud.", "liberty party", "CHL"),
        ("The Green Alliance, the Danish environmental movement, staged a march.", "green alliance", "DNK"),
    ],
)
def test_organisation_appositive_gives_its_country(nlp, text: str, name: str, iso3: str) -> None:
    assert _entities(nlp, text)[name]["country_iso3"] == iso3


def test_common_phrase_dictionary_name_is_recognised() -> None:
    assert actor_dictionary.generic_org_name("National Front")
    assert not actor_dictionary.generic_org_name("People's Liberation Army")  # a state's own army
    assert not actor_dictionary.generic_org_name("Hezbollah")


def test_common_phrase_name_takes_its_sentence_country(nlp) -> None:
    text = "Leaders of the National Front gathered in Lille to pick a French presidential candidate."
    assert _entities(nlp, text)["national front"]["country_iso3"] == "FRA"


#: (sentence, group name as coded, the country the group must have: None for none)
GROUP_CASES = [
    ("Gunmen ambushed a convoy of Pakistani soldiers near the border on Friday.", "militants", None),
    ("Masked gunmen opened fire on Ghanaian peacekeepers at a checkpoint.", "militants", None),
    ("West African leaders condemned the coup in the capital on Tuesday.", "government", None),
    ("Ecuadorian police detained dozens of students after the march on Monday.", "students", "ECU"),
    ("Gunmen killed two Iraqi policemen in Mosul on Sunday.", "militants", "IRQ"),
    ("Rebels ambushed a British convoy outside Kandahar.", "rebels", "AFG"),
    ("Crowds gathered in Quito on Saturday. Riot police dispersed the protesters with tear gas.", "protesters", "ECU"),
    ("Benin and Niger reopened their border. Police seized tons of fuel from smugglers.", "police", None),
]


@pytest.fixture(scope="module")
def group_countries(nlp) -> dict[str, dict[str, set]]:
    """Article id -> group entity name -> its countries, every case one article, months apart."""
    return coded_group_countries(nlp, [text for text, _, _ in GROUP_CASES], "g", date(2003, 1, 1))


@pytest.mark.parametrize(("i", "case"), list(enumerate(GROUP_CASES)), ids=[c[0][:40] for c in GROUP_CASES])
def test_group_country_only_when_the_text_ties_it(group_countries, i: int, case: tuple) -> None:
    text, group, iso3 = case
    got = group_countries.get(f"g{i}", {})
    assert got.get(group) == {iso3}, (text, got)


def test_slip_of_a_country_the_article_names_is_that_country(nlp) -> None:
    got = _entities(nlp, "Somlia has agreed to reopen its airspace, the Somali transport ministry said.")
    assert got.get("somalia", {}).get("country_iso3") == "SOM", got


def test_a_changed_letter_is_another_name_not_a_slip(nlp) -> None:
    got = _entities(nlp, "Greene met the Greek ambassador in Athens on Monday.")
    assert "greece" not in got, got


VOCAB = json.loads(entity_vocab.VOCAB_FILE.read_text(encoding="utf-8"))


def _fill(template: str, word: str) -> str:
    return template.replace("{Word}", word[:1].upper() + word[1:])


@pytest.mark.parametrize("word", sorted(VOCAB["domestic_org_heads"]["words"]))
def test_each_domestic_body_takes_its_sentence_country(nlp, word: str) -> None:
    spec = VOCAB["domestic_org_heads"]
    got = _entities(nlp, _fill(spec["example"], word))
    assert got[fold(_fill(spec["name"], word))]["country_iso3"] == "PER", got


@pytest.mark.parametrize("word", sorted(VOCAB["transnational_words"]["words"]))
def test_each_transnational_word_withholds_the_sentence_country(nlp, word: str) -> None:
    spec = VOCAB["transnational_words"]
    got = _entities(nlp, _fill(spec["example"], word))
    assert got[fold(_fill(spec["name"], word))]["country_iso3"] is None, got
    plain = _entities(nlp, _fill(spec["example"], word).replace(f"{word.capitalize()} ", ""))
    assert plain["cordova party"]["country_iso3"] == "PER", plain


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Aid convoys reached the Gaza Strip on Tuesday.", "gaza strip", "PSE"),
    ("Tanker trucks queued outside Kuwait City overnight.", "kuwait city", "KWT"),
])  # fmt: skip
def test_a_place_the_actor_tables_list_stays_a_place(nlp, text: str, name: str, iso3: str) -> None:
    got = _entities(nlp, text)[name]
    assert (got["entity_type"], got["country_iso3"]) == ("GPE", iso3), got


def test_a_party_takes_the_country_of_the_place_its_members_rally_in(nlp) -> None:
    text = "Supporters of the Liberty Party rallied across the Gaza Strip on Sunday."
    assert _entities(nlp, text)["liberty party"]["country_iso3"] == "PSE"


def test_a_ministry_in_a_sentence_without_country_takes_the_article_country(nlp) -> None:
    text = "A cyclone struck southern Madagascar on Sunday. The Health Ministry sent doctors to the coast."
    assert _entities(nlp, text)["health ministry"]["country_iso3"] == "MDG"


@pytest.mark.parametrize(("word", "iso3"), [("Sandinista", "NIC"), ("Peronist", "ARG"), ("Basque", "ESP")])
def test_a_movement_adjective_takes_its_listed_organisations_country(word: str, iso3: str) -> None:
    assert actor_dictionary.movement_country(word) == iso3


@pytest.mark.parametrize("word", ["Kurdish", "Maoist", "Jewish", "Socialist", "Green"])
def test_a_movement_word_of_several_states_or_transnational_bodies_gives_none(word: str) -> None:
    assert actor_dictionary.movement_country(word) is None


def test_a_group_named_by_a_movement_takes_its_country(nlp) -> None:
    articles = [{"article_id": "m0", "body": "Peronist lawmakers rejected the new pension bill on Thursday.",
                 "published_at": date(2004, 5, 1)}]  # fmt: skip
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    countries = {e["entity_id"]: e.get("country_iso3") for e in out["entities"]}
    sources = {countries[p["entity_id"]] for p in out["event_participants"] if p["role"] == "source"}
    assert "ARG" in sources, out["event_participants"]


def test_a_country_where_it_happened_ties_the_group_even_when_coded_as_target(nlp) -> None:
    text = "The army-backed government declared a state of emergency in Bolivia on Friday, diplomats said."
    articles = [{"article_id": "s0", "body": text, "published_at": date(2004, 9, 1)}]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    countries = {e["entity_id"]: e.get("country_iso3") for e in out["entities"]}
    sources = {countries[p["entity_id"]] for p in out["event_participants"] if p["role"] == "source"}
    assert sources == {"BOL"}, out["event_participants"]
