"""A purpose that commemorates names no target (sitrep/extract/commemorations.py): 'marched to mark the
anniversary of the killing of X', 'rallied to honour X'. Each row of data/commemorations.tsv runs its example
through the real pipeline."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("commemorations.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_the_remembered_are_no_targets(event_roles, row):
    roles = event_roles(row["example"], "PROTEST")
    assert ("source", row["source"]) in roles, roles
    assert ("target", row["remembered"]) not in roles, roles


def test_a_purpose_aimed_at_someone_keeps_its_target(event_roles):
    roles = event_roles("Thousands of Peruvians marched through Lima to denounce President Jorge Salas.", "PROTEST")
    assert ("target", "Jorge Salas") in roles, roles
