"""Round 38: compelling by a circumstance is no coercion (``caused_acts``, ``data/caused_acts.tsv``): a happening or
a circumstance as the forcer, or an agentless passive with a phrase of cause that names no actor, tells why someone
acted; a named coercer, an agentless passive with no such phrase and a cause that names an actor keep the
coercion. A statement given or provided, a message delivered or brought is no appeal and no criticism
(``data/trigger_senses.tsv``, round 38 rows)."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import readings, role_words, types

EXAMPLES = [r for r in read_tsv("caused_acts.tsv") if r["example"]]


@pytest.mark.parametrize("row", EXAMPLES, ids=lambda r: f"{r['kind']}-{r['word']}")
def test_compelled_by_a_circumstance_is_no_coercion(nlp, row):
    assert "COERCE" not in types(nlp, row["example"]), readings(nlp, row["example"])


def test_a_named_coercer_keeps_the_coercion(nlp):
    text = "Rebels forced the Ruritanian villagers to leave their homes on Monday."
    sources = {w.lower() for w in role_words(nlp, text, "COERCE", "source")}
    assert any("rebel" in w for w in sources), readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian minister was forced to resign on Monday after revelations about his contacts.",
        "The Ruritanian minister was forced to resign due to pressure from Freedonia.",
        "Ruritanian villagers were forced to leave their homes by the rebels.",
    ],
)
def test_a_passive_with_no_circumstance_named_keeps_the_coercion(nlp, text):
    assert "COERCE" in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Ruritanian prime minister will give a statement to parliament on Monday.", "REQUEST"),
        ("In a statement provided by a spokeswoman, the Ruritanian minister said the border was open.", "REQUEST"),
        ("The Ruritanian president delivered a message of unity in his speech to parliament.", "ACCUSE"),
    ],
)
def test_a_statement_or_message_is_no_appeal_nor_criticism(nlp, text, etype):
    assert etype not in types(nlp, text), readings(nlp, text)
