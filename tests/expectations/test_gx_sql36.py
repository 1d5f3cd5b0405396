"""GX imported as if SQLAlchemy were absent (expectations.deferred.gx_without_sql), the real one left to others."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_gx_loads_without_sqlalchemy_and_others_still_import_it() -> None:
    out = _run(
        """
        import sys
        from expectations import suites
        from great_expectations.compatibility import sqlalchemy as compat
        before = any(m == "sqlalchemy" or m.startswith("sqlalchemy.") for m in sys.modules)
        import sqlalchemy  # anything else (Prefect's server code) gets the real package afterwards
        print(before, type(compat.sqlalchemy).__name__, hasattr(sqlalchemy, "create_engine"))
        """
    )
    assert out == "False NotImported True"


def test_a_suite_validates_the_same_with_gx_loaded_either_way() -> None:
    code = """
        import sys
        {pre}
        import polars as pl
        from expectations import suites
        from expectations.runner import validate_frame
        df = pl.DataFrame({{"article_id": ["a", "b", None], "event_type": ["ASSAULT", "NOPE", "AID"]}})
        expectations = [
            suites.gxe.ExpectColumnValuesToNotBeNull(column="article_id"),
            suites.gxe.ExpectColumnValuesToBeInSet(column="event_type", value_set=suites.PLOVER_TYPES),
        ]
        v = validate_frame("extract", "events", df, expectations)
        print(sorted(v.failed_rows.items()), [(c["check_name"], c["success"], c["unexpected_count"]) for c in v.checks])
        print("sqlalchemy" in sys.modules)
    """
    without = _run(code.format(pre="")).splitlines()
    with_sql = _run(code.format(pre="import sqlalchemy")).splitlines()
    assert without[0] == with_sql[0]
    assert "[(1, " in without[0] and "(2, " in without[0]
    assert (without[1], with_sql[1]) == ("False", "True")
