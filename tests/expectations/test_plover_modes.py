"""Every PLOVER type and mode sitrep's trigger lexicon can code is one the events suite accepts (the crosswalk's
modes and the manual's own mode tables), so a coded mode never trips the suite's mode check."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from expectations.suites import PLOVER_MODES, PLOVER_TYPES

DATA = Path(__file__).resolve().parents[2] / "sitrep" / "extract" / "data"
LEXICONS = ["triggers_curated.tsv", "trigger_verbs.tsv", "trigger_patterns.tsv"]


def _rows(name: str) -> list[dict]:
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicon_types_and_modes_are_plover(name):
    rows = _rows(name)
    assert rows and all("plover" in r and "mode" in r for r in rows)
    assert {r["plover"] for r in rows if r["plover"]} <= set(PLOVER_TYPES)  # an uncoded synonym has none
    assert {r["mode"] for r in rows if r["mode"]} <= set(PLOVER_MODES)
