"""Round 36: a state is not the counterpart of its own side (``own_states``, ``data/own_states.tsv``): 'the meeting
of the Indian and Chinese ministers' attended by India's prime minister has China as its counterpart, not India;
alone on its side, or beside no party of another country, the state stays."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import role_words

ROWS = read_tsv("own_states.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["own"] for r in ROWS])
def test_the_own_state_is_no_counterpart_beside_a_foreign_one(nlp, row):
    got = role_words(nlp, row["example"], row["type"], "target")
    assert row["counterpart"] in got and row["own"] not in got, got


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # alone on its side the state stays the counterpart
        ("Indian Foreign Secretary Meera Rao met Indian business leaders in Delhi on Monday.", None),
        # another country's state is no own side
        ("Japanese Foreign Minister Fumio Kishida held talks with the Australian and Chinese ministers.", "Japanese"),
    ],
)
def test_a_state_of_no_source_stays(nlp, text, own):
    got = role_words(nlp, text, "CONSULT", "target")
    assert got, got
    if own:
        assert own not in got and {"Australian", "Chinese"} <= got, got


def test_the_types_are_event_types():
    assert {r["type"] for r in ROWS} <= {"CONSULT", "AID", "COOPERATE", "AGREE", "SUPPORT"}
