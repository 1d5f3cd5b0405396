"""scripts/compare_warehouses.py: a warehouse equals itself; a changed event row is found."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("compare_warehouses", ROOT / "scripts" / "compare_warehouses.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_same_warehouse_is_identical_and_a_changed_row_differs(seeds_warehouse, tmp_path, capsys):
    compare = _script().compare
    assert compare(str(seeds_warehouse), str(seeds_warehouse)) == 0
    assert "IDENTICAL" in capsys.readouterr().out
    changed = tmp_path / "changed.duckdb"
    shutil.copy(seeds_warehouse, changed)
    with duckdb.connect(str(changed)) as con:
        con.execute(
            "update curated.events set event_status = 'denied' "
            "where event_id = (select min(event_id) from curated.events)"
        )
    assert compare(str(seeds_warehouse), str(changed)) >= 1
    assert "DIFF curated.events: " in capsys.readouterr().out
