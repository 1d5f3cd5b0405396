"""A refusal with a participle beside it: a demand beside it is its content ('rejected the plan, urging ...'),
but an accusation or a threat beside it is an act of its own ('refused the visa, accusing the group of bias')
(``event_clause_acts.speech_beside``)."""

import pytest

from tests.sitrep.extract.coding import dyads, type_list


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("China rejected the report on Monday, accusing the United States of meddling in its affairs.", "ACCUSE"),
        ("Egypt has refused to issue visas to the monitors, accusing Qatar of bias.", "ACCUSE"),
        ("The opposition rejected the results, threatening to boycott parliament.", "THREATEN"),
    ],
)
def test_an_accusation_or_threat_beside_a_refusal_is_coded_too(nlp, text, other):
    assert type_list(nlp, text) == ["REJECT", other]


def test_the_accuser_is_the_refuser(nlp):
    text = "China rejected the report on Monday, accusing the United States of meddling in its affairs."
    assert dyads(nlp, text, "ACCUSE") == [({"China"}, {"United States"})]


def test_a_demand_beside_a_refusal_stays_its_content(nlp):
    assert type_list(nlp, "The union rejected the plan, urging the government to raise wages instead.") == ["REJECT"]
