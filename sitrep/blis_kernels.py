"""Give thinc's BLIS the CPU's vector kernels where the bundled BLIS does not know the CPU.

spaCy's layers multiply their matrices with the BLIS bundled in the ``blis`` package (BLIS 0.7). That BLIS picks
its kernel set from the CPU's family and model and knows none newer than AMD Zen 2 or Intel Skylake-X: on AMD
Zen 3, 4 and 5 (families 0x19, 0x1A) it falls back to ``generic``, the portable reference kernel in plain C, although
the AVX2/FMA (``haswell``) and AVX-512 (``skx``) kernels are compiled into the same library and the CPU runs them.
``BLIS_ARCH_TYPE`` is ignored by that build. So, only where BLIS chose ``generic`` and the CPU has the instructions
(as numpy detects them), the ``generic`` context is filled in by the kernel set's own initialiser (what BLIS
itself does when it recognises a CPU): ``skx`` where the CPU has AVX-512 F/CD/BW/DQ/VL, else ``haswell`` where it
has AVX2 and FMA3.

Measured (AMD family 0x1A, 80 NewsArticles 2017 articles, bare ``nlp.pipe`` of this model, one process): 7.97 ->
6.14 CPU s (tok2vec 1.50 -> 0.67, NER 3.36 -> 2.45); the tags, dependencies, heads, entities, lemmas and sentence
starts identical. 400 articles, ``sitrep run --workers 2`` on the shared 2-core machine: the workers' CPU 47.4 ->
37.7 s, the warehouse identical table by table (``scripts/compare_warehouses.py``); the dev set, devset2, seeds
and GSR scores unchanged. A product differs from the reference kernel's in the last bits (another order of
additions), so on such a CPU the analyses are those BLIS would give if it knew the CPU, the same in every run and
worker count. ``SITREP_BLIS_KERNELS=off`` leaves BLIS as it is; ``=haswell``/``=skx`` asks for that set (still only
where BLIS chose ``generic`` and the CPU can run it).
"""

from __future__ import annotations

import ctypes
import os
import platform
import threading

#: kernel sets tried, best first, with the numpy CPU features each needs
_SETS = (("skx", ("AVX512_SKX", "AVX2", "FMA3")), ("haswell", ("AVX2", "FMA3", "AVX")))

_chosen: str | None = None
_done = False
_lock = threading.Lock()  # two threads loading spaCy at once: the second waits until the context is filled


def _cpu_features() -> dict:
    try:
        from numpy._core._multiarray_umath import __cpu_features__
    except ImportError:  # numpy 1
        from numpy.core._multiarray_umath import __cpu_features__
    return __cpu_features__


def _wanted(features: dict) -> str | None:
    asked = os.environ.get("SITREP_BLIS_KERNELS", "").strip().lower()
    if asked in ("off", "0", "no", "false", "generic"):
        return None
    for name, needs in _SETS:
        if (not asked or asked == name) and all(features.get(f) for f in needs):
            return name
    return None


def use_cpu_kernels() -> str | None:
    """Once per process: fill BLIS's ``generic`` context with the best kernel set the CPU runs; the set's name,
    or ``None`` where nothing was changed (BLIS knows the CPU, not x86-64, no ``blis``, or switched off)."""
    with _lock:
        if not _done:
            _switch()
        return _chosen


def _switch() -> None:
    global _chosen, _done
    _done = True
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return
    try:
        import blis.cy

        lib = ctypes.CDLL(blis.cy.__file__)
        lib.bli_init()
        lib.bli_arch_query_id.restype = ctypes.c_int
        lib.bli_arch_string.restype = ctypes.c_char_p
        lib.bli_arch_string.argtypes = [ctypes.c_int]
        if lib.bli_arch_string(lib.bli_arch_query_id()) != b"generic":
            return
        name = _wanted(_cpu_features())
        if name is None:
            return
        init = getattr(lib, f"bli_cntx_init_{name}")
        lib.bli_gks_query_cntx.restype = ctypes.c_void_p
        cntx = lib.bli_gks_query_cntx()
        if not cntx:
            return
        init(ctypes.c_void_p(cntx))
    except (ImportError, OSError, AttributeError):
        return
    _chosen = name
