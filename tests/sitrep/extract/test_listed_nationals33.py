"""A country given to the persons listed after a demonym and a plural person noun set off by a comma ("two
Ruritanian officers, A and B": ``actor_cues.plural_appositive``, the plural of a title word in
``actor_cues._is_person_noun``), and legislatures named by their own proper name ("the Rada", "the Dail"), which
the gazetteer lists as seats of their state and ``data/national_bodies.tsv`` as its legislature. Invented
sentences through the real mention extraction and corpus resolution."""

from datetime import date

import pytest

from sitrep.extract.pipeline import analyze_articles, assemble
from tests.sitrep.extract.coding import group_countries


def _countries(nlp, text: str) -> dict[str, str | None]:
    arts = [{"article_id": "a1", "body": text, "published_at": "2017-03-20"}]
    out = assemble(analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
    return {e["canonical_name"]: e["country_iso3"] for e in out["entities"] if e["entity_type"] in ("PERSON", "ORG")}


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors in Boston charged two Russian spies, Pavel Orlov and Oleg Zimin, on Tuesday.",
        "Prosecutors charged Pavel Orlov and Oleg Zimin on Tuesday. Two Russian officers, Orlov and Zimin, paid "
        "a hacker in Boston to break into the bank.",
        "Police in Paris detained three Chinese diplomats, Li Wei, Zhang Min and Chen Hao, on Friday.",
    ],
)
def test_every_person_listed_after_a_plural_demonym_phrase_takes_its_country(nlp, text):
    found = _countries(nlp, text)
    persons = {n: c for n, c in found.items() if " " in n and n[0].isupper() and c != "FRA"}
    expected = "CHN" if "Chinese" in text else "RUS"
    assert persons and all(c == expected for c in persons.values()), found


def test_a_plural_phrase_without_a_country_gives_the_list_none_of_the_place(nlp):
    found = _countries(nlp, "Prosecutors in Boston charged two officers, Pavel Orlov and Oleg Zimin, on Tuesday.")
    assert found.get("Oleg Zimin") != "RUS"


def test_a_singular_appositive_gives_no_country_to_a_name_after_it(nlp):
    found = _countries(nlp, "Prosecutors in Boston charged a Russian spy, Pavel Orlov, and Oleg Zimin on Tuesday.")
    assert found.get("Oleg Zimin") != "RUS"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Rada voted on Thursday to reject the proposal of the Ruritanian government.", "Rada", "UKR"),
        ("The Dail rejected the motion of the opposition after a long debate.", "Dail", "IRL"),
        ("The Riksdag condemned the attacks of the Ruritanian army on Wednesday.", "Riksdag", "SWE"),
        ("The Storting rejected the proposal of the Ruritanian government on Monday.", "Storting", "NOR"),
    ],
)
def test_a_legislature_named_bare_is_its_state_organisation(nlp, text, name, country):
    found = group_countries(nlp, [text], "leg", date(2019, 3, 1))
    assert found.get("leg0", {}).get(name) == {country}, found
