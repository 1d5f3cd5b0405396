"""Event precision classes of round 21 (development samples of seeds 2222, 2121 and 2020), each checked on
sentences of our own.

- a response told with its means ('retaliated by expelling two diplomats', 'hit back by blaming the Dutch') is
  the act of the means clause; the response verb's own reading (a retaliation read as an attack) is no event
  (``response_means``, ``event_frames.json`` response_verbs); a retaliation with no means stays an attack;
- a campaign of terror, of bombings or of destruction is violence, and a campaign of repression or arrests is
  repression, no appeal (``trigger_senses.tsv`` campaign); a campaign with no such noun keeps its reading;
- digging trenches, ditches or graves is no probe (``trigger_senses.tsv`` dig); exploring options, themes or a
  region is no investigation (``trigger_senses.tsv`` explore);
- engaging with a market, customers or an audience is business, no fighting (``trigger_senses.tsv`` engage);
- subduing fears or criticism is no repression (``trigger_senses.tsv`` subdue);
- being excluded from talks, a process or a conference is a refusal to include (REJECT), no repression
  (``trigger_senses.tsv`` exclude; the active 'excluded the rebels from the talks', whose 'from' is not read as
  the object, is left);
- greeting a delegation or guests is part of a meeting, no praise (``trigger_senses.tsv`` greet);
- a relative clause with 'would' on a noun ('the prosecutor's office, which would prosecute the case, wrote ...')
  tells what the noun would do, no act reported by the verb the noun is the subject of (``event_frames
  ._hypothetical``); a plain relative clause in the past keeps its act;
- a resignation from an office of business (the president of a ride-hailing company, a carmaker's chief
  executive, a founder) is no resignation of an official of government (``business_offices``, ``event_frames
  .json`` business_bodies, business_titles); a minister who was once a banker still resigns;
- a negation the parse hangs on the auxiliary because a parenthetical splits it from its verb ('did not, in the
  end, visit Lima', 'did not, famously, attend the round-table') still negates the act (``event_status.denied``,
  ``event_triggers.negated``);
- an act named as the charge of an arrest, a trial or a punishment ('jailed for providing funds to the rebels',
  'fined for helping smugglers') is the alleged offence, no event of its own; the measure is coded
  (``charged_acts``, ``event_frames.json`` charge_words);
- a news outlet's own investigation ('a BBC investigation has found', 'a CNN investigation found') is journalism,
  no investigation by an authority (``press_inquiries``); prosecutors investigating stay ACCUSE;
- offering one's take on something is an opinion, no offer (``trigger_senses.tsv`` offer, like 'offered his
  view');
- an act told as the task of a job done well or badly ('does a better job in helping refugees than Peru', 'did
  a poor job of protecting the marchers') is an appraisal, no act of the report (``job_appraisals``,
  ``event_frames.json`` appraisal_nouns);
- 'engage' is a fight only with a force or an armed group as its object or after 'with' ('engaged government
  troops') or fighting after 'in' ('engaged in heavy fighting'); 'engaged in tit-for-tat exchanges' or in talks is none
  (``event_frames.json`` required_arguments 'engage ASSAULT');
- offering congratulatory messages is no offer (``trigger_senses.tsv`` offer);
- an act named as necessary or important ('it was necessary to establish a dialogue', 'it is important to resume
  the talks') is a view of what should be done, no act (``frame_clauses.needed_act``, ``event_frames.json``
  need_adjectives); 'was quick to condemn' stays the act.
"""

import pytest

from tests.sitrep.extract.coding import coded, role_words, types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Bolivia retaliated by expelling two Chilean diplomats.", "SANCTION"),
        ("The Peruvian president hit back by blaming Chile for the floods.", "ACCUSE"),
        ("The Chilean government responded by recalling its ambassador from Lima.", "SANCTION"),
    ],
)
def test_a_response_told_with_its_means_is_the_means(nlp, text, etype):
    found = types(nlp, text)
    assert etype in found
    assert "ASSAULT" not in found


def test_the_means_keeps_its_parties(nlp):
    text = "The Peruvian president hit back by blaming Chile for the floods."
    assert "Chile" in role_words(nlp, text, "ACCUSE", "target")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels retaliated by shelling the army post.",
        "Chilean troops retaliated against the smugglers on Sunday.",
    ],
)
def test_a_violent_means_or_no_means_stays_an_attack(nlp, text):
    assert "ASSAULT" in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The militia launched a campaign of terror against the valley villages.", "ASSAULT"),
        ("The insurgents started a campaign of bombings in the capital last spring.", "ASSAULT"),
        ("The junta began a campaign of repression against the striking miners.", "COERCE"),
    ],
)
def test_a_campaign_of_violence_is_no_appeal(nlp, text, etype):
    found = types(nlp, text)
    assert etype in found
    assert "REQUEST" not in found


def test_a_plain_campaign_keeps_its_reading(nlp):
    assert "ASSAULT" not in types(nlp, "The charity launched a campaign for cleaner rivers.")


@pytest.mark.parametrize(
    "text",
    [
        "Villagers dug trenches around the fields to hold back the floods.",
        "The volunteers were digging graves outside the town on Monday.",
        "The late-night host explored the senator's defense of the press in his monologue.",
        "The two companies are exploring options for a merger.",
    ],
)
def test_digging_and_exploring_things_is_no_probe(nlp, text):
    assert "ACCUSE" not in types(nlp, text)


def test_investigating_stays_a_probe(nlp):
    assert "ACCUSE" in types(nlp, "Chilean prosecutors are investigating the mayor over the contracts.")


