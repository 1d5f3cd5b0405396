"""A personal pronoun agrees in sex with the person it stands for ("Mr Yee's lawyer, Sandra Grossman, said he was
arrested": Yee; ``pronoun_genders``, ``data/gendered_titles.tsv``, ``data/given_genders.tsv``). Sentences of our
own."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("gendered_titles.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_a_titled_person_takes_the_pronoun_of_their_sex(event_roles, row):
    roles = event_roles(row["example"], row["category"])
    assert any(role == "target" and row["party"] in name for role, name in roles), (row["example"], roles)


@pytest.mark.parametrize(
    ("text", "etype", "target", "not_target"),
    [
        (
            "Mr Yee's lawyer, Sandra Grossman, said he was arrested by police in Houston on Monday.",
            "COERCE",
            "Yee",
            "Sandra Grossman",
        ),
        (
            "John Smith's lawyer, Sandra Grossman, said he was arrested by police in Houston on Monday.",
            "COERCE",
            "John Smith",
            "Sandra Grossman",
        ),
        (
            "Susan Lopez's lawyer, David Brown, said she was arrested by police in Houston on Monday.",
            "COERCE",
            "Susan Lopez",
            "David Brown",
        ),
    ],
)
def test_a_given_name_tells_the_sex(event_roles, text, etype, target, not_target):
    roles = event_roles(text, etype)
    assert ("target", target) in roles, roles
    assert ("target", not_target) not in roles, roles


def test_a_pronoun_of_the_speakers_sex_stays_the_speakers(event_roles):
    roles = event_roles("John Smith's lawyer, Sandra Grossman, said she was arrested by police in Houston.", "COERCE")
    assert ("target", "Sandra Grossman") in roles, roles


def test_unknown_names_agree_with_either(event_roles):
    roles = event_roles("Obi Nwosu's lawyer, Chidi Eze, said he was arrested by police in Lagos on Monday.", "COERCE")
    assert ("target", "Chidi Eze") in roles, roles


@pytest.mark.parametrize(("pronoun", "source"), [("She", "Susan Lopez"), ("He", "John Smith")])
def test_a_subject_pronoun_skips_the_nearer_person_of_the_other_sex(event_roles, pronoun, source):
    text = (
        f"Susan Lopez arrived in Lima on Monday. John Smith met the mayor. {pronoun} later accused the police of lying."
    )
    assert ("source", source) in event_roles(text, "ACCUSE")
