"""Round 35's precision classes (development sample 5050 and the older samples), through the real spaCy pipeline:
a harm verb whose object is a bill, a motion, a resolution or a proposal is its rejection ('killed the bill',
'beat back a resolution'; ``data/trigger_senses.tsv``); an offensive, operations or strikes vowed are a threat, not
a promise (the 'vow'/'pledge'/'promise' rows of the same file); the act a vote is held for is decided, not
threatened ('a vote by the parliament to freeze talks': ``event_triggers.DECIDED_NOUNS``); an issue raised is put up
for discussion, no criticism (``trigger_senses.tsv``); one actor protesting for a cause campaigns, a demonstration,
not a disapproval (``lone_protests``, ``data/lone_protests.json``)."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import readings, types


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian senators killed the bill from the Freedonian governor.",
        "The Ruritanian parliament crushed the amendment from the Freedonian minister.",
        "Opposition lawmakers in Ruritania beat back a resolution from Prime Minister Ana Vega.",
    ],
)
def test_a_measure_killed_or_beaten_back_is_rejected_not_attacked(nlp, text):
    got = types(nlp, text)
    assert "REJECT" in got and "ASSAULT" not in got, readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian troops killed ten rebels near the Freedonian border on Monday.",
        "The Ruritanian army beat back an attack by the Freedonian rebels.",
    ],
)
def test_people_killed_or_an_attack_beaten_back_stay_an_assault(nlp, text):
    assert "ASSAULT" in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian army vowed an offensive against the Freedonian rebels.",
        "Ruritanian officials have vowed extensive operations to hunt down the rebels.",
        "The Freedonian army pledged strikes on the rebel bases in Ruritania.",
    ],
)
def test_an_offensive_or_operations_vowed_are_a_threat(nlp, text):
    got = types(nlp, text)
    assert "THREATEN" in got and "AGREE" not in got, readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian rebels vowed to rebuild the school and reopen the market.",
        "The Ruritanian minister promised reforms after the elections.",
    ],
)
def test_a_peaceful_promise_stays_a_promise(nlp, text):
    got = types(nlp, text)
    assert "THREATEN" not in got, readings(nlp, text)


def test_the_act_a_vote_was_held_for_is_no_threat(nlp):
    text = "The deal came under strain after a vote by the Ruritanian parliament to freeze talks with Freedonia."
    got = types(nlp, text)
    assert "SANCTION" in got and "THREATEN" not in got, readings(nlp, text)


def test_an_issue_raised_is_a_discussion_not_a_criticism(nlp):
    text = "The Freedonian minister raised the issue of gas supplies with his Ruritanian counterpart."
    got = types(nlp, text)
    assert "CONSULT" in got and "ACCUSE" not in got, readings(nlp, text)


def test_concern_raised_stays_a_criticism(nlp):
    text = "The Freedonian minister raised concerns about the detention of the Ruritanian fishermen."
    assert "ACCUSE" in types(nlp, text), readings(nlp, text)


def test_one_activist_protesting_for_a_cause_demonstrates(nlp):
    text = "The Ruritanian activist had been protesting for reform when he was arrested."
    got = types(nlp, text)
    assert "PROTEST" in got and "ACCUSE" not in got, readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia protested for the second time against the border closure.",
        "The Freedonian foreign minister protested the seizure of the fishing boat.",
    ],
)
def test_one_actor_protesting_something_still_disapproves(nlp, text):
    got = types(nlp, text)
    assert "ACCUSE" in got and "PROTEST" not in got, readings(nlp, text)
