"""Heavy modules GX imports when it loads but sitrep's suites never use, loaded only if something reads them.

``import great_expectations`` imports every core expectation, and one of them (the KL-divergence expectation)
imports ``scipy.stats`` and ``altair`` at its top, for its computation and its charts. None of sitrep's suites
uses it, yet the two imports were ≈ 40 % of GX's import: ≈ 0.9 of ≈ 2.2 CPU s in a run's process (measured on the
busy 2-core machine, 2,290 modules loaded against 1,655). ``defer_unused()``, called before GX is imported, puts a
stand-in for each module in ``sys.modules``: importing it costs nothing, and the first attribute read (a chart,
``stats.entropy``) imports the real module then and answers from it. Validation results are the same objects.

GX also imports SQLAlchemy at its own import when it is installed (it is here, for Prefect's server), and with it
the SQL dialects of every GX integration installed (Snowflake's, Athena's, Redshift's): ≈ 230 modules, ≈ 0.45 of
≈ 2.3 CPU s of GX's import in a run's process (measured in round 36). GX uses them only for SQL data sources and
treats SQLAlchemy as an optional extra, guarding every use (``NotImported``); sitrep validates pandas frames
only. ``gx_without_sql()`` imports GX as if SQLAlchemy were not installed; afterwards anything else (Prefect)
imports the real SQLAlchemy as before. Validation results are the same.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import sys
import types
from collections.abc import Iterator

#: modules imported by GX at its import and used only by expectations sitrep's suites do not have
UNUSED_BY_SUITES = ("scipy.stats", "altair")
#: optional GX extras (SQL data sources) that GX imports at its import when they are installed
SQL_EXTRAS = ("sqlalchemy",)


class _Deferred(types.ModuleType):
    """A stand-in in ``sys.modules`` that imports the real module on its first missing attribute."""

    def __getattr__(self, attr: str) -> object:
        return getattr(_load(self), attr)


def _load(stand_in: _Deferred) -> types.ModuleType:
    name = stand_in.__name__
    if sys.modules.get(name) is stand_in:
        del sys.modules[name]
    real = importlib.import_module(name)
    stand_in.__dict__.update(real.__dict__)  # later reads through the stand-in find the real attributes
    return real


def defer(name: str) -> None:
    """Put a stand-in for module ``name`` in ``sys.modules`` unless it is imported already (or not installed)."""
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None:
        return
    stand_in = _Deferred(name)
    stand_in.__spec__ = spec
    stand_in.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        stand_in.__path__ = list(spec.submodule_search_locations)
    sys.modules[name] = stand_in


def defer_unused() -> None:
    """Stand-ins for ``UNUSED_BY_SUITES`` (call before GX is imported; a no-op for those imported already)."""
    for name in UNUSED_BY_SUITES:
        defer(name)


@contextlib.contextmanager
def gx_without_sql() -> Iterator[None]:
    """While GX is first imported inside, ``SQL_EXTRAS`` import as not installed (GX keeps its ``NotImported``
    stand-ins for them); a no-op once GX or one of them is imported. ``sys.modules`` is restored on exit."""
    if "great_expectations" in sys.modules or any(name in sys.modules for name in SQL_EXTRAS):
        yield
        return
    for name in SQL_EXTRAS:
        sys.modules[name] = None  # type: ignore[assignment] - an import of it raises ModuleNotFoundError
    try:
        yield
    finally:
        for name in SQL_EXTRAS:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
