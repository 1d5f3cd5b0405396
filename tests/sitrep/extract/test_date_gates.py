"""The date patterns' gates, asked only where a start word is, answer as a search of the whole text does
(``dates._open_gates``), also for letters whose lower case is not ASCII ('İ', 'ſ', 'ı')."""

from __future__ import annotations

import random

from sitrep.extract import dates

TEXTS = [
    "The talks resumed on Tuesday, two days after the ceasefire of early January.",
    "Officials met last night and again this morning; the vote is due within hours.",
    "A decision on the market was separated from the novel junior plan.",
    "mid-Dec, earlyJan, xjan, janov, FRIDAY, tuesdays, THIS   Evening, last\nnight",
    "FRİDAY, İ jan, ſeptember, ſunday, thıs morning, ıtoday, Ja\u0307n",
    "",
]


def _searched(text: str) -> set[str]:
    return {name for name, gate in dates._GATES.items() if gate.search(text)}


def test_gates_as_a_whole_text_search():
    rng = random.Random(7)
    letters = "janfebmrpyulgsoctvdhwiekİıſK \n-.1"
    fuzz = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 24))) for _ in range(20000)]
    for text in TEXTS + fuzz:
        assert dates._open_gates(text) == _searched(text), text


def test_gates_found():
    assert dates._open_gates(TEXTS[0]) >= {"mon", "weekday"}
    assert "rel_day" in dates._open_gates(TEXTS[1])
    assert "mon" not in dates._open_gates("The remark left the council undecided.")  # no month at a word start
    assert "weekday" in dates._open_gates("FRİDAY") and "mon" in dates._open_gates("ſeptember")
