"""A warning that foresees what befalls someone or something ('may become uninhabitable', 'would collapse') is no
THREATEN; a person's 'it' is a thing ('he warned it could lead to ...'); warnings of what a party will do, or of
a penalty the warned will face, stay threats. Sentences of our own."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded


def _types(nlp, text):
    return {c["event_type"] for c in coded(nlp, text)}


@pytest.mark.parametrize("row", read_tsv("befalling_verbs.tsv"), ids=lambda r: r["verb"])
def test_a_warning_of_what_befalls_is_no_threat(nlp, row):
    assert "THREATEN" not in _types(nlp, row["example"]), coded(nlp, row["example"])


@pytest.mark.parametrize(
    "text",
    [
        "The senator said the bill was wrong. He warned it could lead to endless negotiations.",
        "She warned it would take years to rebuild the port.",
    ],
)
def test_a_persons_it_is_a_thing(nlp, text):
    assert "THREATEN" not in _types(nlp, text), coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy warned that Iran would face consequences.",
        "Moscow warned that it would retaliate against any strike.",
        "He warned that the army would strike back.",
        "Turkey warned Greece not to send warships to the islands.",
    ],
)
def test_warnings_of_what_a_party_will_do_stay_threats(nlp, text):
    assert "THREATEN" in _types(nlp, text), coded(nlp, text)
