"""Organisations named right after a noun of their kind (``group_appositions``): each row of
``data/group_kind_nouns.tsv`` has an invented sentence whose name comes out as ONE organisation mention, through the
real pipeline; a person named after 'the group,' who speaks stays a person."""

from sitrep.extract import entities
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("group_kind_nouns.tsv")


def _mentions(nlp, text: str) -> dict[str, str]:
    return {m["surface"]: m["label"] for m in entities.doc_mentions(nlp(text))}


def test_each_row_example_is_one_organisation(nlp):
    wrong = []
    for row in ROWS:
        text, name = row["example"].split(" => ")
        got = _mentions(nlp, text)
        if got.get(name) != "ORG":
            wrong.append((name, got))
    assert not wrong, "\n".join(map(str, wrong))


def test_the_named_group_is_the_actor(event_roles):
    got = event_roles("A militant group, Jund Ansar of Sinai, claimed the attack on Monday.", "ASSAULT")
    assert ("source", "Jund Ansar of Sinai") in got, got


def test_a_speaker_after_the_group_stays_a_person(nlp):
    got = _mentions(nlp, "According to the group, Ana Ruiz said the march would go ahead.")
    assert got.get("Ana Ruiz") == "PERSON", got


def test_the_named_group_has_the_country_of_a_state_its_name_holds(nlp):
    got = {
        m["surface"]: m
        for m in entities.doc_mentions(nlp("The militant group Jaish Nasser of Syria attacked a village."))
    }
    assert got["Jaish Nasser of Syria"]["label"] == "ORG" and got["Jaish Nasser of Syria"]["country_iso3"] == "SYR", got


def test_a_quoted_name_after_the_noun_is_the_group(nlp):
    got = _mentions(nlp, 'The militant group "Jund Ansar of Sinai" claimed the attack on Monday.')
    assert got.get("Jund Ansar of Sinai") == "ORG", got
