"""Classes of general-news sentences coded as events they do not report (precision, round 15), run through the real
extraction on sentences of our own, with controls that stay coded: a sports score that ends a clause or a sentence
('won 6-7, 7-5, 6-4.', 'beat X 2-1.'); an act told as the gerund of a verb of weighing or discussing ('was
considering adding countries to the list'); a plea of guilty or not guilty in court (no appeal); part of a prison
sentence suspended (no sanction); an event noun named by a year before the report's ('the 2011 arrest of two men'),
a past event referred back to; an agreement held ('has a contract with X'), no agreement made; the parties of a
meeting's 'of' phrase ('a meeting of A and B'), participants as in 'a meeting between A and B'; the recipient of a
request told as a participle clause is whom the verb it goes with addresses ('wrote to the UN, asking for aid');
private people visiting a country (travel, no visit of politics); support enjoyed (a standing state); an attack
made in words ('verbally attacked')."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities, events
from tests.sitrep.extract.coding import coded as _coded
from tests.sitrep.extract.coding import type_list as _types

REPORT_DAY = date(2017, 3, 1)


def _dated_types(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [c["event_type"] for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), REPORT_DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "In the final, Ana Ruiz defeated Marta Sola in three sets 6-7, 7-5, 6-4.",
        "Szohod United beat the visitors 2-1.",
        "The champion overpowered her rival 6-2, 6-1, and reached the semifinal.",
    ],
)
def test_a_score_before_a_comma_or_a_full_stop_is_a_game(nlp, text):
    assert not {"ASSAULT", "COERCE"} & set(_types(nlp, text)), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Syldavian troops defeated the rebels near Szohod.", "ASSAULT"),
        ("The army defeated the rebels in the war of 1998-99.", "ASSAULT"),
    ],
)
def test_a_defeat_without_a_score_stays_an_attack(nlp, text, etype):
    assert etype in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Syldavian cabinet was considering adding nine countries to the travel ban.", "COERCE"),
        ("The council is weighing sending troops to the northern border.", "MOBILIZE"),
        ("Borduria is mulling expelling the Syldavian ambassador.", "SANCTION"),
        ("The ministers discussed imposing a curfew on the capital.", "COERCE"),
        ("Police were considering arresting the leaders of the march.", "COERCE"),
        ("Syldavia is contemplating withdrawing its troops and closing the border.", "RETREAT"),
    ],
)
def test_an_act_weighed_or_discussed_is_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Borduria expelled the Syldavian ambassador after considering it for weeks.", "SANCTION"),
        ("Syldavia sent troops to the northern border on Monday.", "MOBILIZE"),
        ("Police arrested the leaders of the march on Monday.", "COERCE"),
    ],
)
def test_an_act_done_or_decided_stays_coded(nlp, text, etype):
    assert etype in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The former mayor of Szohod pleaded not guilty to bribery charges.",
        "Two Syldavian soldiers pleaded guilty to looting on Tuesday.",
        "The banker has pleaded innocent to all counts of fraud.",
    ],
)
def test_a_plea_in_court_is_no_appeal(nlp, text):
    assert "REQUEST" not in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The judge suspended the last three months of the sentence.",
        "The appeal court suspended two years of his prison term.",
    ],
)
def test_part_of_a_sentence_suspended_is_no_sanction(nlp, text):
    assert "SANCTION" not in _types(nlp, text), text


def test_aid_suspended_stays_a_sanction(nlp):
    assert "SANCTION" in _types(nlp, "Chile suspended its military aid to Peru on Monday.")


def test_a_plea_to_someone_stays_an_appeal(nlp):
    assert "REQUEST" in _types(nlp, "The mayor pleaded with the Syldavian government for more flood aid.")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The senator was describing the 2011 arrest of two Bordurian nationals in a failed plot.", "COERCE"),
        ("The families marked the anniversary of the 2014 attack on the school in Szohod.", "ASSAULT"),
        ("Police said the 2015 bombing of the embassy was planned in Klow.", "ASSAULT"),
    ],
)
def test_an_event_noun_named_by_a_past_year_is_background(nlp, text, etype):
    assert etype not in _dated_types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Rights groups condemned the 2015 arrest of the Syldavian reporter.", "ACCUSE"),
        ("The 2017 talks between Chile and Peru ended on Monday.", "CONSULT"),
        ("Police arrested two Bordurian nationals in 2011 over a failed plot.", "COERCE"),
    ],
)
def test_an_act_on_a_past_event_or_in_the_reports_year_stays_coded(nlp, text, etype):
    assert etype in _dated_types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Chile has a ten-year contract with Peru to supply gas.",
        "Chile had an agreement with Peru on fishing rights until 2015.",
        "Chile and Peru have a memorandum on border trade.",
    ],
)
def test_an_agreement_held_is_no_agreement_made(nlp, text):
    assert not {"SUPPORT", "AGREE"} & set(_types(nlp, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed a ten-year contract with Peru to supply gas.",
        "Chile signed an agreement with Peru on fishing rights on Monday.",
    ],
)
def test_an_agreement_made_stays_coded(nlp, text):
    assert {"SUPPORT", "AGREE"} & set(_types(nlp, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "A meeting of Chilean lawmakers and the International Olympic Committee in Lima raised the doping issue.",
        "A meeting of Chilean officials and Peruvian diplomats in Quito ended on Monday.",
    ],
)
def test_the_parties_of_a_meetings_of_phrase_are_participants(nlp, text):
    meetings = [c for c in _coded(nlp, text) if c["event_type"] == "CONSULT"]
    roles = [p["role"] for c in meetings for p in c["participants"]]
    assert meetings and roles.count("participant") >= 2 and "target" not in roles, (text, roles)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean minister wrote to the United Nations, asking for more food aid.",
        "The Peruvian ministry placed calls to Senator Ana Ruiz and the Chilean embassy, asking for more time.",
    ],
)
def test_a_request_told_as_a_participle_goes_to_whom_its_verb_addresses(nlp, text):
    requests = [c for c in _coded(nlp, text) if c["event_type"] == "REQUEST"]
    assert requests and any(p["role"] == "target" for c in requests for p in c["participants"]), text


def test_a_request_with_no_one_addressed_keeps_no_target(nlp):
    text = "The Chilean minister spoke on Monday, asking for more food aid."
    requests = [c for c in _coded(nlp, text) if c["event_type"] == "REQUEST"]
    assert requests and not any(p["role"] == "target" for c in requests for p in c["participants"]), text


@pytest.mark.parametrize(
    "text",
    [
        "The number of Chilean citizens visiting Peru neared 800,000 last year.",
        "Chinese tourists visiting Lima were robbed near the cathedral.",
    ],
)
def test_private_people_visiting_a_country_is_no_visit(nlp, text):
    assert "CONSULT" not in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Chilean officials visiting Lima signed a deal on fishing rights.",
        "The Chilean president visited Lima on Monday.",
    ],
)
def test_office_holders_visiting_stay_a_visit(nlp, text):
    assert "CONSULT" in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The governor enjoys wide support among farmers.",
        "The Chilean plan enjoys the backing of most parties in congress.",
    ],
)
def test_support_enjoyed_is_a_standing_state(nlp, text):
    assert "SUPPORT" not in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president verbally attacked the Peruvian judge on Monday.",
        "The Chilean president launched a verbal attack on the Peruvian judge.",
        "The senator publicly attacked the Peruvian ambassador over the fishing dispute.",
    ],
)
def test_an_attack_made_in_words_is_criticism(nlp, text):
    types = _types(nlp, text)
    assert "ACCUSE" in types and "ASSAULT" not in types, (text, types)


def test_an_attack_without_words_stays_an_assault(nlp):
    assert "ASSAULT" in _types(nlp, "Rebels attacked the Peruvian border post on Monday.")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("In 1987, Syldavian soldiers attacked the village of Szohod.", "ASSAULT"),
        ("On January 27, 1904, the cruiser engaged a squadron of Japanese ships off Chemulpo.", "ASSAULT"),
        ("Chilean police arrested the poet in Santiago in March 1973.", "COERCE"),
    ],
)
def test_an_event_the_sentence_dates_decades_back_is_history(nlp, text, etype):
    assert etype not in _dated_types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("In 2014, Houthi fighters overran the port of Hodeidah.", "COERCE"),
        ("Chilean police arrested the poet in Santiago on Monday.", "COERCE"),
    ],
)
def test_a_recent_event_stays_coded(nlp, text, etype):
    assert etype in _dated_types(nlp, text), text
