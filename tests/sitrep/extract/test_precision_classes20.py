"""Event precision classes of round 20 (development sample of seed 2121), each checked on sentences of our own.

- shots fired are shots: 'fired shots at', 'fired warning shots toward' is force, no criticism; only figurative
  objects of 'fire' ('fired off a tweet', 'a salvo of questions') are words (``trigger_senses.tsv`` fire);
- 'beat' the weather, the traffic or the clock is a race against time, and 'beat' a lawsuit or the charges is
  winning in court, no attack (``trigger_senses.tsv`` beat); beating a side in a final, a semifinal, a
  championship or a playoff is a contest (``event_frames.json`` contest_nouns);
- a court or a legislature striking down a law, an order or a ban rejects it (REJECT; a court's is SANCTION
  convict since round 23), no attack; striking
  down a person stays an attack (``trigger_senses.tsv`` strike down);
- an act told as left undone, a gerund after 'without' ('lent money without asking for collateral') or after
  'from' on a verb of prevention ('was barred from visiting Lima', 'refrained from criticising'), did not
  happen; the prevention keeps its own reading (``undone_acts``, ``event_frames.json`` absence_preps,
  prevention_verbs);
- an act told in the past passive under a verb of announcing ('announced that 40 smugglers were arrested') was
  done, no plan read as a threat (``event_status._completed``);
- backing up one's words, claims or promises (with facts, with action) is no support of an actor
  (``trigger_senses.tsv`` back up);
- the 'at' phrase of an act done to people its verb names as object ('killed five soldiers at a prison') is
  where it was done, not a second target; with no such object ('fired rockets at the army base') it stays the
  target (``event_arg_scenes.scene_phrase``);
- a claim whose clause's active doer is the claimer's own side ('the army claimed it had killed 20 rebels',
  'claims its missiles downed a jet') accuses no one: the clause is coded as the claimer's own act; a claim
  about another actor's deed, or one done to the claimer, stays an accusation (``own_claims``,
  ``event_frames.json`` claim_verbs);
- signing a law, a bill, a decree or an order is no support of anyone (``trigger_senses.tsv`` sign); the act a
  participle on such a signed, issued or passed text tells is done by who signed it ('signed a decree expelling
  the envoy': the president expels; ``event_arg_clauses.RULE_NOUNS``);
- hurting or damaging an agenda, a plan, trade, business or a campaign is harm to a thing, no attack nor threat
  of one (``trigger_senses.tsv`` hurt, damage, harm ...); hurting people stays one;
- the nationality or owner told on aid or money an act cuts or withdraws ('withdrew Chilean funds from X') is the
  giver's side, not a target (``event_arg_sides.means_owners``);
- 'demonstrate' with an object is showing something ('demonstrated its commitment', 'demonstrated its new rocket
  to the officers'), no protest; with none it is a demonstration (``event_frames.json`` required_arguments
  'demonstrate PROTEST').
"""

import pytest

from tests.sitrep.extract.coding import role_words, types


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired shots at the marchers outside the palace.",
        "Bolivian border guards fired warning shots toward a Peruvian fishing boat.",
        "A gunman fired several shots at the mayor's car on Tuesday.",
    ],
)
def test_shots_fired_are_force_not_words(nlp, text):
    found = types(nlp, text)
    assert "ASSAULT" in found
    assert "ACCUSE" not in found


def test_a_tweet_fired_off_is_still_words(nlp):
    assert "ACCUSE" in types(nlp, "The Chilean senator fired off an angry tweet at the governor.")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of migrants hurried north to beat the coming winter weather.",
        "Delegates of the Chilean union left at dawn to beat the traffic into Lima.",
        "Bolivian farmers raced to beat the frost and bring in the harvest.",
        "The Peruvian senator beat a lawsuit that questioned his citizenship.",
        "The former Chilean mayor beat the corruption charges in 2015.",
        "Bolivia beat Peru in the semifinal on Sunday.",
    ],
)
def test_beating_the_weather_or_traffic_is_no_attack(nlp, text):
    assert "ASSAULT" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Peruvian constitutional court struck down the president's decree on mining.", "SANCTION"),
        ("Federal judges struck down the travel ban of the Ruritanian government.", "SANCTION"),
        ("The Bolivian senate struck down the president's decree on mining.", "REJECT"),
    ],
)
def test_a_court_striking_down_a_law_rejects_it(nlp, text, etype):
    """Since round 23 a court's is a ruling against the law (SANCTION convict, ``court_rulings``)."""
    found = types(nlp, text)
    assert "ASSAULT" not in found
    assert etype in found


def test_striking_down_people_stays_an_attack(nlp):
    assert "ASSAULT" in types(nlp, "Rebel gunmen struck down three Bolivian soldiers at the checkpoint.")


@pytest.mark.parametrize(
    ("text", "undone"),
    [
        ("Acme Bank offered personal loans without asking for any collateral.", "REQUEST"),
        ("Peru signed the fishing accord without consulting Chile.", "CONSULT"),
        ("The rebels freed the hostages without demanding a ransom from Bolivia.", "REQUEST"),
        ("The former Chilean president was barred from visiting Peru under a secrecy law.", "CONSULT"),
        ("The Bolivian envoy refrained from criticising the Peruvian government.", "ACCUSE"),
        ("Chilean police prevented the union leaders from meeting the Peruvian minister.", "CONSULT"),
    ],
)
def test_acts_left_undone_are_no_events(nlp, text, undone):
    assert undone not in types(nlp, text)


