"""Classes of sentences seen in the tuning half of Reuters 2, tested on sentences of our own.

An event noun in a cause phrase ('after', 'following': ``data/cause_preps.tsv``) told as news, with a named doer in
its 'from' / 'by' phrase, is an event of its own, with that doer as its source (never the subject of the verb the
phrase hangs on); a definite or possessive one is known background and stays uncoded."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import dyads, types


@pytest.mark.parametrize("row", read_tsv("cause_preps.tsv"), ids=lambda r: r["prep"])
def test_every_cause_preposition_codes_its_example(nlp, row):
    found = dyads(nlp, row["example"], row["plover"])
    assert any(row["source"] in src for src, _ in found), found


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Shares in the port operator fell after an attack by Hezbollah on the harbour.", "ASSAULT", "Hezbollah"),
        (
            "The rally was called off following an appeal from Amnesty International.",
            "REQUEST",
            "Amnesty International",
        ),
        ("Oil prices rose on Monday after a threat from Iran to close the strait.", "THREATEN", "Iran"),
        ("The miners went back to work after an ultimatum from Anglo American.", "THREATEN", "Anglo American"),
    ],
)
def test_a_cause_noun_with_a_named_doer_is_an_event_of_its_own(nlp, text, etype, source):
    found = dyads(nlp, text, etype)
    assert any(source in src for src, _ in found), found


def test_the_subject_of_the_governing_verb_is_not_the_doer(nlp):
    found = dyads(nlp, "Protests grew after an attack by Hamas on an army base.", "ASSAULT")
    assert found and all("Protests" not in src for src, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices rose after the invasion by Russia.",
        "Talks stalled after Iran's threat to close the strait.",
        "Markets recovered after an offensive by the army.",
    ],
)
def test_background_or_unnamed_cause_nouns_stay_uncoded(nlp, text):
    assert not types(nlp, text) & {"ASSAULT", "THREATEN"}
