"""BLIS's kernels: the CPU's vector kernels only where BLIS chose its reference kernel, same products, same parses."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from sitrep import blis_kernels

ALL = {"AVX": True, "AVX2": True, "FMA3": True, "AVX512_SKX": True}


@pytest.mark.parametrize(
    ("features", "asked", "expected"),
    [
        (ALL, "", "skx"),
        ({**ALL, "AVX512_SKX": False}, "", "haswell"),
        ({"AVX": True, "AVX2": True, "FMA3": False}, "", None),  # no FMA: the reference kernel stays
        ({}, "", None),
        (ALL, "off", None),
        (ALL, "haswell", "haswell"),
        ({**ALL, "AVX512_SKX": False}, "skx", None),  # asked for a set the CPU cannot run
    ],
)
def test_wanted_kernel_set(monkeypatch, features, asked, expected):
    monkeypatch.setenv("SITREP_BLIS_KERNELS", asked)
    assert blis_kernels._wanted(features) == expected


def test_products_match_numpy_after_the_switch():
    import blis.py

    blis_kernels.use_cpu_kernels()
    rng = np.random.default_rng(7)
    for m, k, n in ((1, 1, 1), (3, 96, 288), (700, 96, 96), (33, 7, 1200), (1500, 300, 600)):
        a = rng.standard_normal((m, k)).astype("f")
        b = rng.standard_normal((k, n)).astype("f")
        got = blis.py.gemm(a, b)
        assert np.allclose(got, a.astype("d") @ b.astype("d"), atol=1e-3, rtol=1e-4)
        assert np.array_equal(got, blis.py.gemm(a, b))  # the same bits every time


_PARSE = """
import json, sys
from sitrep.blis_kernels import use_cpu_kernels
from sitrep.extract.nlp import load_nlp
from sitrep.config import DEFAULT_MODEL
nlp = load_nlp(DEFAULT_MODEL)
texts = json.loads(sys.stdin.read())
rows = lambda d: [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_, t.is_sent_start) for t in d]
out = [rows(d) for d in nlp.pipe(texts)]
print(json.dumps({"kernels": use_cpu_kernels(), "docs": out}))
"""

_TEXTS = [
    "Officials from France met their counterparts in Nairobi on Monday, the ministry said.",
    "Protesters clashed with police in the capital on Saturday after the government raised fuel prices by 30 percent.",
    "The United Nations Security Council imposed new sanctions on North Korea, which tested a missile last week. "
    "China urged restraint, while Japan's prime minister called the launch an outrage.",
]


def _parse(setting: str) -> dict:
    env = {**os.environ, "SITREP_BLIS_KERNELS": setting}
    out = subprocess.run([sys.executable, "-c", _PARSE], input=json.dumps(_TEXTS), capture_output=True, text=True,
                         env=env, check=True)  # fmt: skip
    return json.loads(out.stdout)


def test_parses_do_not_change_with_the_kernels():
    off, on = _parse("off"), _parse("")
    assert off["kernels"] is None
    assert on["docs"] == off["docs"]
