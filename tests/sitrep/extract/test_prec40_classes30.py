"""Not-an-event and wrong-actor classes of the development sample of seed 4040, each checked on sentences of our
own through the real extraction.

- 'decline' refuses only with something declined (an object, an infinitive) or a person as its bare subject;
  'investment has declined in the industry' is a figure falling (``decline REJECT`` in ``required_arguments``);
- 'hail' praises only with an object: 'migrants hailing from Peru' tells where they come from (``hail SUPPORT``);
- 'contain' restrains people or unrest, not the things a box or a list holds (``contain COERCE``);
- declining to criticize or to level criticism is declining comment (``comment_verbs``, ``comment_objects``);
- monitoring the situation is watching it, no investigation of anyone (``trigger_senses.tsv``);
- 'nor' before a coordinated verb denies it, even with its own subject and auxiliary ('nor had they helped'), and
  'neither' on a verb denies that verb (``shared_negation.nor_conjunct``);
- a coordinated verb with its own passive auxiliary keeps its voice when it borrows a subject ('by joining the
  protest and getting arrested': he is arrested, not the arrester) (``event_arg_clauses._passed_voice``).
"""

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import dyads, role_words, types


@pytest.mark.parametrize(
    "text",
    [
        "Over the past decade, Brazil's inward investment has declined in the mining industry.",
        "Peruvian copper output declined sharply in the northern provinces.",
    ],
)
def test_a_falling_figure_is_no_refusal(nlp, text):
    assert "REJECT" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile declined the Peruvian offer of talks.",
        "Chile declined to meet the Peruvian envoy in Lima.",
        "Asked about the Peruvian offer of talks, the Chilean minister declined.",
    ],
)
def test_declining_something_stays_a_refusal(nlp, text):
    assert "REJECT" in types(nlp, text)


def test_hailing_from_a_country_is_no_praise(nlp):
    text = "The Chilean coast guard said it rescued 80 people, hailing mostly from Peru."
    assert "SUPPORT" not in types(nlp, text)


def test_hailing_a_decision_stays_praise(nlp):
    assert types(nlp, "Chile hailed the Peruvian decision to reopen the border.") == {"SUPPORT"}


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian customs officers seized boxes containing the names of Chilean agents.",
        "The officials were charged with keeping the envelopes containing the names of the Peruvian winners.",
    ],
)
def test_holding_things_is_no_containment(nlp, text):
    assert "COERCE" not in types(nlp, text) or not any(
        "names" in " ".join(filter(None, tar)) for _, tar in dyads(nlp, text, "COERCE")
    )


def test_containing_protesters_stays_coercion(nlp):
    assert "COERCE" in types(nlp, "Chilean police contained the protesters near the Peruvian embassy on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean minister declined to criticize the Peruvian president.",
        "The Chilean minister declined to level any criticism at the Peruvian president.",
    ],
)
def test_declining_to_criticize_is_no_rejection(nlp, text):
    assert "REJECT" not in types(nlp, text)


def test_monitoring_the_situation_is_no_investigation(nlp):
    assert "ACCUSE" not in types(nlp, '"We are monitoring the situation," the Chilean minister said.')


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvians had neither answered the requests, nor had they helped the Chilean police find the men.",
        "The Peruvians did not answer the request, nor had they helped the Chilean police.",
    ],
)
def test_nor_denies_its_verb(nlp, text):
    assert "AID" not in types(nlp, text)


def test_neither_confirmed_nor_denied_is_no_rejection(nlp):
    assert "REJECT" not in types(nlp, "Peru neither confirmed nor denied the Chilean report.")


def test_plain_coordination_keeps_both_acts(nlp):
    assert "ASSAULT" in types(nlp, "Peru signed the deal and attacked Chile.")


def test_a_coordinated_passive_keeps_its_voice(nlp):
    text = "Pedro Castillo hopes he has not lost his job by joining the protest and getting arrested in the process."
    sides = dyads(nlp, text, "COERCE")
    assert sides and all("Pedro Castillo" not in src for src, _ in sides)
    assert any("Pedro Castillo" in tar for _, tar in sides)


def test_a_coordinated_passive_with_its_agent(nlp):
    text = "The Chilean soldiers raided the village and were attacked by rebels."
    assert "rebels" in role_words(nlp, text, "ASSAULT", "source")
    assert "soldiers" not in role_words(nlp, text, "ASSAULT", "source")


FIGURE_LEVELS = read_tsv("figure_levels.tsv")


@pytest.mark.parametrize("row", FIGURE_LEVELS, ids=lambda r: r["word"])
def test_a_count_that_moved_is_no_event(nlp, row):
    assert types(nlp, row["example"]) == set()


def test_an_event_noun_with_a_plain_copula_stays_an_event(nlp):
    assert "ASSAULT" in types(nlp, "The attack on the Chilean police post was the deadliest in years.")
