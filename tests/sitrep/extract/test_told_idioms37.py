"""Round 37: wrongs told by an idiom or by hostile speech are the speaker's accusation of the clause's subject
(``told_idioms``, ``data/told_idioms.tsv``): 'said the government had blood on its hands', '"Bordurian ministers
are making anti-Ruritanian statements," Ana Ruiz said'. Sentences of our own."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("told_idioms.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['verb']}-{r['object']}" for r in ROWS])
def test_every_told_idiom_accuses_the_doer(event_roles, row):
    roles = event_roles(row["example"], "ACCUSE")
    targets = {who for role, who in roles if role == "target"}
    assert any(role == "source" for role, _ in roles), roles
    assert targets and not {"Ana Ruiz", "Ruritanian"} & targets, roles


def test_the_named_doer_is_the_target(event_roles):
    roles = event_roles("The Ruritanian foreign minister said Borduria was pouring oil on the fire.", "ACCUSE")
    assert ("target", "Borduria") in roles, roles


@pytest.mark.parametrize(
    "text",
    [
        # the idiom's preposition missing: a literal sentence
        "The Ruritanian hospital said the clinic had blood for two days of surgery.",
        # negated
        "The Ruritanian minister said the Bordurian army did not have blood on its hands.",
        # a pronoun subject: a claim of one's own
        "The Ruritanian minister said it had blood on its hands.",
        # speech with no prefix of hostility
        "The Ruritanian envoy said Bordurian officials had made statements about the border.",
        # a prefix on another noun than the speech noun
        "The Ruritanian envoy said Bordurian officials had made statements at an anti-war rally.",
    ],
)
def test_no_accusation_without_the_whole_idiom(event_roles, text):
    assert not event_roles(text, "ACCUSE"), text


def test_the_kinds_are_known():
    assert {r["kind"] for r in ROWS} == {"idiom", "speech"}
    assert all(r["prep"] for r in ROWS if r["kind"] == "speech")
