"""Heavy modules GX imports when it loads but sitrep's suites never use, loaded only if something reads them.

``import great_expectations`` imports every core expectation, and one of them (the KL-divergence expectation)
imports ``scipy.stats`` and ``altair`` at its top, for its computation and its charts. None of sitrep's suites
uses it, yet the two imports were ≈ 40 % of GX's import: ≈ 0.9 of ≈ 2.2 CPU s in a run's process (measured on the
busy 2-core machine, 2,290 modules loaded against 1,655). ``defer_unused()``, called before GX is imported, puts a
stand-in for each module in ``sys.modules``: importing it costs nothing, and the first attribute read (a chart,
``stats.entropy``) imports the real module then and answers from it. Validation results are the same objects.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types

#: modules imported by GX at its import and used only by expectations sitrep's suites do not have
UNUSED_BY_SUITES = ("scipy.stats", "altair")


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
