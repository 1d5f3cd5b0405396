"""Every PLOVER type and mode sitrep's trigger lexicon can code is one the events suite accepts (the crosswalk's
modes and the manual's own mode tables), so a coded mode never trips the suite's mode check."""

from __future__ import annotations

import pytest

from expectations.suites import PLOVER_MODES, PLOVER_TYPES
from sitrep.extract.event_triggers import read_tsv

LEXICONS = ["triggers_curated.tsv", "trigger_verbs.tsv", "trigger_patterns.tsv"]


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicon_types_and_modes_are_plover(name):
    rows = read_tsv(name)
    assert rows and all("plover" in r and "mode" in r for r in rows)
    assert {r["plover"] for r in rows if r["plover"]} <= set(PLOVER_TYPES)  # an uncoded synonym has none
    assert {r["mode"] for r in rows if r["mode"]} <= set(PLOVER_MODES)
