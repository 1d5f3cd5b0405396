"""Curly apostrophes are read by the tagger and parser as typewriter ones (``curly_marks``), while the text keeps
its own marks: "the rebels’ raid" is parsed as "the rebels' raid"."""

import pytest

PAIRS = [
    "The Peruvian navy sent two frigates toward the coast in response to the insurgents’ surprise raid on Chile.",
    "Ruritania’s president and O’Connell’s party denounced the junta’s decree in Lima’s main square.",
    "The Peruvian minister ordered warships closer to the coast in response to Sendero’ surprise raid on Chile.",
]


@pytest.mark.parametrize("curly", PAIRS)
def test_curly_text_is_tagged_and_parsed_as_the_straight_one(nlp, curly):
    straight = curly.replace("\u2019", "'")
    a, b = nlp(curly), nlp(straight)
    assert [(t.tag_, t.dep_, t.head.i) for t in a] == [(t.tag_, t.dep_, t.head.i) for t in b]
    assert a.text == curly  # the body's own marks: offsets and surfaces point into it
