"""bench/type_classes38.py: the cause class of a wrong-type row, from its trigger label, on invented labels."""

from __future__ import annotations

import pytest

from tests.bench.bench_modules import load_bench

classes = load_bench("type_classes38")
CODES = {"171": "COERCE", "1712": "ASSAULT", "190": "ASSAULT", "040": "CONSULT"}
LIGHT = {"issue", "make"}


@pytest.mark.parametrize(
    ("label", "coded", "gold", "sentence", "kind"),
    [
        ("lex:vow curated", "AGREE", "THREATEN", "The rebels swore revenge.", "curated verb"),
        ("lex:seize cameo:171", "COERCE", "ASSAULT", "The militia seized the town.", "crosswalk mode"),
        ("lex:issue+order curated", "SANCTION", "REJECT", "A judge issued an order.", "light verb"),
        ("lex:receive+letter cameo:040", "CONSULT", "?", "The envoy got a letter.", "sense condition"),
        ("lex:grapple cameo:190", "ASSAULT", "?", "The mayor grappled with the budget.", "cameo default"),
        ("rule:brief", "CONSULT", "?", "The minister briefed the press.", "rule"),
        (
            "lex:send+letter cameo:040",
            "CONSULT",
            "REQUEST",
            "The unions sent a letter urging a vote.",
            "convention (REQUEST)",
        ),
    ],
)
def test_each_cause_class(label, coded, gold, sentence, kind):
    assert classes.cause(label, coded, gold, sentence, CODES, LIGHT) == kind
