"""Mentions from spaCy Docs and corpus-wide entity resolution (uses the session spaCy fixture)."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from sitrep.extract.entities import doc_mentions, entity_id_for, resolve_entities
from sitrep.extract.entity_names import fold

ARTICLES = {
    "a1": (
        "Cuban President Miguel Díaz-Canel received Gen. Nikolai Patrushev in Havana on Monday. "
        "Patrushev's delegation also met Raúl Castro, the former Cuban leader. "
        "Díaz-Canel said the talks were fruitful, and Castro praised the visit."
    ),
    "a2": (
        "Russian Interior Minister Vladimir Kolokoltsev arrived in Havana, where he was received by his "
        "Cuban counterpart, Alberto Álvarez. Kolokoltsev later met Miguel Diaz-Canel Bermudez. "
        "Fidel Castro was not mentioned by the Russian Federation."
    ),
    "a3": (
        "Pictures show Cuban Interior Minister Lázaro Alberto Álvarez Casas attended the meeting with "
        "Nikolay Patrushev, the Russian Security Council secretary. Russia and Cuba signed a memorandum."
    ),
    "a4": (
        "Russian Foreign Minister Sergey Lavrov met his Malian counterpart, Abdoulaye Diop, in Bamako. "
        "Sergei Lavrov's visit was the first by a Russian foreign minister. Lavrov thanked Mali. "
        "The Russian foreign minister then flew to Nouakchott."
    ),
    "a5": "The talks were held shortly after Turkey's prime minister visited Baku.",
    "a6": "Venezuelan President Nicolás Maduro arrived in Moscow with his wife, Cilia Flores, on Friday.",
    "a7": "Chinese President Xi Jinping met UN Secretary-General António Guterres. Xi said ties must improve.",
    "a8": "Saudi Crown Prince Mohammed bin Salman met Egyptian President Abdel Fattah el-Sisi. Sisi's spokesman "
    "Ahmed Fahmy confirmed it.",
}


@pytest.fixture(scope="module")
def analyses(nlp) -> list[dict]:
    docs = nlp.pipe(ARTICLES.values())
    return [{"article_id": aid, "mentions": doc_mentions(doc)} for aid, doc in zip(ARTICLES, docs, strict=True)]


@pytest.fixture(scope="module")
def resolved(analyses):
    return resolve_entities(analyses)


def _entity_of(resolved, analyses, article_id: str, surface: str) -> dict:
    entities, mention_entity = resolved
    by_id = {e["entity_id"]: e for e in entities}
    for a in analyses:
        if a["article_id"] != article_id:
            continue
        for m in a["mentions"]:
            if m["surface"] == surface:
                return by_id[mention_entity[(article_id, m["idx"])]]
    raise AssertionError(f"no mention {surface!r} in {article_id}: {[m['surface'] for m in a['mentions']]}")


def test_mentions_have_exact_offsets_and_clean_surfaces(analyses) -> None:
    for a in analyses:
        body = ARTICLES[a["article_id"]]
        assert [m["idx"] for m in a["mentions"]] == list(range(len(a["mentions"])))
        for m in a["mentions"]:
            assert body[m["start_char"] : m["end_char"]] == m["surface"]
            assert not m["surface"].endswith(("'s", "’s"))
            json.dumps(m)  # records stay JSON-serialisable
    surfaces = {m["surface"] for a in analyses for m in a["mentions"]}
    assert "Patrushev" in surfaces  # possessive stripped from "Patrushev's"
    assert "Nikolai Patrushev" in surfaces  # title "Gen." kept out of the name


def test_title_becomes_role_and_demonym_country(analyses) -> None:
    a1 = {m["surface"]: m for m in analyses[0]["mentions"]}
    assert a1["Miguel Díaz-Canel"]["country_iso3"] == "CUB"
    assert a1["Miguel Díaz-Canel"]["role"] == "President"
    assert a1["Nikolai Patrushev"]["title"] == "Gen."
    a2 = {m["surface"]: m for m in analyses[1]["mentions"]}
    assert a2["Vladimir Kolokoltsev"]["country_iso3"] == "RUS"
    assert a2["Vladimir Kolokoltsev"]["role"] == "Interior Minister"
    assert a2["Alberto Álvarez"]["country_iso3"] == "CUB"  # "his Cuban counterpart, Alberto Álvarez"
    assert a2["Russian Federation"]["label"] == "GPE"


def test_variants_resolve_to_one_person_with_the_fullest_accented_name(resolved, analyses) -> None:
    dc = _entity_of(resolved, analyses, "a1", "Miguel Díaz-Canel")
    assert _entity_of(resolved, analyses, "a1", "Díaz-Canel") is dc
    assert _entity_of(resolved, analyses, "a2", "Miguel Diaz-Canel Bermudez") is dc
    assert dc["country_iso3"] == "CUB"
    assert dc["entity_type"] == "PERSON"
    assert fold(dc["canonical_name"]) in {"miguel diaz-canel", "miguel diaz-canel bermudez"}
    assert "í" in dc["canonical_name"]  # accents restored from the accented variant

    patrushev = _entity_of(resolved, analyses, "a1", "Nikolai Patrushev")
    assert _entity_of(resolved, analyses, "a3", "Nikolay Patrushev") is patrushev
    assert patrushev["country_iso3"] == "RUS"
    assert patrushev["num_articles"] == 2

    alvarez = _entity_of(resolved, analyses, "a2", "Alberto Álvarez")
    assert alvarez["canonical_name"] == "Lázaro Alberto Álvarez Casas"
    assert set(alvarez["aliases"]) == {"Alberto Álvarez", "Lázaro Alberto Álvarez Casas"}

    lavrov = _entity_of(resolved, analyses, "a4", "Lavrov")
    assert _entity_of(resolved, analyses, "a4", "Sergey Lavrov") is lavrov
    assert _entity_of(resolved, analyses, "a4", "Sergei Lavrov") is lavrov


def test_people_sharing_a_surname_stay_apart(resolved, analyses) -> None:
    raul = _entity_of(resolved, analyses, "a1", "Raúl Castro")
    fidel = _entity_of(resolved, analyses, "a2", "Fidel Castro")
    assert raul["entity_id"] != fidel["entity_id"]
    assert _entity_of(resolved, analyses, "a1", "Castro") is raul  # surname-only: the Castro of that article


def test_countries_resolve_with_iso3(resolved, analyses) -> None:
    russia = _entity_of(resolved, analyses, "a3", "Russia")
    assert _entity_of(resolved, analyses, "a2", "Russian Federation") is russia
    assert russia["country_iso3"] == "RUS" and russia["canonical_name"] == "Russia"
    havana = _entity_of(resolved, analyses, "a1", "Havana")
    assert havana["entity_type"] == "GPE" and havana["country_iso3"] == "CUB"


def test_every_mention_gets_an_entity_and_ids_are_stable(resolved, analyses) -> None:
    entities, mention_entity = resolved
    assert len(mention_entity) == sum(len(a["mentions"]) for a in analyses)
    assert len({e["entity_id"] for e in entities}) == len(entities)
    shuffled = analyses[:]
    random.Random(7).shuffle(shuffled)
    entities2, mention_entity2 = resolve_entities(shuffled)
    assert mention_entity2 == mention_entity
    assert sorted(e["entity_id"] for e in entities2) == sorted(e["entity_id"] for e in entities)
    dc = _entity_of(resolved, analyses, "a1", "Miguel Díaz-Canel")
    assert dc["entity_id"] == entity_id_for(dc["canonical_name"], "PERSON")


def test_devset_entity_pairs(nlp, shared_dir) -> None:
    """Mention pairs of gold aliases on the dev set: same gold entity <=> same predicted entity."""
    gold = json.loads((shared_dir / "devset" / "gold.json").read_text())
    docs = sorted((shared_dir / "devset" / "docs").glob("*.txt"))
    bodies = {p.name: p.read_text(encoding="utf-8").split("\n", 2)[-1] for p in docs}
    analyses = [
        {"article_id": name, "mentions": doc_mentions(doc)}
        for name, doc in zip(bodies, nlp.pipe(bodies.values()), strict=True)
    ]
    _, mention_entity = resolve_entities(analyses)
    labeled = []
    for ent in gold["entities"]:
        aliases = {fold(a).removesuffix("'s") for a in ent["aliases"]}
        for a in analyses:
            if a["article_id"] in ent["docs"]:
                labeled += [
                    (ent["canonical"], mention_entity[(a["article_id"], m["idx"])])
                    for m in a["mentions"]
                    if fold(m["surface"]) in aliases
                ]
    same_gold = Counter()
    both = same_pred = 0
    for i, (g1, p1) in enumerate(labeled):
        for g2, p2 in labeled[i + 1 :]:
            same_gold[g1 == g2] += 1
            same_pred += p1 == p2
            both += g1 == g2 and p1 == p2
    precision, recall = both / same_pred, both / same_gold[True]
    assert precision >= 0.97 and recall >= 0.97, (precision, recall)


def test_unnamed_office_holders(resolved, analyses) -> None:
    """ "the Russian foreign minister" is Lavrov when the corpus names him; otherwise a role entity."""
    lavrov = _entity_of(resolved, analyses, "a4", "Sergey Lavrov")
    assert _entity_of(resolved, analyses, "a4", "The Russian foreign minister") is lavrov
    assert lavrov["canonical_name"] == "Sergey Lavrov"
    pm = _entity_of(resolved, analyses, "a5", "Turkey's prime minister")
    assert pm["entity_type"] == "PERSON" and pm["country_iso3"] == "TUR"
    assert pm["canonical_name"] == "Prime minister of Turkey"


def test_spouse_shares_country(resolved, analyses) -> None:
    assert _entity_of(resolved, analyses, "a6", "Nicolás Maduro")["country_iso3"] == "VEN"
    assert _entity_of(resolved, analyses, "a6", "Cilia Flores")["country_iso3"] == "VEN"


def test_east_asian_surname_first_and_hyphenated_titles(resolved, analyses) -> None:
    xi = _entity_of(resolved, analyses, "a7", "Xi Jinping")
    assert _entity_of(resolved, analyses, "a7", "Xi") is xi
    assert xi["country_iso3"] == "CHN" and xi["role"] == "President"
    assert _entity_of(resolved, analyses, "a7", "António Guterres")["role"] == "UN Secretary-General"


def test_arabic_names_and_crown_titles(resolved, analyses) -> None:
    mbs = _entity_of(resolved, analyses, "a8", "Mohammed bin Salman")
    assert mbs["country_iso3"] == "SAU" and mbs["role"] == "Crown Prince"
    sisi = _entity_of(resolved, analyses, "a8", "Abdel Fattah el-Sisi")
    assert _entity_of(resolved, analyses, "a8", "Sisi") is sisi
    assert sisi["country_iso3"] == "EGY"
    surfaces = {m["surface"] for a in analyses if a["article_id"] == "a8" for m in a["mentions"]}
    assert "Saudi" in surfaces and "Crown" not in surfaces


def test_office_holder_tagged_with_his_portfolio_as_one_organisation_is_a_person(nlp):
    from sitrep.extract.entities import doc_mentions

    doc = nlp("Lavrov held talks with South African Minister of International Relations and Cooperation Naledi Pandor.")
    found = {m["surface"]: m["label"] for m in doc_mentions(doc)}
    assert found.get("Naledi Pandor") == "PERSON"
    assert not any("Relations" in s for s in found)
    doc = nlp("He wrote to the Ministry of Foreign Affairs of Russia and the Minister of Health and Social Care.")
    labels = {m["surface"]: m["label"] for m in doc_mentions(doc)}
    assert "PERSON" not in labels.values()


def _resolve_texts(nlp, texts: list[str]) -> tuple[list[dict], dict]:
    analyses = [{"article_id": f"a{i}", "mentions": doc_mentions(nlp(t))} for i, t in enumerate(texts)]
    rows, mention_entity = resolve_entities(analyses)
    return rows, {(aid, m["surface"]): mention_entity[(aid, m["idx"])] for a in analyses for aid in [a["article_id"]]
                  for m in a["mentions"]}  # fmt: skip


def test_an_international_body_takes_no_country_from_a_possessive(nlp) -> None:
    texts = [
        "Portugal's EU membership brought new roads to the north, the mayor of Braga said on Tuesday.",
        "The EU said on Wednesday that it would extend the fishing quotas. Portugal's Socialist Party welcomed it.",
    ]
    rows, _ = _resolve_texts(nlp, texts)
    by_name = {r["canonical_name"]: r for r in rows}
    eu = next(r for r in rows if "EU" in r["aliases"])
    assert eu["country_iso3"] is None, eu
    # a party the possessive heads keeps the country
    party = next(r for n, r in by_name.items() if "Socialist Party" in n)
    assert party["country_iso3"] == "PRT", party


def test_a_region_coded_group_takes_no_country_from_a_cue_or_another_article(nlp) -> None:
    texts = [
        "A Lebanese cell of the Al-Aqsa Martyrs Brigades claimed the rocket attack on Monday.",
        "The Al-Aqsa Martyrs Brigades said on Tuesday it would stop the attacks.",
    ]
    rows, _ = _resolve_texts(nlp, texts)
    group = next(r for r in rows if r["canonical_name"] == "Al-Aqsa Martyrs Brigades")
    assert group["country_iso3"] is None, group
    assert any(r["country_iso3"] == "LBN" for r in rows)  # the demonym itself keeps its country


def test_a_bare_given_name_joins_no_one_of_another_article(nlp) -> None:
    texts = [
        "Trade Minister Rosa Carlos visited Lima on Monday. Rosa Fuentes, her deputy, stayed in Quito.",
        "Carlos said the harvest had been poor this year. Fuentes said prices would rise.",
    ]
    _, ent_of = _resolve_texts(nlp, texts)
    assert ent_of[("a1", "Carlos")] != ent_of[("a0", "Rosa Carlos")]
    # a bare surname that is no given name still joins the person the corpus names in full
    assert ent_of[("a1", "Fuentes")] == ent_of[("a0", "Rosa Fuentes")]


def test_a_first_name_an_article_used_for_its_person_is_no_bridge_to_another_article(nlp) -> None:
    """'Ahmed' is no given name of the dictionary's list, but the corpus only ever opens a name with it: the
    bare 'Ahmed' of another article is not that person, whatever the first article called him."""
    texts = [
        "Ahmed Salah met the mayor in Lima on Monday. Ahmed said the talks went well.",
        "Police said Ahmed was arrested in Quito on Tuesday after a fight at a bar.",
        "On Wednesday, Salah told reporters the talks would go on.",
    ]
    _, ent_of = _resolve_texts(nlp, texts)
    assert ent_of[("a0", "Ahmed")] == ent_of[("a0", "Ahmed Salah")]  # inside the article, the first name joins
    assert ent_of[("a1", "Ahmed")] != ent_of[("a0", "Ahmed Salah")]
    assert ent_of[("a2", "Salah")] == ent_of[("a0", "Ahmed Salah")]  # a surname still joins across articles


def test_a_short_surname_first_joins_a_known_person_of_another_article(nlp) -> None:
    texts = ["Chinese President Xi Jinping met the mayor in Lima on Monday.", "Xi said trade would grow."]
    _, ent_of = _resolve_texts(nlp, texts)
    assert ent_of[("a1", "Xi")] == ent_of[("a0", "Xi Jinping")]


def test_a_city_the_model_took_for_a_person_is_a_place_unless_a_known_persons_name(nlp) -> None:
    """'Jaffna' tagged PERSON is the city; 'Bush' (a town's name too) is the surname of a person the actor
    dictionary knows and stays a person."""
    doc = nlp("Police said Jaffna was quiet after the storm.")
    (jaffna,) = [m for m in doc_mentions(doc) if m["surface"] == "Jaffna"]
    assert (jaffna["model_label"], jaffna["label"], jaffna["country_iso3"]) == ("PERSON", "GPE", "LKA")
    (bush,) = [m for m in doc_mentions(nlp("Bush said the war was over.")) if m["surface"] == "Bush"]
    assert bush["label"] == "PERSON"


def test_a_person_named_by_a_second_given_name_gets_the_first_the_dictionary_writes(nlp) -> None:
    """The shipped dictionary writes one given name before 'Tayyip Erdogan'; a name it never extends keeps
    the article's form, and an article's full form is never cut."""
    texts = [
        "Tayyip Erdogan flew to Baku on Sunday. Erdogan said the pipeline deal was close.",
        "Trade Minister Rosa Fuentes visited Lima on Monday.",
    ]
    rows, ent_of = _resolve_texts(nlp, texts)
    name = {r["entity_id"]: r["canonical_name"] for r in rows}
    assert name[ent_of[("a0", "Erdogan")]] == "Recep Tayyip Erdogan"
    assert name[ent_of[("a1", "Rosa Fuentes")]] == "Rosa Fuentes"


def test_a_bare_surname_goes_to_the_articles_main_subject_not_a_passing_namesake(nlp) -> None:
    text = (
        "President Donald Trump welcomed the Peruvian president to the White House on Monday. "
        "Trump promised new trade talks. First lady Melania Trump showed the guests the East Room. "
        "The two delegations then held a working lunch with their trade ministers and went through the tariffs on "
        "copper, avocados, fishmeal and steel for more than an hour, aides to both leaders told reporters afterwards. "
        "The Peruvian guest thanked his hosts. Trump later said the talks would begin in May."
    )
    analyses = [{"article_id": "b1", "mentions": doc_mentions(nlp(text))}]
    entities, mention_entity = resolve_entities(analyses)
    by_id = {e["entity_id"]: e for e in entities}
    last = max((m for m in analyses[0]["mentions"] if m["surface"] == "Trump"), key=lambda m: m["start_char"])
    assert by_id[mention_entity[("b1", last["idx"])]]["canonical_name"] == "Donald Trump"


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Carlos Vega met the mayor of Lima on Monday. His cousin, opposition deputy Jorge Vega, "
        "also attended. Vega told reporters the meeting was useful.",
        "Interior Minister Carlos Vega met the mayor of Lima on Monday. Vega promised more police for the city, "
        "and Vega also pledged new patrol cars. His cousin, opposition deputy Jorge Vega, said in a statement "
        "that the pledge came too late. Vega's office did not reply to questions.",
    ],
)
def test_a_bare_surname_right_after_a_namesake_goes_to_the_namesake(nlp, text) -> None:
    analyses = [{"article_id": "b2", "mentions": doc_mentions(nlp(text))}]
    entities, mention_entity = resolve_entities(analyses)
    by_id = {e["entity_id"]: e for e in entities}
    last = max((m for m in analyses[0]["mentions"] if m["surface"] == "Vega"), key=lambda m: m["start_char"])
    assert by_id[mention_entity[("b2", last["idx"])]]["canonical_name"] == "Jorge Vega"
