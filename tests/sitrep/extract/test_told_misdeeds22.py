"""A wrongdoing told by someone else is the speaker's allegation against the doer (sentences of our own;
data/told_misdeeds.tsv): 'the minister said opposition newspapers were spreading false information'."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = [r for r in read_tsv("told_misdeeds.tsv") if r["example"]]


@pytest.mark.parametrize("row", ROWS, ids=[r["kind"] + "-" + r["lemma"] for r in ROWS])
def test_every_told_wrongdoing_is_an_allegation(event_roles, row):
    assert any(role == "source" for role, _ in event_roles(row["example"], "ACCUSE")), row["example"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Zimbabwean government said the opposition had rigged the vote in two provinces.",
            "Zimbabwean",
            "opposition",
        ),
        ("The Ethiopian government said Egypt was fuelling unrest in the border regions.", "Ethiopian", "Egypt"),
    ],
)
def test_the_speaker_accuses_the_doer(event_roles, text, source, target):
    roles = event_roles(text, "ACCUSE")
    assert ("source", source) in roles and ("target", target) in roles


def test_a_wrongdoing_told_as_believed_is_alleged_too(event_roles):
    text = "Chile's foreign minister said it believed that Peru was spreading lies about the border."
    assert ("source", "government") in event_roles(text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the newspapers were not spreading false information.",
        "The minister said the newspapers were spreading information about the vaccine.",
        "The minister said the ministry would publish the reports about the army.",
    ],
)
def test_no_wrong_told_is_no_allegation(event_roles, text):
    assert not event_roles(text, "ACCUSE")