@pytest.mark.parametrize(
    "text",
    [
        "The hotel chain is engaging with the Bolivian tourism market.",
        "The Peruvian bank engaged with its customers through a new app.",
    ],
)
def test_engaging_with_a_market_is_no_fight(nlp, text):
    assert "ASSAULT" not in types(nlp, text)


def test_engaging_troops_stays_a_fight(nlp):
    assert "ASSAULT" in types(nlp, "The rebels engaged Chilean troops near the border.")


def test_subduing_criticism_is_no_repression(nlp):
    assert "COERCE" not in types(nlp, "The Chilean governor subdued the criticism with a new budget.")
    assert "COERCE" in types(nlp, "The Chilean army subdued the rebels in the north.")


@pytest.mark.parametrize(
    "text",
    [
        "Two militias, including the Nusra Front, have been excluded from the peace talks in Geneva.",
        "The Kurdish parties were excluded from the negotiations on the constitution.",
    ],
)
def test_exclusion_from_talks_is_a_refusal(nlp, text):
    found = types(nlp, text)
    assert "COERCE" not in found
    assert "REJECT" in found


def test_greeting_a_delegation_is_no_praise(nlp):
    text = "The two presidents walked along the guard of honour and greeted the members of the delegations."
    assert "SUPPORT" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The county prosecutor's office, which would prosecute the case, wrote that it had closed the file.",
            "ACCUSE",
        ),
        ("The Chilean senator, who would lead the talks with Peru, told reporters the vote was postponed.", "CONSULT"),
    ],
)
def test_what_a_noun_would_do_is_no_act(nlp, text, etype):
    assert etype not in types(nlp, text)


def test_a_past_relative_act_is_kept(nlp):
    text = "The prosecutor's office, which charged the mayor last week, wrote that it had closed the file."
    assert "ACCUSE" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Maria Soto, president of the Chilean ride-hailing company Vamos, has resigned after six months in the job.",
        "The chief executive stepped down as chairman of the carmaker on Friday.",
        "Vamos founder Maria Soto resigned on Tuesday after a row with investors.",
    ],
)
def test_a_business_resignation_is_no_event(nlp, text):
    assert "RETREAT" not in types(nlp, text)


def test_a_ministers_resignation_is_kept(nlp):
    assert "RETREAT" in types(nlp, "The Chilean finance minister, a former banker, resigned on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister did not, in the end, visit Lima.",
        "The Bolivian president did not, famously, attend the round-table of Andean leaders.",
    ],
)
def test_a_negation_split_by_a_parenthetical_still_negates(nlp, text):
    assert not any(c["event_type"] == "CONSULT" and c["event_status"] != "denied" for c in coded(nlp, text))


def test_the_act_without_the_negation_is_kept(nlp):
    assert "CONSULT" in types(nlp, "The Chilean foreign minister, in the end, visited Lima.")


@pytest.mark.parametrize(
    "text",
    [
        "Two Bolivian traders were jailed for providing financial assistance to the rebels.",
        "A Chilean pilot was fined for providing fuel to the smugglers in Peru.",
        "The expulsion of two Peruvians for providing money to the guerrillas angered Lima.",
    ],
)
def test_an_act_named_as_a_charge_is_no_event(nlp, text):
    assert "AID" not in types(nlp, text)


def test_the_measure_of_a_charge_is_kept_and_so_is_plain_aid(nlp):
    assert "COERCE" in types(nlp, "Two Bolivian traders were jailed for providing financial assistance to the rebels.")
    assert "AID" in types(nlp, "Two Bolivian traders provided financial assistance to the flood victims.")


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian care firms have cancelled contracts with 40 councils, a BBC investigation has found.",
        "A CNN investigation found that the Chilean ministry paid the contractor twice.",
    ],
)
def test_a_news_outlets_investigation_is_no_probe(nlp, text):
    assert "ACCUSE" not in types(nlp, text)


def test_offering_ones_take_is_no_offer(nlp):
    assert "AGREE" not in types(nlp, "The Chilean comedian offered his take on the new president.")
    assert "AGREE" in types(nlp, "Chile offered to mediate between the two Peruvian factions.")


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia does a much better job in helping young migrants than Chile does.",
        "The Peruvian police did a poor job of protecting the marchers.",
    ],
)
def test_a_job_done_well_or_badly_is_no_act(nlp, text):
    assert "AID" not in types(nlp, text)


def test_the_act_told_plainly_is_kept(nlp):
    assert "AID" in types(nlp, "Bolivia is helping young migrants from Chile.")


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru have engaged in tit-for-tat exchanges since the border dispute began.",
        "Many Andean leaders offered congratulatory messages to the new Chilean president.",
    ],
)
def test_exchanges_and_messages_are_no_fight_nor_offer(nlp, text):
    found = types(nlp, text)
    assert "ASSAULT" not in found
    assert "AGREE" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Chilean troops engaged in heavy fighting with the rebels near the border.",
        "The Bolivian army engaged the insurgents in the jungle on Monday.",
    ],
)
def test_engaging_a_force_or_in_fighting_stays_a_fight(nlp, text):
    assert "ASSAULT" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The two envoys agreed that it was necessary to establish a dialogue with the Bolivian rebels.",
        "The Chilean minister said it was important to resume the talks with Peru.",
    ],
)
def test_an_act_told_as_needed_is_no_act(nlp, text):
    assert "CONSULT" not in types(nlp, text)


def test_an_act_done_quickly_is_kept(nlp):
    assert "ACCUSE" in types(nlp, "Chile was quick to condemn the attack on the Peruvian embassy.")
