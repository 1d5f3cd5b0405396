"""bench/apart_classes37.py: the two text patterns its classes rest on, on invented strings."""

from __future__ import annotations

import pytest

from tests.bench.bench_modules import load_bench

classes = load_bench("apart_classes37")


@pytest.mark.parametrize(
    ("text", "dash"),
    [
        ("Ruritanian lawmakers-had planned a vote on Friday.", True),
        ("The envoy-also met the prime minister.", True),
        ("a well-being fund and a so-called truce", False),
        ("a sit-in outside the ministry on a day-to-day basis", False),
    ],
)
def test_a_lost_space_dash_is_told_from_a_compound(text, dash):
    assert bool(classes.WORD_DASH.search(text)) is dash


@pytest.mark.parametrize(
    ("before", "head"),
    [
        ("pushback from Ruritanian officials, led by ", True),
        ("a delegation headed by Finance Minister ", True),
        ("talks with ", False),
    ],
)
def test_a_head_of_a_group_is_found_before_the_name(before, head):
    assert bool(classes.HEAD.search(before)) is head


def test_a_paragraph_break_lies_between_two_offsets():
    text = "One sentence here.\nAnother one there."
    assert classes._paragraph_break(text, 25, 2)
    assert not classes._paragraph_break(text, 2, 10)
