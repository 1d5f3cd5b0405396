"""A road death told with the doer's negligence is no ASSAULT ('killed two cyclists while distracted by his
phone', 'a drunk driver killed ...'); ramming a crowd, a bomb that kills a driver and a killing while someone
else sped stay attacks. Sentences of our own."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded


def _types(nlp, text):
    return {c["event_type"] for c in coded(nlp, text)}


@pytest.mark.parametrize("row", read_tsv("negligence_cues.tsv"), ids=lambda r: r["word"])
def test_a_negligent_road_death_is_no_assault(nlp, row):
    assert "ASSAULT" not in _types(nlp, row["example"]), coded(nlp, row["example"])


def test_the_jailing_of_a_negligent_driver_stays(nlp):
    text = "In May, van driver John Smith, who killed two cyclists while distracted by his phone, was jailed."
    assert "COERCE" in _types(nlp, text), coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man drove a truck into the crowd, killing 86 people.",
        "A soldier was killed by a roadside bomb while driving to his base.",
        "Gunmen killed three guards while the convoy was speeding through the valley.",
    ],
)
def test_attacks_stay_attacks(nlp, text):
    assert "ASSAULT" in _types(nlp, text), coded(nlp, text)
