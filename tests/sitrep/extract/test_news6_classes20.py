"""Classes of round 20 seen on new news text, each checked on sentences of our own.

- hijacking a ship, a plane or a bus is ASSAULT abduct (the PLOVER manual's abduct mode: 'Abduct, kidnap,
  hijack'), as is commandeering one; hijacking a debate is still no event (``triggers_curated.tsv``,
  ``trigger_senses.tsv``);
- a possessive day names its own noun's happening: nested under another word than the trigger's clause it does
  not date the trigger ('pledged to review each arrest during Saturday's march'); a verbal act told in the active
  present perfect with no time of its own ('has asked', 'has pledged') is news of the report's day, not of the day
  an earlier sentence named (``news_days``);
- an organisation's name glued to its head's name ('the Interior Ministry Anatoly Kucherena') is split into the
  body and the person when the surname is also written alone (``org_holders``); a title heading a subject whose
  holder's name the parser hung inside a prepositional phrase is held by that person (``event_arg_phrases``);
- a local body named by its city ('a Minsk court sentenced', 'by a Minsk court') acts where it sits
  (``body_seats.local_seat``);
- forces sent, dispatched or launched told in the agentless passive ('troops were sent to the border', 'a navy
  patrol aircraft was launched') are a mobilisation whose forces act (``event_args``; ``triggers_curated.tsv``
  dispatch / launch + @forces);
- persons named as members of a group acted on ('600 people, including the organiser Ivan Dorn, were detained',
  'detained dozens of activists, including Ivan Dorn') are parties of the act (``event_arg_phrases``).
"""

from datetime import date

import pytest

from sitrep.extract import entities, events
from tests.sitrep.extract.coding import places, readings, types

PUBLISHED = date(2024, 5, 15)


def dates_of(nlp, text: str, etype: str) -> list[str | None]:
    doc = nlp(text)
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), PUBLISHED)
    return [c.get("event_date") for c in cands if c["event_type"] == etype]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen hijacked a ferry with forty passengers aboard off the cape.",
        "Armed men hijacked a passenger jet bound for the capital on Monday.",
        "Bandits commandeered a bus full of pilgrims near the border.",
        "The hijacking of the grain freighter by raiders alarmed the port authority.",
    ],
)
def test_a_hijacking_is_an_abduction(nlp, text):
    assert ("ASSAULT", "abduct") in readings(nlp, text)
    assert "COERCE" not in types(nlp, text)


def test_hijacking_a_debate_is_no_event(nlp):
    assert types(nlp, "The opposition said the lobby had hijacked the debate on pensions.") == set()


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Ivan Petrov has pledged to review each case of arrest during Saturday's march in central Warsaw.", "AGREE"),
        ("The mayor has promised to look into every complaint about Sunday's raids on the dormitories.", "AGREE"),
    ],
)
def test_a_possessive_day_of_a_nested_noun_does_not_date_the_act(nlp, text, etype):
    assert dates_of(nlp, text, etype) == [PUBLISHED.isoformat()]


def test_a_possessive_day_on_the_acts_own_phrase_still_dates_it(nlp):
    text = "Police arrested twenty students after Saturday's clashes in the old town."
    assert dates_of(nlp, text, "COERCE") == ["2024-05-11"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A photographer was detained at the march on Saturday. Ana Ruiz has urged Tomas Vidal to investigate the "
         "beating.", "REQUEST"),
        ("Two farmers were beaten at the market on Saturday. The governor Luis Soto has vowed to punish those "
         "responsible.", "AGREE"),
    ],
)  # fmt: skip
def test_a_present_perfect_statement_is_news_of_the_report_day(nlp, text, etype):
    assert dates_of(nlp, text, etype) == [PUBLISHED.isoformat()]


def test_a_past_statement_keeps_the_day_the_discourse_named(nlp):
    text = "A reporter was detained at the march on Saturday. Ana Ruiz urged Tomas Vidal to investigate the beating."
    assert dates_of(nlp, text, "REQUEST") == ["2024-05-11"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Chairman of the Veterans Board under the Interior Ministry Oleg Varnikov has pledged to review each "
         "complaint. Varnikov spoke to reporters on Monday.", "Oleg Varnikov"),
        ("Head of the Fisheries Council under the Agriculture Ministry Marta Kovalenko promised to reopen the "
         "harbour. Kovalenko gave no date.", "Marta Kovalenko"),
    ],
)  # fmt: skip
def test_a_body_glued_to_its_heads_name_gives_the_head(event_roles, text, person):
    assert ("source", person) in event_roles(text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "A Minsk district court sentenced the blogger to ten days in jail.",
        "The blogger was sentenced to ten days in jail by a Minsk court.",
    ],
)
def test_a_local_body_acts_in_its_city(nlp, text):
    assert places(nlp, text, "COERCE") == [("Minsk", "BLR")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Troops were sent to the border town after the riots.", "military"),
        ("Two warships were dispatched to the strait on Monday.", "military"),
        ("A Ruritanian Navy patrol aircraft was launched from its base to overfly the ferry.", "Ruritanian Navy"),
    ],
)
def test_forces_sent_in_the_passive_are_mobilised(event_roles, text, source):
    assert ("source", source) in event_roles(text, "MOBILIZE")


def test_launching_an_offensive_is_no_mobilisation(nlp):
    assert "MOBILIZE" not in types(nlp, "The rebels launched an offensive on the city.")


@pytest.mark.parametrize(
    "text",
    [
        "More than 300 people, including the march's organiser Ivan Dorn, were detained on Sunday in Minsk.",
        "Police detained dozens of activists, including Ivan Dorn, on Sunday.",
    ],
)
def test_a_member_named_in_an_including_phrase_is_a_target(event_roles, text):
    assert ("target", "Ivan Dorn") in event_roles(text, "COERCE")


def test_an_including_phrase_of_a_thing_names_no_party(event_roles):
    roles = event_roles("The ministry detained a shipment of goods, including cars made by Tesla.", "COERCE")
    assert ("target", "Tesla") not in roles
