"""Acts named as what a noun of aim, weight or idea is about (``named_aims``, ``data/named_aims.tsv``), through the
real spaCy pipeline on invented sentences: a gerund after 'of' on such a noun ('the priority of fighting the rebels')
codes no event of its category, each entry with an effect of its own (without the entry the example codes it); an
event noun after such a noun, a finite clause, the weighing act itself and the same acts told as done stay."""

from __future__ import annotations

import pytest

from sitrep.extract import named_aims
from sitrep.extract.named_aims import examples
from tests.sitrep.extract.coding import readings, types


@pytest.mark.parametrize("row", examples(), ids=lambda r: f"{r['word']}-{r['plover']}")
def test_named_aim_examples_code_nothing(nlp, row):
    assert row["plover"] not in types(nlp, row["example"]), readings(nlp, row["example"])


@pytest.mark.parametrize("row", examples(), ids=lambda r: f"{r['word']}-{r['plover']}")
def test_each_entry_has_an_effect(nlp, row, monkeypatch):
    monkeypatch.setattr(named_aims, "_nouns", lambda: frozenset())
    assert row["plover"] in types(nlp, row["example"]), readings(nlp, row["example"])


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Officials in Borduria stressed the priority of fighting the rebels and arresting Syldavian smugglers.",
            "COERCE",
        ),
        ("The Bordurian president stressed the importance of continuing to meet Syldavia's leaders.", "CONSULT"),
    ],
)  # fmt: skip
def test_joined_and_governed_gerunds_code_nothing(nlp, text, plover):
    assert plover not in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Borduria expelled Syldavia's diplomats on Monday.", "SANCTION"),
        ("Bordurian officials rejected the idea of imposing sanctions on Syldavia.", "REJECT"),
        ("Bordurian troops fought the Syldavian rebels, in line with the government's goal of security.", "ASSAULT"),
        ("Borduria's president met Syldavia's leaders, stressing the importance of the talks.", "CONSULT"),
    ],
)  # fmt: skip
def test_acts_told_as_done_stay(nlp, text, plover):
    assert plover in types(nlp, text), readings(nlp, text)
