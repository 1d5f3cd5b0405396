"""Event precision classes of the development sample of seed 2424 (checked on the samples of seeds 1919, 2222 and
2323), each checked on sentences of our own.

- pulling people out of somewhere (survivors out of the rubble, migrants out of the sea, lawmakers out of
  committees, 'pulled us out') is a rescue or a summons, no withdrawal (``trigger_senses.tsv`` pull out, pull);
  a state pulling its troops, its monitors or itself out stays a withdrawal;
- research (science, scholarship) is no investigation: CAMEO's investigation words take in 'research', read only
  with an allegation, a case or a claim as its object, as 'study' is (``event_frames.json`` required_arguments
  'research ACCUSE'); an inquiry or a probe stays an investigation;
- an act told in the past in a clause under a future verb ('will take office a week after Yates was removed',
  'talks will resume two days after the army shelled the town') was done: no plan inherited from above, so no
  threat (``event_status._past_clause``); a past form after 'if' stays a condition of the plan;
- instructing someone to do something is an order (REQUEST), as ordering is; the act instructed is not done nor
  promised by the one who instructs (``triggers_curated.tsv`` instruct, ``event_frames.json`` required_arguments
  'instruct REQUEST': only with a clause; teaching someone a subject is none);
- releasing an assessment, an analysis, a review or an audit is publishing a document, no release of anyone
  (``trigger_senses.tsv`` release, with the other documents); releasing hostages stays a release;
- a country joined by a hyphen to 'friendly', 'leaning' or 'oriented' says whom the person or party leans to
  ('the island's China-friendly former president'), no party of the act, as 'Tehran-backed' or 'Geneva-based'
  (``event_arg_groups.HYPHEN_SUFFIXES``).
"""

import pytest

from tests.sitrep.extract.coding import coded, role_words, types


@pytest.mark.parametrize(
    "text",
    [
        "The neighbours came round and pulled us out.",
        "Rescuers pulled two children out of the rubble on Sunday.",
        "Italian fishermen pulled 30 migrants out of the sea near Lampedusa.",
        "Party leaders were pulling lawmakers out of committees for the votes.",
        "Volunteers pulled the bodies out of the river in Lima.",
    ],
)
def test_pulling_people_out_is_no_withdrawal(nlp, text):
    assert "RETREAT" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile pulled its troops out of the border town on Monday.",
        "Peru pulled out its election monitors from Bolivia.",
        "The Bolivian battalion pulled out of the northern district.",
    ],
)
def test_pulling_forces_out_stays_a_withdrawal(nlp, text):
    assert types(nlp, text) & {"RETREAT", "SANCTION"}


@pytest.mark.parametrize(
    "text",
    [
        "In conducting her research, the Chilean scientist Ana Rojas enjoys a great overview of the glaciers.",
        "Peruvian scientists conducted research on the glaciers last year.",
        "The Bolivian university carried out research into fishing quotas.",
    ],
)
def test_research_is_no_investigation(nlp, text):
    assert "ACCUSE" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean police are researching the claims against the Peruvian minister.",
        "Chile's prosecutors opened an inquiry into the Peruvian minister's contracts.",
    ],
)
def test_an_inquiry_stays_an_investigation(nlp, text):
    assert "ACCUSE" in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The talks will resume two days after the Chilean army shelled the Peruvian town.", "ASSAULT"),
        ("Chile will host the summit a month after Peru expelled its ambassador.", "SANCTION"),
    ],
)
def test_a_past_act_under_a_future_verb_was_done(nlp, text, etype):
    found = [e for e in coded(nlp, text) if e["event_type"] == etype]
    assert found and all(e["event_status"] == "occurred" for e in found)
    assert "THREATEN" not in types(nlp, text)


def test_a_past_form_after_if_stays_a_condition(nlp):
    text = "Chile said it would bomb the rebel camps if the rebels attacked the Peruvian town again."
    assert "THREATEN" in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Chilean court instructed the government to release the Peruvian fishermen.", "RETREAT"),
        ("Putin has instructed the Defense Ministry to ensure the protection of Russian interests.", "AGREE"),
    ],
)
def test_an_instruction_is_an_order(nlp, text, absent):
    found = types(nlp, text)
    assert "REQUEST" in found and absent not in found


def test_teaching_is_no_order(nlp):
    assert "REQUEST" not in types(nlp, "The Chilean teacher instructed the Peruvian pupils in mathematics.")


@pytest.mark.parametrize(
    "text",
    [
        "Chilean intelligence released a public assessment in January on the Peruvian election.",
        "The Bolivian ministry released its analysis of the floods on Monday.",
        "Peru's auditors released an audit of the Chilean contracts.",
    ],
)
def test_releasing_a_document_is_no_release(nlp, text):
    assert "RETREAT" not in types(nlp, text)


def test_releasing_hostages_stays_a_release(nlp):
    assert "RETREAT" in types(nlp, "Bolivian rebels released two Chilean hostages on Sunday.")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chilean prosecutors indicted the country's Peru-friendly former president, Ana Soto, on Monday.", "ACCUSE"),
        ("Bolivian police arrested the leader of a Chile-leaning party, Juan Rojas, in La Paz.", "COERCE"),
    ],
)
def test_a_leaning_is_no_party(nlp, text, etype):
    targets = role_words(nlp, text, etype, "target")
    assert targets and not {"Peru", "Chile"} & targets
