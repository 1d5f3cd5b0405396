"""Event precision classes of the development sample of seed 2929 (checked on the samples of seeds 2424 to 2828),
each checked on sentences of our own.

- a building or a place of travel emptied for safety ('the airport was evacuated', 'police evacuated the mall')
  is a security measure, no aid (``trigger_senses.tsv`` evacuate); evacuating people (civilians, the wounded)
  stays aid;
- a bare participle inside a parenthesis that the parser hangs as a relative clause on the parenthesis's noun
  ('the Front (terrorist organization outlawed in Chile)') is a standing description, as the participle is
  (``event_frames.json`` parenthetical_deps relcl); a relative clause with its own relative word or auxiliary
  keeps its act.
"""

import pytest

from tests.sitrep.extract.coding import role_words, types


@pytest.mark.parametrize(
    "text",
    [
        "The main terminal of the airport was evacuated on Monday after a bomb threat.",
        "Police evacuated the shopping mall in Lima after a suspicious package was found.",
        "The Chilean courthouse was briefly evacuated on Tuesday because of a fire alarm.",
        "Two schools in Cusco were evacuated as a precaution after the earthquake.",
    ],
)
def test_an_evacuated_building_is_no_aid(nlp, text):
    assert "AID" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Red Cross workers evacuated hundreds of civilians from the city.", "civilians"),
    ],
)
def test_evacuating_people_stays_aid(nlp, text, target):
    assert target in role_words(nlp, text, "AID", "target")


def test_an_airport_emptied_after_a_shooting_codes_the_shooting(nlp):
    text = "The Lima airport was partially evacuated on Saturday after a man was shot dead by Peruvian soldiers."
    assert types(nlp, text) == {"ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "Vega said talks were hard in a situation where the Shining Front (terrorist organization outlawed in "
        "Chile), has been trying to get a foothold in Peru.",
        "We have been watching the activity of the Front (a militant group outlawed in Chile) in Peru, Vega said.",
    ],
)
def test_a_parenthetical_participle_is_no_ban(nlp, text):
    assert "COERCE" not in types(nlp, text)


def test_a_parenthetical_clause_of_its_own_keeps_its_act(nlp):
    text = "The Shining Front (which Chile has outlawed) attacked the town of Arica on Monday."
    assert "ASSAULT" in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Ten civilians were killed on Monday in an air strike by Chilean jets near Arica.", "Chilean"),
        ("Civilians were killed last week in air strikes by NATO forces in the north of Peru.", "NATO"),
        ("Four fishermen were wounded in a drone strike by the Peruvian navy on Friday.", "navy"),
    ],
)
def test_a_victim_of_an_air_strike_by_someone_names_the_attacker(nlp, text, attacker):
    """A passive harm told in an event noun read as an attack through its modifier ('air strike', 'drone
    strike': a labour strike in the lexicon) takes the noun's 'by' actors as the attackers."""
    assert any(attacker in w for w in role_words(nlp, text, "ASSAULT", "source"))


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean police chief accepted the criticisms of the inquiry.",
        "The minister accepted the blame for the failures of the rescue.",
        "The Peruvian police said they accept the criticisms and will review the case.",
    ],
)
def test_accepting_criticism_is_a_concession(nlp, text):
    """Accepting criticism or blame admits a failing (PLOVER CONCEDE, as regret is), no agreement."""
    assert types(nlp, text) == {"CONCEDE"}


def test_accepting_a_proposal_stays_an_agreement(nlp):
    assert "AGREE" in types(nlp, "Peru accepted the proposal of the mediators.")


