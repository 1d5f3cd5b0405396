"""Round 39: a verb of attack told with its grievance, 'over' or 'for' what the target did or said ('attacked the
minister over his handling of the floods', 'tore into the court over its ruling'), is criticism, PLOVER ACCUSE
disapprove (``data/triggers_curated.tsv`` rows); a 'for' or 'over' phrase of time or place leaves the attack
(``data/trigger_senses.tsv`` rows), and a date or time after 'for' or 'over' is no object of a curated
prepositional reading at all (``time_spans``), so the grievance after it is read."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.time_spans import time_span
from tests.sitrep.extract.coding import readings, role_words, types

GRIEVANCE_ROWS = [
    r
    for r in read_tsv("triggers_curated.tsv")
    if r["lemma"] in {"attack", "assail", "hammer", "tear into", "rip", "rip into"} and r["prep"] in {"over", "for"}
]


@pytest.mark.parametrize("row", GRIEVANCE_ROWS, ids=lambda r: f"{r['lemma']}-{r['prep']}")
def test_an_attack_with_its_grievance_is_criticism(nlp, row):
    got = types(nlp, row["example"])
    assert "ACCUSE" in got and "ASSAULT" not in got, readings(nlp, row["example"])


def test_the_criticised_party_is_the_target(nlp):
    text = "The Bolivian president attacked Chile over its handling of the water dispute."
    assert "Chile" in role_words(nlp, text, "ACCUSE", "target"), readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the army convoy over the weekend.",
        "Gunmen attacked the police station for the second time in a month.",
        "Rebels attacked the army base for two days.",
        "Insurgents hammered the government positions over three nights.",
    ],
)
def test_a_span_of_time_leaves_the_attack(nlp, text):
    got = types(nlp, text)
    assert "ASSAULT" in got and "ACCUSE" not in got, readings(nlp, text)


def test_a_grievance_after_a_span_of_time_is_read(nlp):
    text = "Chilean senators assailed the statistics office over the past week for errors in its figures."
    assert "ACCUSE" in types(nlp, text), readings(nlp, text)


def test_a_deadline_keeps_its_time(nlp):
    text = "The Ruritanian rebels gave the army until Friday to leave the town."
    assert "THREATEN" in types(nlp, text), readings(nlp, text)


def test_time_span_needs_a_span_preposition(nlp):
    doc = nlp("The rebels fought for two days until Friday.")
    days = next(t for t in doc if t.lower_ == "days")
    friday = next(t for t in doc if t.lower_ == "friday")
    assert time_span("for", days) and not time_span("until", friday)


PLACE_ROWS = [r for r in read_tsv("verbal_clashes.tsv") if r["kind"] == "place"]


@pytest.mark.parametrize("row", PLACE_ROWS, ids=lambda r: r["word"])
def test_states_clashing_over_a_place_still_fight(nlp, row):
    got = types(nlp, row["example"])
    assert "ASSAULT" in got and "ACCUSE" not in got, readings(nlp, row["example"])


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru have clashed over the timing of the fishing ban.",
        "The Chilean government clashed with Peru over the fishing quotas.",
    ],
)
def test_states_clashing_over_an_issue_quarrel(nlp, text):
    got = types(nlp, text)
    assert "ACCUSE" in got and "ASSAULT" not in got, readings(nlp, text)


def test_troops_of_two_states_clashing_over_an_issue_still_fight(nlp):
    text = "Chilean and Peruvian troops clashed over the fishing ban."
    assert "ASSAULT" in types(nlp, text), readings(nlp, text)
