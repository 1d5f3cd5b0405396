"""Acts coordinated doers do to each other ('A and B accused each other', 'exchanged fire', 'traded accusations',
'clashed'): the first is the source, the others its targets (``reciprocal_sides``, ``data/reciprocal_cues.tsv``;
development samples 2121 and 2727). Sentences of our own."""

import pytest

from sitrep.extract import reciprocal_sides
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("reciprocal_cues.tsv")


def _names(text: str) -> tuple[str, str]:
    words = text.split()
    return words[0], words[2]


@pytest.mark.parametrize("row", ROWS, ids=[r["cue"] for r in ROWS])
def test_each_cue_codes_one_side_acting_on_the_other(event_roles, row):
    first, second = _names(row["example"])
    roles = event_roles(row["example"], row["category"])
    assert ("source", first) in roles, roles
    assert ("target", second) in roles, roles


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Egypt and Jordan accused Israel of violating the truce.", "ACCUSE"),
        ("The United States and Japan condemned North Korea.", "ACCUSE"),
    ],
)
def test_coordinated_doers_of_an_act_on_a_third_party_stay_sources(event_roles, text, etype):
    roles = event_roles(text, etype)
    sources = {name for role, name in roles if role == "source"}
    assert len(sources) >= 2, roles


def test_the_cues_are_read_from_the_data_file():
    found = reciprocal_sides.cues()
    assert ("each", "other") in found["pronoun"]
    assert "exchange" in found["verb"]
