"""The stand-ins for modules GX imports but sitrep's suites never use (expectations.deferred)."""

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


def test_gx_and_the_suites_load_without_scipy_stats_and_altair() -> None:
    out = _run(
        """
        import sys
        from expectations import suites  # the package puts the stand-ins in place first
        import great_expectations
        loaded = [m for m in sys.modules if m.startswith(("scipy.stats.", "altair."))]
        kinds = {n: type(sys.modules[n]).__name__ for n in ("scipy.stats", "altair")}
        print(len(loaded), kinds["scipy.stats"], kinds["altair"])
        """
    )
    assert out == "0 _Deferred _Deferred"


def test_a_stand_in_imports_the_real_module_on_first_use() -> None:
    out = _run(
        """
        import sys
        import expectations
        from scipy import stats
        value = stats.entropy([0.5, 0.5], base=2)  # the first read imports scipy.stats itself
        import scipy.stats as again
        print(round(float(value), 3), "scipy.stats._stats_py" in sys.modules, again.entropy is stats.entropy)
        """
    )
    assert out == "1.0 True True"


def test_a_module_imported_already_is_left_alone() -> None:
    out = _run(
        """
        import sys
        import scipy.stats
        real = sys.modules["scipy.stats"]
        from expectations.deferred import defer
        defer("scipy.stats")
        defer("no_such_module_anywhere")
        print(sys.modules["scipy.stats"] is real, "no_such_module_anywhere" in sys.modules)
        """
    )
    assert out == "True False"
