"""An act judged wrong is criticism of its doer (sentences of our own): a said clause that calls an act a wrong
('said Peru's decision was a grave mistake', 'said the seizure was illegal'; data/told_appraisals.tsv), and
branding or describing an act as one (the @misdeed class of data/trigger_objects.tsv). The act's owner is the
target, else the doer of the act of that kind told before ('the ruling', data/event_anaphora.json)."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

WRONG = [r for r in read_tsv("told_appraisals.tsv") if r["example"]]


def _accused(event_roles, text: str) -> set[str]:
    return {name for role, name in event_roles(text, "ACCUSE") if role == "target"}


@pytest.mark.parametrize("row", WRONG, ids=[r["lemma"] for r in WRONG])
def test_every_word_of_a_wrong_makes_the_said_clause_an_accusation(event_roles, row):
    assert _accused(event_roles, row["example"]), row["example"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Chilean president said Peru's decision was a grave mistake.", "government", "Peru"),
        ("Judge Ana Ruiz said Freedonia's prosecution of the editor was a pretext.", "Ana Ruiz", "Freedonia"),
        ("The Ghanaian president said Togo's closure of the border was unjust.", "government", "Togo"),
    ],
)
def test_the_speaker_accuses_the_owner_of_the_act(event_roles, text, source, target):
    roles = event_roles(text, "ACCUSE")
    assert ("source", source) in roles and ("target", target) in roles


def test_an_act_judged_not_wrong_is_no_accusation(event_roles):
    assert not event_roles("The Chilean president said Peru's decision was not a mistake.", "ACCUSE")


def test_a_thing_that_is_no_act_is_no_accusation(event_roles):
    assert not event_roles("The Chilean president said Peru's weather was a disgrace.", "ACCUSE")


def test_a_ruling_judged_wrong_targets_the_judge_who_gave_it(event_roles):
    text = "Judge Maria Vega blocked the mayor's new curfew on Monday. The mayor said the ruling was unjust."
    assert ("target", "Maria Vega") in event_roles(text, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Polish president described Germany's tariffs as an insult.", "Germany"),
        ("The opposition labelled the government's decree a sham.", "government"),
        (
            "Judge Maria Vega blocked the mayor's new curfew. The mayor described the ruling as an outrage.",
            "Maria Vega",
        ),
    ],
)
def test_calling_an_act_a_wrong_accuses_its_doer(event_roles, text, target):
    assert ("target", target) in event_roles(text, "ACCUSE")


ENDS = [r for r in read_tsv("told_appraisals.tsv") if r["kind"] == "end"]


@pytest.mark.parametrize("row", ENDS, ids=[r["lemma"] for r in ENDS])
def test_an_act_said_to_serve_a_wrongful_end_accuses_its_owner(event_roles, row):
    assert _accused(event_roles, row["example"]), row["example"]


def test_the_owner_of_an_act_used_for_a_wrong_is_the_target(event_roles):
    text = (
        "Chile's charges against Bolivian citizens are used for defaming Bolivia's image in Peru, Bolivian minister "
        "Ana Ruiz said on Thursday."
    )
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Chile") in roles and ("source", "Ana Ruiz") in roles


def test_an_act_used_for_a_good_end_is_no_accusation(event_roles):
    assert not event_roles("The Chilean minister said Peru's funds were used for rebuilding schools.", "ACCUSE")


def test_a_passive_said_clause_about_a_person_keeps_its_agent_rule(event_roles):
    roles = event_roles("The Chilean minister said the envoy was insulted by Peru's consul.", "ACCUSE")
    assert ("target", "envoy") not in roles


TOLD_OTHERWISE = [r for r in read_tsv("told_appraisals.tsv") if r["kind"] in {"amount", "calling"}]


@pytest.mark.parametrize("row", TOLD_OTHERWISE, ids=[r["kind"] + "-" + r["lemma"] for r in TOLD_OTHERWISE])
def test_an_act_amounted_to_or_called_a_wrong_accuses_its_owner(event_roles, row):
    assert _accused(event_roles, row["example"]), row["example"]


def test_an_act_called_wrong_is_not_the_act_itself(event_roles):
    text = "The Bolivian president branded Chile's seizure of the boats illegal."
    assert not event_roles(text, "COERCE") and ("target", "Chile") in event_roles(text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian president did not call Chile's seizure of the boats illegal.",
        "The Bolivian president called Chile's decision wise.",
    ],
)
def test_an_act_not_called_wrong_is_no_accusation(event_roles, text):
    assert not event_roles(text, "ACCUSE")
