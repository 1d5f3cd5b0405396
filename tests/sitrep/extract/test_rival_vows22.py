"""A promise to press or hold out against someone is no cooperation (round 22, precision dev samples 1818-2424:
'vowed to pursue further damages', 'vowed to bring political pressure to bear' were coded AGREE). PLOVER 2021
AGREE is a commitment to cooperate; the complement's verb of ``data/rival_intents.tsv`` aimed at an actor makes
the vow a threat, aimed at a thing alone no event (``trigger_readings.rival_reading``); a cooperative promise stays
AGREE."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded, types


@pytest.mark.parametrize("row", read_tsv("rival_intents.tsv"), ids=lambda r: r["lemma"])
def test_a_rival_vow_is_no_agreement(nlp, row):
    found = types(nlp, row["example"])
    assert "AGREE" not in found, found
    if row["coded_as"] == "none":
        assert not found & {"THREATEN", "AGREE", "SUPPORT", "COOPERATE"}, found
    else:
        assert row["coded_as"] in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The widow welcomed the verdict but vowed to pursue compensation from the insurers.",
        "Freedonia's fishing minister vowed to bring pressure to bear on the quota talks.",
    ],
)
def test_invented_rival_vows_code_no_promise(nlp, text):
    assert not {c["event_type"] for c in coded(nlp, text)} & {"AGREE", "THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile vowed to send engineers to Peru.",
        "The governor promised to reopen the harbour to Ruritanian trawlers.",
        "Freedonia pledged to rebuild the Ruritanian bridges by spring.",
    ],
)
def test_a_cooperative_vow_stays_a_promise(nlp, text):
    assert "AGREE" in types(nlp, text)