def test_the_prevention_itself_is_kept(nlp):
    assert "COERCE" in types(nlp, "The former Chilean president was barred from visiting Peru under a secrecy law.")


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("Peru signed the fishing accord after consulting Chile.", "CONSULT"),
        ("The rebels freed the hostages after talks with Bolivian envoys.", "RETREAT"),
    ],
)
def test_acts_told_as_done_beside_them_stay(nlp, text, done):
    assert done in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("Bolivian prosecutors announced that 40 smugglers were arrested last month.", "COERCE"),
        ("Nearly 900 people were detained in Peru last year, the Peruvian interior ministry announced.", "COERCE"),
        ("The Chilean ministry announced that two Peruvian diplomats were expelled.", "SANCTION"),
    ],
)
def test_an_announced_past_passive_is_done_not_threatened(nlp, text, done):
    found = types(nlp, text)
    assert done in found
    assert "THREATEN" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean minister backed up her claims with figures from the census.",
        "The Bolivian president is ready to back his words up with action.",
    ],
)
def test_backing_up_ones_words_is_no_support(nlp, text):
    assert "SUPPORT" not in types(nlp, text)


def test_backing_another_actor_stays_support(nlp):
    assert "SUPPORT" in types(nlp, "Chile backed up the Peruvian government with loans.")


@pytest.mark.parametrize(
    ("text", "victims", "place"),
    [
        ("Gunmen killed five soldiers at a prison near Lima.", "soldiers", "prison"),
        ("Rebels abducted three Chilean engineers at an army camp.", "engineers", "army"),
    ],
)
def test_the_place_of_an_attack_on_named_people_is_no_target(nlp, text, victims, place):
    targets = role_words(nlp, text, "ASSAULT", "target")
    assert any(victims in t for t in targets)
    assert not any(place in t for t in targets)


def test_an_attack_at_a_body_with_no_people_object_targets_it(nlp):
    assert any("army" in t for t in role_words(nlp, "Rebels fired rockets at the army base.", "ASSAULT", "target"))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The Bolivian army claimed it had killed 20 rebels near the border.", "ASSAULT"),
        ("Chile claims its missiles downed a Peruvian drone on Friday.", None),
        ("The rebels claimed that their fighters had captured two Chilean soldiers.", None),
        ("The Peruvian minister claimed he had never met the Bolivian envoy.", None),
    ],
)
def test_a_claim_of_ones_own_deed_accuses_no_one(nlp, text, act):
    found = types(nlp, text)
    assert "ACCUSE" not in found
    if act:
        assert act in found


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean minister claimed the Peruvian opposition had rigged the vote.",
        "Peru claimed it was attacked by Chilean troops.",
    ],
)
def test_a_claim_about_another_actors_deed_stays_an_accusation(nlp, text):
    assert "ACCUSE" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian president signed the new pension law on Friday.",
        "The Peruvian president signed a decree on school holidays.",
        "The Chilean president signed the budget bill in December.",
    ],
)
def test_signing_a_law_is_no_support(nlp, text):
    found = types(nlp, text)
    assert "SUPPORT" not in found
    assert "REQUEST" not in found


def test_signing_a_treaty_with_another_state_stays_support(nlp):
    assert "SUPPORT" in types(nlp, "Chile signed a trade agreement with Peru on Monday.")


@pytest.mark.parametrize(
    ("text", "etype", "signer"),
    [
        ("The Bolivian president signed a decree expelling the Peruvian ambassador.", "SANCTION", "president"),
        ("President Ana Ruiz signed an executive order banning refugees from three countries.", "COERCE", "Ruiz"),
        ("The Peruvian congress passed a bill banning Chilean imports.", "SANCTION", "Peruvian"),
    ],
)
def test_the_act_of_a_signed_text_is_the_signers(nlp, text, etype, signer):
    assert any(signer in s for s in role_words(nlp, text, etype, "source"))


def test_an_order_that_is_no_object_keeps_its_owner(nlp):
    text = "The judge's order banning the march was ignored by the protesters."
    assert any("judge" in s for s in role_words(nlp, text, "COERCE", "source"))


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean senators will hurt the whole party agenda if they vote against the bill.",
        "The long strike damaged trade between Peru and Bolivia.",
        "The dispute harmed the Bolivian campaign for a seat on the council.",
    ],
)
def test_harm_to_an_agenda_or_trade_is_no_attack(nlp, text):
    found = types(nlp, text)
    assert "ASSAULT" not in found
    assert "THREATEN" not in found


def test_a_conditional_harm_to_people_stays_a_threat(nlp):
    assert "THREATEN" in types(nlp, "Chilean troops will hurt the Peruvian rebels if they attack.")


@pytest.mark.parametrize(
    ("text", "etype", "owner", "target"),
    [
        ("The Chilean government withdrew Chilean funds from the Bolivian dam project.", "SANCTION", "Chilean",
         "Bolivian"),
        ("Peru suspended Peruvian aid to Bolivia after the vote.", "SANCTION", "Peruvian", "Bolivia"),
    ],
)  # fmt: skip
def test_the_owner_of_withheld_aid_is_no_target(nlp, text, etype, owner, target):
    targets = role_words(nlp, text, etype, "target")
    assert target in targets
    assert owner not in targets


@pytest.mark.parametrize(
    "text",
    [
        "Chile demonstrated its commitment to the fishing accord with Peru.",
        "The Bolivian army demonstrated its new rocket to Peruvian officers.",
        "The Peruvian engineer demonstrated the new pump to the visiting Chilean minister.",
    ],
)
def test_demonstrating_something_is_no_protest(nlp, text):
    assert "PROTEST" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian students demonstrated outside the Chilean embassy on Monday.",
        "Thousands of Peruvians demonstrated in Lima to demand the release of the miners.",
    ],
)
def test_a_demonstration_with_no_object_is_a_protest(nlp, text):
    assert "PROTEST" in types(nlp, text)
