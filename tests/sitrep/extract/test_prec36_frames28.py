"""Not-an-event classes of the development sample of seed 3636 (counted over the samples of seeds 2424 to 3636),
each checked on sentences of our own through the real extraction.

- a bare verb coordinated after a negated verb shares its negation ('did not attack Peru or threaten Bolivia',
  'you can't pull people out and then return them'); a finite second verb or one after 'but'/'instead' keeps its
  act (``shared_negation.py``);
- the infinitive of an adjective of right or capacity names no deed ('are eligible to vote', 'is free to impose',
  'would be able to send'); a past capacity ('was able to send') tells the act; the purpose of an infinitive under
  a hedging adjective is hedged with it ('it was difficult to travel to Lima to meet him') (``adjective_frames.py``,
  ``event_frames.json`` licence_adjectives and ability_adjectives);
- verbs read in another sense by their object (``trigger_senses.tsv``): defying history, logic or the odds is no
  defiance of anyone; greeting something with dismay is a mood, no support; failing one's citizens or a test is no
  rejection; blocking a gene or a protein is a laboratory step, no coercion. Defying an ultimatum stays a
  rejection, greeting a delegation a meeting;
- a permission whose infinitive is no move ('allowing workers to start clearing debris', 'the records allow the
  agency to pinpoint hazards') is no access (RETREAT); letting inspectors enter, visit or work stays access
  (``permitted_moves.py``, ``permitted_moves.tsv``);
- an infinitive whose object is the noun it follows names an act sought, not done ('in search of a black person to
  assassinate', 'searched for an official to kill'); an infinitive with its own object keeps its act
  (``gap_infinitives.py``);
- a present participle on a noun in apposition describes who someone is ('Daniel Fasquelle, a conservative
  lawmaker supporting Fillon, told ...'), as a present relative clause does, and so does a participle parsed as an
  adjective before its noun ('the Canadian backed company') (``frame_clauses.describing_relative``).
"""

import pytest

from sitrep.extract import event_senses, frame_clauses
from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded, types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile did not attack Peru or threaten Bolivia.", "THREATEN"),
        ("Chile has never attacked Peru or threatened Bolivia.", "THREATEN"),
        ("Under the treaty, you can't detain Peruvian fishermen and then expel them to Bolivia.", "COERCE"),
        ("Chile did not arrest the Peruvian fishermen or expel them.", "COERCE"),
        ("Chile has not criticised Peru or accused its army of abuses.", "ACCUSE"),
    ],
)
def test_a_bare_conjunct_shares_the_negation(nlp, text, etype):
    assert etype not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile did not attack Peru but threatened Bolivia.", "THREATEN"),
        ("Chile did not attack Peru and instead threatened Bolivia.", "THREATEN"),
        ("Chile attacked Peru and threatened Bolivia.", "THREATEN"),
        ("Chile will meet Peru and sign the border deal.", "CONSULT"),
    ],
)
def test_a_conjunct_of_its_own_keeps_its_act(nlp, text, etype):
    assert etype in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Peruvian farmers are eligible to receive aid from Chile.", "AID"),
        ("Chile is free to impose sanctions on Peru, the court said.", "SANCTION"),
        ("Analysts said the Chilean army would be able to attack Peru within days.", "ASSAULT"),
        ("Chile is able to send aid to Peru.", "AID"),
        ("Chilean senator Ana Ruiz said it was difficult to stand in the Senate to talk about Peru.", "CONSULT"),
        (
            "Senator Ana Ruiz said it was difficult to stand in the Senate on Women's Day to talk on such a topic.",
            "CONSULT",
        ),
    ],
)
def test_a_right_or_a_capacity_is_no_deed(nlp, text, etype):
    assert etype not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile was able to send aid to Peru.", "AID"),
        ("Chilean senator Ana Ruiz stood in the Senate to talk about Peru.", "CONSULT"),
    ],
)
def test_a_capacity_used_keeps_its_act(nlp, text, etype):
    assert etype in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile's tight relationship with Peru defies history.", "REJECT"),
        ("Chile's economy has defied the odds for a decade.", "REJECT"),
        ("Many Peruvians greeted the victory of Chilean President Ana Ruiz with dismay.", "SUPPORT"),
        ("The Bolivian state is still failing most of its citizens.", "REJECT"),
        ("Chilean researchers blocked the genes behind the protein in mice.", "COERCE"),
    ],
)
def test_a_figurative_object_is_no_event(nlp, text, etype):
    assert etype not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Peru defied the Chilean ultimatum.", "REJECT"),
        ("Chilean President Ana Ruiz greeted the Peruvian delegation in Santiago.", "CONSULT"),
    ],
)
def test_a_party_as_object_keeps_its_act(nlp, text, etype):
    assert etype in types(nlp, text)


