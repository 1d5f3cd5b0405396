"""Round 12 classes of actors: people who receive aid are its target (refugees, displaced families), the people an
arrest takes are its target rather than the place it happens in, an official the dictionary lists with an
international body keeps no country, and a photographer's credit run into the text names no actor. Sentences
of our own, each class in several phrasings."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.extract import entities, entity_vocab, event_arg_groups, events
from sitrep.extract.resolution import resolve_entities


def _targets(nlp, text: str, etype: str) -> list[tuple[str, str | None]]:
    """(group or surface, country) of the targets of the first event of ``etype``."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m for m in ments}
    cands = [c for c in events.doc_event_candidates(doc, ments, None) if c["event_type"] == etype]
    assert cands, text
    out = []
    for p in cands[0]["participants"]:
        if p["role"] == "source":
            continue
        m = by_idx.get(p["mention_idx"]) or {}
        out.append((p.get("group") or m.get("surface"), p.get("country_iso3") or m.get("country_iso3")))
    return out


@pytest.mark.parametrize(
    "text,etype,country",
    [
        ("The European Union will provide 300 tonnes of flour to refugees fleeing the conflict in Burundi.", "AID",
         "BDI"),
        ("Canada donated two million dollars to help Syrian refugees.", "AID", "SYR"),
        ("Sweden pledged tents and medicine for displaced families from Eritrea.", "AGREE", "ERI"),
        ("The Red Cross provided shelter to Sudanese refugees in Chad.", "AID", "SDN"),
    ],
)  # fmt: skip
def test_people_who_receive_aid_are_its_target(nlp, text, etype, country):
    assert ("refugees", country) in _targets(nlp, text, etype)


@pytest.mark.parametrize(
    "text,country",
    [
        ("The intelligence agency arrested several suspects in Karachi after the bombing.", "PAK"),
        ("Soldiers detained dozens of young men in Mosul.", "IRQ"),
        ("Several suspects were arrested in Karachi on Sunday, police said.", "PAK"),
    ],
)
def test_an_arrest_takes_people_not_the_place_it_happens_in(nlp, text, country):
    found = _targets(nlp, text, "COERCE")
    assert found and all(name == "civilians" and iso3 == country for name, iso3 in found), found


def test_an_attack_on_a_place_keeps_the_place_as_its_target(nlp):
    assert ("Goma", "COD") in _targets(nlp, "Rebel fighters shelled Goma on Sunday.", "ASSAULT")


@pytest.mark.parametrize(
    "text,photographer,kept",
    [
        ("Police detained Tomas Vell in Tarsia on Monday. REUTERS/Anna Kessler", "Kessler", None),
        ("Vell spoke at a rally in Tarsia. REUTERS/Anna Kessler Vell, who heads the Civic Front, was detained.",
         "Kessler", "Vell"),
        ("A protester waves a flag in Lima. (AP Photo/Ben Curtis) The police fired tear gas.", "Curtis", None),
        ("Tomas Vell arrives at court in Lima. Photo by Simon Maina/Wire", "Maina", "Tomas Vell"),
    ],
)  # fmt: skip
def test_a_photo_credit_names_no_actor(nlp, text, photographer, kept):
    surfaces = [m["surface"] for m in entities.doc_mentions(nlp(text))]
    assert not any(photographer in s for s in surfaces), surfaces
    if kept:
        assert kept in surfaces, surfaces


@pytest.mark.parametrize("word", sorted(entity_vocab.CREDIT_WORDS))
def test_each_credit_word_marks_a_photographer(nlp, word):
    vocab = json.loads(entity_vocab.VOCAB_FILE.read_text(encoding="utf-8"))["credit_words"]
    text = vocab["example"].replace("{Word}", word[:1].upper() + word[1:])
    assert vocab["name"] not in [m["surface"] for m in entities.doc_mentions(nlp(text))]


def test_a_name_without_a_credit_stays(nlp):
    text = "Police detained Tomas Vell in Tarsia on Monday. Maria Lopez said the arrest was lawful."
    assert "Maria Lopez" in [m["surface"] for m in entities.doc_mentions(nlp(text))]


def test_an_international_official_takes_no_country_from_the_places_named(nlp):
    doc = nlp("Secretary-General Kofi Annan urged calm after clashes in Baghdad on Monday.")
    rows, _ = resolve_entities([{"article_id": "a1", "mentions": entities.doc_mentions(doc)}], {"a1": date(2000, 1, 3)})
    (annan,) = [r for r in rows if r["canonical_name"].endswith("Annan")]
    assert annan["country_iso3"] is None


def test_the_people_an_arrest_takes_are_its_target_without_a_place(nlp):
    assert _targets(nlp, "Ruritanian police said on Monday they had detained 20 suspects.", "COERCE") == [
        ("civilians", None)
    ]


@pytest.mark.parametrize(
    "text,group,country",
    [
        ("Japanese Officials met Chinese Officials in Geneva on Monday.", "government", "JPN"),
        ("U.S. Diplomats protested the detention of the reporter.", "government", "USA"),
        ("Turkish Police detained the reporter.", "police", "TUR"),
    ],
)
def test_a_capitalised_group_noun_is_read_as_the_lower_case_one(nlp, text, group, country):
    doc = nlp(text)
    head = next(t for t in doc if t.text.lower() in {"officials", "diplomats", "police"})
    assert event_arg_groups.group_of(head) == (group, "ORG")
    assert event_arg_groups.group_actor(head)["country_iso3"] == country


@pytest.mark.parametrize(
    "text,country",
    [
        ("Norway began an investigation into allegations that Russia had spied on its citizens.", "RUS"),
        ("Peru opened an inquiry into claims that Chile had bribed officials.", "CHL"),
        ("Germany began an inquiry into reports Turkey had monitored exiles.", "TUR"),
    ],
)
def test_an_inquiry_into_a_claim_targets_the_one_it_accuses(nlp, text, country):
    assert [iso3 for _, iso3 in _targets(nlp, text, "ACCUSE")] == [country]