@pytest.mark.parametrize(
    "text",
    [
        '"At some point we will have a situation in which the members disagree," warns the Latvian minister.',
        "The Latvian minister warned that at some point the bloc will have a situation in which its members disagree.",
        "The Chilean envoy warned that the region would soon have a crisis on its hands.",
    ],
)
def test_a_warning_that_foresees_a_situation_is_no_threat(nlp, text):
    """'will have a situation': what befalls the speaker or the bloc, no act against a party."""
    assert "THREATEN" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile warned that Peru will have to pay a heavy price for the raid.",
        "Chile warned that it will have no choice but to respond with force.",
    ],
)
def test_a_warning_of_what_one_will_have_to_do_stays_a_threat(nlp, text):
    assert "THREATEN" in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        (
            "The Security Council adopted a resolution demanding that Peru withdraw its troops.",
            "REQUEST",
            "Security Council",
        ),
        ("The Chilean senate passed a resolution urging Peru to free the fishermen.", "REQUEST", "Chilean"),
        ("The Chilean senate adopted a resolution condemning Peru's raid.", "ACCUSE", "Chilean"),
        (
            "After the rally, protesters adopted a resolution demanding that the mayor of Lima resign.",
            "REQUEST",
            "protesters",
        ),
    ],
)
def test_a_resolution_demanding_is_a_request_by_who_adopted_it(nlp, text, etype, source):
    """A resolution or motion is an act of its body: its participle ('demanding', 'urging', 'condemning') is done
    by who adopted or passed it, and adopting it is no support of its own."""
    assert "SUPPORT" not in types(nlp, text)
    assert any(source in w for w in role_words(nlp, text, etype, "source"))


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Chile called for an investigation by the United Nations into the killings.", "United Nations"),
        ("The Peruvian senator called for an inquiry by the Chilean parliament into the raid.", "Chilean"),
    ],
)
def test_a_call_for_an_act_by_someone_asks_that_someone(nlp, text, asked):
    """'called for an investigation by X': X is asked to act, the request's target."""
    assert any(asked in w for w in role_words(nlp, text, "REQUEST", "target"))


def test_a_call_for_talks_keeps_its_party(nlp):
    assert "Peru" in role_words(nlp, "Chile called for talks with Peru.", "REQUEST", "target")


def _basis_rows():
    from sitrep.extract.data_files import read_tsv

    return [(r["example"], r["party"], r["ground"]) for r in read_tsv("basis_nouns.tsv")]


@pytest.mark.parametrize(("text", "party", "ground"), _basis_rows())
def test_the_ground_of_an_act_is_no_target(nlp, text, party, ground):
    """'on the basis of UN Security Council resolutions': the resolutions' body is the ground, not a target."""
    from tests.sitrep.extract.coding import coded

    doc_targets = set()
    for etype in {c["event_type"] for c in coded(nlp, text)}:
        doc_targets |= role_words(nlp, text, etype, "target")
    assert any(party in w for w in doc_targets)
    assert not any(ground in w for w in doc_targets)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean minister described the Peruvian proposals as unrealistic.",
        "The Bolivian envoy described the talks as a waste of time.",
        "The Chilean senator described the Peruvian offer of talks as a publicity stunt.",
    ],
)
def test_an_act_called_something_is_not_done_by_who_calls_it(nlp, text):
    """'described the proposals as unrealistic': the proposals are appraised, no request (nor talks, nor offer) by
    the one who describes them."""
    assert not types(nlp, text) & {"REQUEST", "CONSULT", "AGREE", "AID"}


def test_an_act_called_wrong_stays_criticism(nlp):
    text = "The Bolivian president described Chile's seizure of the boats as illegal."
    assert "ACCUSE" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Records show Ms Rojas had phoned Mr Vega's home phone a number of times.",
        "He called her mobile number twice before midnight.",
    ],
)
def test_calling_a_phone_is_no_consultation(nlp, text):
    """Phoning someone's phone or number (records of a private case) tells a device rang, no talks between
    parties."""
    assert "CONSULT" not in types(nlp, text)


def test_phoning_a_leader_stays_a_consultation(nlp):
    assert "CONSULT" in types(nlp, "Putin phoned Erdogan on Monday.")
