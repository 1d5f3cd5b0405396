"""bench/type_classes33.py: each class's pattern finds its own kind of sentence and not its neighbour's."""

from __future__ import annotations

import pytest

from tests.bench.bench_modules import load_bench


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Bordurian party wants to close the Syldavian schools.", "wish + hostile act"),
        ("The Bordurian nationalists dream of banning the paper.", "wish + hostile act"),
        ("Borduria claimed that turnout was high.", "claim/aver/avow/contend + ACCUSE"),
        ("A Bordurian court sentenced the editor to death.", "court sentence (sentenc*)"),
        ("Borduria helped Syldavia win the vote.", "help X win/secure/gain a prize"),
    ],
)
def test_a_sentence_of_the_class_matches_it(text, name):
    assert name in load_bench("type_classes33")._matches(text)


def test_a_plain_act_matches_no_class():
    assert load_bench("type_classes33")._matches("Borduria imposed sanctions on Syldavia.") == []
