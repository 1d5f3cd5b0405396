"""A reaction that names no one ('Japan protested.', 'Japan lodged a protest.') is aimed at the doers of the act told
just before it (``reaction_targets``, ``data/reaction_verbs.tsv``); texts of our own."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import named_dyads

ROWS = read_tsv("reaction_verbs.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["example"][-30:] for r in ROWS])
def test_each_row_reacts_to_the_act_before(nlp, row):
    found = named_dyads(nlp, row["example"], row["type"])
    assert any("North Korea" in tar for _, tar in found), found


def test_a_reaction_aimed_elsewhere_keeps_its_own_target(nlp):
    text = "North Korea fired a missile over Hokkaido on Sunday. Japan protested to China."
    found = named_dyads(nlp, text, "ACCUSE")
    assert not any("North Korea" in tar for _, tar in found), found


def test_a_reaction_opening_the_story_keeps_its_source_alone(nlp):
    found = named_dyads(nlp, "Japan protested on Sunday. The weather was fine.", "ACCUSE")
    assert all(not tar or tar == {None} for _, tar in found), found


def test_a_reaction_to_its_own_act_takes_no_target(nlp):
    text = "Japan closed its airspace on Sunday. Japan protested."
    found = named_dyads(nlp, text, "ACCUSE")
    assert not any("Japan" in tar for _, tar in found), found
