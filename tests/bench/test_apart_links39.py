"""bench/apart_links39.py: the text patterns its link classes rest on, on invented strings."""

from __future__ import annotations

import pytest

from tests.bench.bench_modules import load_bench

links = load_bench("apart_links39")


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Mrs Vell made a tearful plea to her husband on Friday.", True),
        ("It worries me that the president would say such a thing.", True),
        ("Police hunt a former teacher who fled with a pupil.", True),
        ("The talks were led by President Ana Ruiz.", False),  # an office before its holder's name
        ("The committee's aides left early.", False),  # no kin or office noun of that list
    ],
)
def test_a_person_told_by_a_kin_or_title_noun(text, hit):
    assert bool(links.KIN_OR_TITLE.search(text)) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Both sides blamed each other.", True),
        ("the two leaders met", True),
        ("Ruritania and Osterlich signed a pact.", False),
    ],
)
def test_the_two_sides(text, hit):
    assert bool(links.TWO_SIDES.search(text)) is hit


@pytest.mark.parametrize(
    ("before", "hit"),
    [
        ("withdrew from the talks citing grievances with the ", True),
        ("a deal between ", True),
        ("Senator ", False),
    ],
)
def test_a_preposition_before_the_name(before, hit):
    assert bool(links.BEFORE_NAME.search(before)) is hit


def test_a_name_with_lost_characters():
    assert links.LOST.search("leaders of Vell F\ufffd\ufffdin met")
    assert not links.LOST.search("leaders of Vell Fein met")
