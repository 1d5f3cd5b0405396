"""What a request asks for is no event of its own, nor are its arguments the request's addressee (round 23).

- a meeting, visit or aid noun that a demand asks for, told as the object of its 'for' phrase ('called for talks
  with China', 'asked for a meeting') or as its object with no determiner pointing to a known one ('requested
  talks', 'sought a meeting'), was asked for, not held: PLOVER codes the REQUEST, no CONSULT
  (``event_clause_acts.asked_noun``); a meeting held beside the request is still coded;
- the parties inside the thing a request asks for or an approval welcomes are that thing's: a beneficiary in its
  'for' phrase ('demanded market access for Indian firms'), the party a measure asked to be undone falls on ('asked
  for the lifting of sanctions on Turkish goods'), the target of an act whose doer is named ('welcomed Trump's
  sanctions against Iran') are no targets; whoever is asked or approved is, or else the thing's named owner
  ('welcomed Japan's aid for Syrian refugees': Japan) (``asked_things``, ``data/asked_things.tsv``).
"""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded, dyads

ASKED_MEETINGS = [
    ("Japan called for talks with China.", "China"),
    ("Japan requested talks with China on Monday.", "China"),
    ("The opposition asked for a meeting with the president.", None),
    ("Pakistan sought talks with the Taliban.", None),
    ("Seoul pressed for the resumption of talks with Pyongyang.", None),
]


@pytest.mark.parametrize(("text", "target"), ASKED_MEETINGS)
def test_a_meeting_asked_for_is_no_meeting(nlp, text, target):
    got = coded(nlp, text)
    types = [c["event_type"] for c in got]
    assert "CONSULT" not in types, (text, types)
    assert "REQUEST" in types, (text, types)
    if target:
        assert any(target in tgt for _, tgt in dyads(nlp, text, "REQUEST")), dyads(nlp, text, "REQUEST")


def test_a_meeting_held_beside_a_request_stays(nlp):
    got = coded(nlp, "Japan met China in Tokyo on Monday and called for further talks.")
    assert "CONSULT" in [c["event_type"] for c in got], got


@pytest.mark.parametrize("row", read_tsv("asked_things.tsv"), ids=lambda r: r["kind"] + ":" + r["word"])
def test_an_inner_party_is_no_target(nlp, row):
    got = coded(nlp, row["example"])
    assert got, row
    pairs = [d for t in {c["event_type"] for c in got} for d in dyads(nlp, row["example"], t)]
    assert not any(row["absent"] in tgt for _, tgt in pairs), pairs


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Ankara urged Washington to lift sanctions on Turkish goods.", "REQUEST", "Washington"),
        ("Iran demanded compensation from Iraq for the victims.", "REQUEST", "Iraq"),
        ("Israel welcomed Trump's sanctions against Iran.", "SUPPORT", "Trump"),
        ("Ukraine called for sanctions against Russia.", "REQUEST", "Russia"),
        ("The UN welcomed Japan's aid for Syrian refugees.", "SUPPORT", "Japan"),
    ],
)
def test_the_party_asked_or_approved_stays(nlp, text, etype, target):
    assert any(target in tgt for _, tgt in dyads(nlp, text, etype)), dyads(nlp, text, etype)