PERMITTED = read_tsv("permitted_moves.tsv")


@pytest.mark.parametrize("row", PERMITTED, ids=lambda r: f"{r['kind']}-{r['word']}")
def test_a_permission_to_work_is_no_access(nlp, row, monkeypatch):
    """A permission row's example codes no RETREAT, and does without the rule (the counterfactual); a move row's
    example keeps it."""
    if row["kind"] == "move":
        assert "RETREAT" in types(nlp, row["example"])
        return
    assert "RETREAT" not in types(nlp, row["example"])
    monkeypatch.setattr(event_senses, "permission_only", lambda trig, etype: False)
    assert "RETREAT" in types(nlp, row["example"])


def test_a_permission_to_start_work_is_no_access(nlp):
    text = "Chilean authorities stopped the flow of water on Monday, allowing workers to start clearing the debris."
    assert "RETREAT" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The gunman searched for a Peruvian official to kill.", "kill"),
        (
            "The Chilean gunman prowled the streets of Lima in search of a Peruvian official to assassinate.",
            "assassinate",
        ),
    ],
)
def test_a_sought_object_of_an_act_is_no_act(nlp, text, trigger, monkeypatch):
    """An infinitive whose object is the noun it hangs on names an act sought ('a person to assassinate'); without
    the rule the act is coded (the counterfactual)."""
    assert not [c for c in coded(nlp, text) if trigger in c["trigger"]]
    monkeypatch.setattr(frame_clauses, "gap_act", lambda trig: False)
    assert [c for c in coded(nlp, text) if trigger in c["trigger"]]


def test_an_infinitive_with_its_own_object_keeps_its_act(nlp):
    assert "ASSAULT" in types(nlp, "The Chilean troops went to the border to attack Peru.")


@pytest.mark.parametrize(
    "text",
    [
        "Luis Soto, a Chilean senator backing President Ana Ruiz, criticised Peru.",
        "Luis Soto, a Chilean senator supporting President Ana Ruiz, said the vote was fair.",
    ],
)
def test_a_participle_describing_an_apposition_is_no_act(nlp, text):
    """'X, a senator supporting Y,' tells who X is (as 'a senator who supports Y' does), no act of support; the
    sentence's own act stays."""
    assert "SUPPORT" not in types(nlp, text)


def test_an_act_told_of_the_named_person_stays(nlp):
    assert "SUPPORT" in types(nlp, "Luis Soto, a Chilean senator, backed President Ana Ruiz on Monday.")
    assert "ACCUSE" in types(nlp, "Luis Soto, a Chilean senator backing President Ana Ruiz, criticised Peru.")


def test_a_participle_before_its_noun_is_no_act(nlp):
    """'the Canadian backed company' (no hyphen, the participle parsed as an adjective of the noun) names who backs
    the company, as 'the Canadian-backed company' does: no act of support."""
    assert "SUPPORT" not in types(nlp, "The Canadian backed private rental company owns the flats.")
    assert "SUPPORT" in types(nlp, "Canada backed the private rental company.")
