"""Event-type classes of round 25, from the tuning halves' wrong types, the development precision samples and the
PLOVER manual, checked on sentences of our own through the real spaCy pipeline.

- a promise to refuse is a refusal: a vow, pledge or promise whose complement is a REJECT of the lexicon ('vowed to
  block the deal', 'promised to veto any resolution', 'pledged to boycott the summit') is REJECT, not AGREE (PLOVER
  AGREE is a commitment to cooperate; REJECT is "all rejections and refusals"), as a promise not to cooperate
  already was ('vowed never to withdraw'); a promise not to refuse ('vowed not to block') stays AGREE
  (``trigger_readings.refused_reading``);
- a meeting told as the grounds of a sanction ('sanctioned the senators for visiting Bolivia', 'imposed sanctions
  on two lawmakers for visiting Taiwan', 'will slap sanctions on them for visiting Crimea') is the charge, done by
  the act's recipient: no CONSULT of the act's doer, as for an arrest or a fine (``charge_words`` of
  ``data/event_frames.json``, charged_acts.py: 'sanction', 'penalize', 'blacklist', 'impose', 'slap');
  thanks for hosting talks keep the talks ('thanked Peru for hosting');
- finding common or middle ground is seeking a settlement, AGREE as finding a solution is (CAMEO 030 'FIND: *
  &SOLUTION'), not CAMEO's evidence found ('ground' is in its &EVIDENCE set: ACCUSE investigate)
  (``triggers_curated.tsv``); grounds found for a charge stay an investigation;
- reinforcing a message, a fear or an impression is no troop reinforcement (MOBILIZE) and reinforcing ties is
  improved relations (PLOVER SUPPORT: "improve ... diplomatic cooperation", as 'improved their ties' is)
  (``trigger_senses.tsv``); reinforcing a garrison or patrols stays MOBILIZE;
- releasing a decision, a ruling or a verdict is publishing it, no release of prisoners (RETREAT), and committing
  executions, killings or a kidnapping is no commitment (AGREE): ``trigger_senses.tsv`` rows, as for reports and
  crimes;
- the infinitive clause of an armed operation ('the offensive to retake the town', 'the operation to retake the
  port') tells the operation's aim, its own act under way (ASSAULT), not an attack planned by the infinitive
  (THREATEN) (``data/operation_aims.tsv``, ``event_status``); a future above the operation keeps it planned;
- the infinitive of a verb of using a means ('have been using mortars to shell the town') tells what the means did,
  not a planned attack (``means_verbs`` of ``data/event_frames.json``); a future use stays a threat;
- using or employing aircraft or drones is no investigation: CAMEO's 'USE: * &AIRCRAFT' (090, ACCUSE investigate)
  took 'used drones to attack the camps' for one and left the attack out as governed by it (PLOVER's ACCUSE
  investigate is an inquiry into wrongdoing); ``trigger_senses.tsv`` rows on 'use' and 'employ';
- bringing a case or launching, opening, starting or initiating proceedings against someone is suing or bringing
  to court, PLOVER ACCUSE allege, as filing a case is (``triggers_curated.tsv``). ('took legal action' is left: coded
  so, an undated report of a lawsuit told dated elsewhere stood as a second event, a duplicate.)
"""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import role_words, types


@pytest.mark.parametrize(
    "text",
    [
        "Chilean senators vowed to block the trade deal with Peru.",
        "Chile promised to veto any UN resolution on Peru.",
        "The Bolivian government vowed to reject any deal with Peru.",
        "Chile pledged to boycott the summit in Peru.",
        "The opposition swore to block the nomination of the new envoy to Peru.",
        "Peru's foreign minister said his country would resist any pressure from Chile and vowed to reject the plan.",
    ],
)
def test_a_vow_to_refuse_is_a_rejection(nlp, text):
    got = types(nlp, text)
    assert "REJECT" in got and "AGREE" not in got, (text, got)


def test_the_one_vowing_to_refuse_is_the_source(nlp):
    text = "Chile vowed to block the trade deal with Peru."
    assert "Chile" in role_words(nlp, text, "REJECT", "source"), text
    assert "Peru" in role_words(nlp, text, "REJECT", "target"), text


@pytest.mark.parametrize(
    "text",
    [
        "Chile vowed not to block the trade deal with Peru.",
        "Chile promised to sign the trade deal with Peru.",
    ],
)
def test_a_promise_not_to_refuse_stays_a_promise(nlp, text):
    got = types(nlp, text)
    assert "AGREE" in got and "REJECT" not in got, (text, got)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("China imposed sanctions on two US lawmakers for visiting Taiwan.", "SANCTION"),
        ("The Peruvian senators were sanctioned by Chile for visiting Bolivia.", "SANCTION"),
        ("Chilean police arrested two Peruvian activists for meeting the Bolivian opposition leader.", "COERCE"),
        ("Ukraine said it would slap sanctions on the French lawmakers for visiting Crimea.", "THREATEN"),
    ],
)
def test_a_meeting_told_as_grounds_is_no_meeting_of_the_doer(nlp, text, act):
    got = types(nlp, text)
    assert act in got and "CONSULT" not in got, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president visited Lima for talks with Peruvian President Ana Ruiz.",
        "The Peruvian foreign minister arrived in Santiago for talks.",
        "Chile sanctioned Peru after the Peruvian president visited Bolivia.",
        "Chile thanked Peru for hosting the border talks.",
    ],
)
def test_meetings_told_as_such_stay(nlp, text):
    assert "CONSULT" in types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru tried to find common ground on the border.",
        "The Bolivian unions and the government hope to find middle ground on pensions.",
        "Peru's foreign minister said both sides must find common ground before the summit.",
    ],
)
def test_finding_common_ground_is_no_investigation(nlp, text):
    assert "ACCUSE" not in types(nlp, text), text


