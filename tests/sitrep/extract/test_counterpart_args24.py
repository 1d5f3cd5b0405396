"""Arguments in the event's own sentence that were read but dropped (round 24, late wave).

- a capital in the 'from'/'to' phrase of a word that asks or addresses a counterpart, or of its object, is its
  state, the target ('demanded an explanation from Washington', 'voiced concern to Moscow'), not a place
  (``seat_actors.state_party``, ``data/counterpart_preps.tsv``); going or sending somewhere keeps a place.
"""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import dyads


@pytest.mark.parametrize("row", read_tsv("counterpart_preps.tsv"), ids=lambda r: r["prep"] + ":" + r["word"])
def test_a_capital_asked_or_addressed_is_the_target(nlp, row):
    pairs = dyads(nlp, row["example"], row["etype"])
    assert any(row["target"] in tgt for _, tgt in pairs), pairs


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Paris sought clarification from Moscow on the missile tests.", "REQUEST", "Moscow"),
        ("Canada expressed deep concern to Beijing about the detentions.", "ACCUSE", "Beijing"),
    ],
)
def test_invented_counterparts(nlp, text, etype, target):
    pairs = dyads(nlp, text, etype)
    assert any(target in tgt for _, tgt in pairs), pairs


def test_a_place_gone_to_stays_a_place(nlp):
    pairs = dyads(nlp, "Germany sent more troops to Kabul on Monday.", "MOBILIZE")
    assert not any("Kabul" in tgt for _, tgt in pairs), pairs
