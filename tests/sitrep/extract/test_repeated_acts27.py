"""An act done again ('repeated the allegation', 'reiterated its call') with no target of its own is aimed at the
target of its source's earlier act of the type (``repeated_acts``, ``data/repeated_acts.tsv``); texts of our own."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import named_dyads

ROWS = read_tsv("repeated_acts.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["verb"] for r in ROWS])
def test_each_verb_row_repeats_the_earlier_target(nlp, row):
    found = named_dyads(nlp, row["example"], row["type"])
    assert len(found) >= 2, found
    first_targets = found[0][1]
    assert first_targets and first_targets <= found[-1][1], found


def test_an_act_repeated_by_another_source_takes_no_target(nlp):
    text = "Trump accused Obama of wiretapping Trump Tower on Saturday. On Friday, Spicer repeated the allegation."
    found = named_dyads(nlp, text, "ACCUSE")
    assert not any("Obama" in tar for _, tar in found[1:]), found


def test_an_act_with_its_own_target_keeps_it(nlp):
    text = "Germany urged Turkey to release the journalist on Monday. On Wednesday Germany reiterated its call to Iran."
    found = named_dyads(nlp, text, "REQUEST")
    assert not any("Turkey" in tar for _, tar in found[1:]), found