def test_finding_common_ground_is_seeking_a_settlement(nlp):
    assert "AGREE" in types(nlp, "Chile and Peru tried to find common ground on the border."), "common ground"


def test_grounds_found_for_a_charge_stay_an_investigation(nlp):
    text = "Chilean investigators found grounds for charging the Peruvian senator Tomas Vek."
    assert "ACCUSE" in types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean visit reinforced the message to Peru.",
        "The Peruvian president's remarks reinforced fears in Chile.",
        "The vote in Lima reinforced the impression that Chile backs Peru.",
    ],
)
def test_reinforcing_a_message_is_no_mobilization(nlp, text):
    assert "MOBILIZE" not in types(nlp, text), text


def test_reinforcing_ties_is_support(nlp):
    got = types(nlp, "Chile and Peru reinforced their ties at the summit in Lima.")
    assert "SUPPORT" in got and "MOBILIZE" not in got, got


@pytest.mark.parametrize(
    "text",
    ["Chile reinforced its garrison in Arica.", "The Chilean navy reinforced its patrols off the coast of Peru."],
)
def test_reinforcing_forces_stays_a_mobilization(nlp, text):
    assert "MOBILIZE" in types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Judge Tomas Vek released a 13-page decision on Friday.",
        "The Chilean court released its ruling on the Peruvian claim on Monday.",
        "The tribunal in Lima released its verdict in the case of the Chilean fishermen.",
    ],
)
def test_releasing_a_ruling_is_no_release(nlp, text):
    assert "RETREAT" not in types(nlp, text), text


def test_releasing_prisoners_stays_a_release(nlp):
    assert "RETREAT" in types(nlp, "Chile released two Peruvian fishermen on Monday."), "prisoners"


@pytest.mark.parametrize(
    "text",
    [
        "Fiendish executions committed by Islamists shocked France.",
        "Chilean soldiers committed killings in the Peruvian border town.",
        "The gang committed a kidnapping in Lima last year.",
    ],
)
def test_committing_a_crime_is_no_commitment(nlp, text):
    assert "AGREE" not in types(nlp, text), text


def _operation_rows():
    from sitrep.extract.data_files import read_tsv

    return [(r["noun"], r["example"]) for r in read_tsv("operation_aims.tsv")]


@pytest.mark.parametrize(("noun", "text"), _operation_rows())
def test_an_operation_aim_is_the_operation_under_way(nlp, monkeypatch, noun, text):
    from sitrep.extract import event_status

    got = types(nlp, text)
    assert "ASSAULT" in got and "THREATEN" not in got, (noun, text, got)
    monkeypatch.setattr(event_status, "operation_nouns", lambda: frozenset())
    assert "THREATEN" in types(nlp, text), (noun, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi offensive to drive the Islamic State out of Mosul entered its third month.",
        "The Chilean offensive to retake Arica from the Peruvian rebels began in May.",
    ],
)
def test_operation_aims_in_other_shapes(nlp, text):
    got = types(nlp, text)
    assert "ASSAULT" in got and "THREATEN" not in got, (text, got)


def test_a_future_operation_stays_a_threat(nlp):
    text = "The Chilean army will launch an offensive to retake the border town of Tacna."
    assert "THREATEN" in types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Haftar's forces have been using advanced missile systems to target rebel positions.",
        "The Peruvian rebels have been using mortars to shell the Chilean border town.",
        "The Bolivian army has been using artillery to pound the rebel-held valley.",
    ],
)
def test_a_means_used_to_attack_is_an_attack(nlp, text):
    got = types(nlp, text)
    assert "ASSAULT" in got and "THREATEN" not in got, (text, got)


def test_a_future_use_stays_a_threat(nlp):
    assert "THREATEN" in types(nlp, "The Peruvian rebels will use mortars to shell the Chilean border town."), "will"


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean army has used drones to attack rebel camps in Peru.",
        "Russia is using drones to strike Ukrainian cities.",
        "Peruvian rebels have been employing drones to attack the Chilean border posts.",
    ],
)
def test_aircraft_used_to_attack_is_an_attack_no_investigation(nlp, text):
    got = types(nlp, text)
    assert "ASSAULT" in got and "ACCUSE" not in got, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "Chile brought a case against Peru at the International Court of Justice.",
        "Chile launched legal proceedings against Peru.",
        "The European Commission opened infringement proceedings against Poland.",
    ],
)
def test_legal_action_is_an_accusation(nlp, text):
    assert "ACCUSE" in types(nlp, text), text
    assert "Peru" in role_words(nlp, text, "ACCUSE", "target") or "Poland" in role_words(nlp, text, "ACCUSE", "target")
