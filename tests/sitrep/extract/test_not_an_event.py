"""Sentences that report no event (PLOVER codes no negated, hoped-for or hedged act) and triggers whose object
gives them another sense, run through the real extraction: example sentences of our own."""

from __future__ import annotations

import pytest

from sitrep.extract import entities
from sitrep.extract.event_candidates import doc_event_candidates


def _coded(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [
        (c["event_type"], c["trigger"], c["event_status"])
        for c in doc_event_candidates(doc, entities.doc_mentions(doc), None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile did not impose sanctions on Peru.",
        "Peru never deployed troops to Chile.",
        # the negated act's own complements are no events either ('call on' is no request here)
        "Chile cannot block the Peruvian bid because Peru can call on the support of Bolivia.",
        # a negated verb or adjective over the act: 'not willing to', 'did not want to'
        "The Chilean minister was not willing to reject the offer from Peru.",
    ],
)
def test_a_negated_act_codes_no_event(nlp, text):
    assert _coded(nlp, text) == []


def test_a_negated_acceptance_is_still_a_rejection(nlp):
    assert ("REJECT", "accept", "occurred") in _coded(nlp, "Chile did not accept the offer from Peru.")


def test_a_negated_meeting_keeps_its_denied_status(nlp):
    text = "Peruvian President Ana Ruiz did not meet Chilean President Luis Soto in Lima on Monday."
    assert ("CONSULT", "meet", "denied") in _coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Chilean president expressed hope that Peru will provide aid to the flood victims.", "provide"),
        ("Chile will likely cooperate with Peru on border controls.", "cooperate"),
    ],
)
def test_a_hoped_for_or_hedged_act_codes_no_event(nlp, text, trigger):
    assert not [c for c in _coded(nlp, text) if trigger in c[1]]


def test_the_same_acts_told_as_facts_are_coded(nlp):
    assert any("provided" in c[1] for c in _coded(nlp, "Peru provided aid to Chilean flood victims."))
    assert any("cooperate" in c[1] for c in _coded(nlp, "Chile will cooperate with Peru on border controls."))


def test_a_verbal_blast_is_criticism(nlp):
    coded = _coded(nlp, "Chilean President Luis Soto blasted the Peruvian government for its new tariffs.")
    assert [c[0] for c in coded if "blasted" in c[1]] == ["ACCUSE"]


def test_an_abstract_thing_strikes_no_one(nlp):
    assert not _coded(nlp, "Syldavian conservatives were badly hurt by Senator Karl Vance's scandal.")
    assert [c[0] for c in _coded(nlp, "Syldavian soldiers were badly hurt by the rebels' bombs.")] == ["ASSAULT"]


def test_sharing_a_view_is_no_agreement_to_act(nlp):
    assert not _coded(nlp, "The Chilean minister said he agrees with Peru that the old border is safe.")
    assert [c[0] for c in _coded(nlp, "Chile agreed with Peru that both navies should patrol the strait.")] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        # an effort is no act done: nor is what it governs
        "Peru joined Chile's effort to block the Bolivian law targeting Peruvian migrants.",
        # a hedged act: nor is what it governs
        "Chile will likely push Peru to cooperate with Bolivia.",
        "The Chilean minister will seek to reassure Peruvian fishermen that the navy will protect them.",
    ],
)
def test_what_an_unreal_act_governs_is_no_event_either(nlp, text):
    assert _coded(nlp, text) == []


def test_seeming_hedges_the_act_but_not_the_scene_it_is_told_in(nlp):
    assert not _coded(nlp, "Chile appears to have attacked Peru.")
    text = "President Ana Ruiz appeared to strike a warm tone during her meeting with President Luis Vega."
    assert [c[0] for c in _coded(nlp, text)] == ["CONSULT"]


def test_an_act_done_without_hesitation_is_coded(nlp):
    coded = _coded(nlp, "The Chilean army did not hesitate to shell the Peruvian fort.")
    assert ("ASSAULT", "shell", "occurred") in coded  # done, not a planned attack read as a threat
    coded = _coded(nlp, "Bolivian gunboats have not hesitated to shell Paraguayan barges on the river.")
    assert ("ASSAULT", "shell", "occurred") in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # announcing a sanction or an expulsion enacts it: the measure, not a threat of it
        ("Bolivia announced fresh sanctions on Paraguayan banks on Friday.", "SANCTION"),
        ("Bolivia announced the expulsion of three Paraguayan attaches.", "SANCTION"),
        ("Bolivia announced the suspension of its gas deliveries to Paraguay.", "SANCTION"),
        # a step taken now towards the measure is the measure
        ("Bolivia is moving to expel three Paraguayan attaches.", "SANCTION"),
        # a measure still to be announced, or announced as a future step, is a threat
        ("Bolivia will announce sanctions on Paraguayan banks next week.", "THREATEN"),
        ("Bolivia announced that it would impose sanctions on Paraguayan banks.", "THREATEN"),
    ],
)
def test_an_announced_measure_is_enacted_and_a_promised_one_threatened(nlp, text, expected):
    assert [c[0] for c in _coded(nlp, text)] == [expected]


def test_an_announced_meeting_or_strike_is_still_planned(nlp):
    assert _coded(nlp, "The dockers' union announced a general strike for Monday.") == [
        ("PROTEST", "announced strike", "planned")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian minister hoped Paraguay would send doctors to the flooded towns.",
        "Bolivian officials wish Paraguay would reopen the border crossing.",
    ],
)
def test_a_wish_about_another_actors_act_is_no_event(nlp, text):
    assert _coded(nlp, text) == []


def test_a_wish_to_act_oneself_is_a_stated_intent(nlp):
    assert [c[0] for c in _coded(nlp, "Bolivia hopes to sign a gas agreement with Paraguay.")] == ["SUPPORT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act of force that is only striven for, or the purpose of another act, is no threat (no one said it)
        ("Bolivian marines are racing to seize the Paraguayan river port before the rains.", "planned"),
        ("The Bolivian navy is focused on capturing the Paraguayan river port.", "planned"),
        # an aspectual verb tells the act itself
        ("The Bolivian border police continue to detain Paraguayan traders at the crossing.", "occurred"),
    ],
)
def test_an_act_of_force_striven_for_or_going_on_is_no_threat(nlp, text, expected):
    coded = _coded(nlp, text)
    assert coded and "THREATEN" not in {c[0] for c in coded}
    assert {c[2] for c in coded} == {expected}


def test_a_vowed_act_of_force_is_still_a_threat(nlp):
    assert {c[0] for c in _coded(nlp, "Bolivia said it would seize the Paraguayan river port.")} == {"THREATEN"}


def test_an_armed_groups_strike_is_an_attack_and_workers_strike_a_protest(nlp):
    assert [c[0] for c in _coded(nlp, "The insurgents struck shortly after midnight in eastern Bolivia.")] == [
        "ASSAULT"
    ]
    assert [c[0] for c in _coded(nlp, "Bolivian miners struck for a week over pay.")] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian minister offered Paraguay an account of the border incident.",
        "Relatives beat their breasts outside the Paraguayan consulate.",
        "The Bolivian bank will hire analysts to take on senior roles.",
    ],
)
def test_a_trigger_word_in_another_sense_is_no_event(nlp, text):
    assert _coded(nlp, text) == []


def test_an_act_named_as_another_acts_purpose_is_no_event(nlp):
    assert _coded(nlp, "Bolivia lowered its tariffs in order to win the support of Paraguayan exporters.") == []


def test_an_act_of_force_only_aimed_at_needs_someone_aiming(nlp):
    assert _coded(nlp, "Trying to attack the Bolivian audit office is simply attacking the messenger.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Some 61% of Paraguayans back closer ties with Bolivia, a survey found.",
        "A clear majority of Paraguayan farmers oppose the water deal with Bolivia.",
        "About three in 10 Paraguayans support the Bolivian gas pipeline.",
    ],
)
def test_a_polled_share_of_people_holds_a_stance_and_does_no_act(nlp, text):
    assert _coded(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Call your Paraguayan consulate and ask them to support the appeal.",
        "Please contact the Bolivian embassy for visa questions.",
    ],
)
def test_an_instruction_to_the_reader_is_no_event(nlp, text):
    assert _coded(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an event noun supposed as the cause of a modal clause, reported or not
        "A sudden pullout of Chilean troops may bring about chaos in the valley, the Peruvian envoy said.",
        "The Peruvian envoy said a new border vote may become a way of protecting Chile's fishermen.",
        # a question put through 'whether' on the copula of a predicate adjective
        "The senator asked whether the Chilean government is prepared to ask Peru for compensation.",
        # offering information is no offer to act
        "The Chilean agency offered a report that contradicts the Peruvian figures.",
    ],
)
def test_supposed_asked_or_informative_acts_code_no_event(nlp, text):
    assert _coded(nlp, text) == []


def test_a_reported_plan_with_a_modal_keeps_its_event(nlp):
    assert [c[0] for c in _coded(nlp, "Chile said it may hold talks with Peru next week.")] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        # a belief reached through a predicate adjective ('are focused on removing')
        "The Chilean analyst thinks that Peruvian generals are focused on removing the rebels.",
        # agreeing that something is so, with no one named to agree with
        "The Chilean analyst agrees that Peru has made progress.",
    ],
)
def test_views_code_no_event(nlp, text):
    assert _coded(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # sport and show business with no state party: contracts, releases of players, a singer's label
        "The Syldavian striker Ana Ruiz signed a three-year deal with the club on Friday.",
        "The club said the release of its goalkeeper followed a dispute with the coach.",
        "The singer signed her first recording contract in 1988.",
        # a verb of rivalry told of a poll, a vote or a rank is a contest, no attack
        "The Syldavian senator has overtaken her rival in the latest polls.",
        "Borduria overtook Syldavia as the largest buyer of wheat last year.",
        "Ana Ruiz won the runoff, beating the incumbent mayor by a wide margin.",
        # idioms of the attack verbs: a tie broken in a vote, a show that 'killed it'
        "The speaker broke a tie to pass the budget.",
        "The band was killing it on stage in front of the Syldavian crowd.",
        # an act needed or made possible for another ('for X to ...'), a consent or permission to act
        "Syldavia needed Bordurian consent for its troops to launch an offensive across the river.",
        "Chile now has the permission to sign the treaty with Peru.",
        # a clause of 'since' names a past happening as the start of a span: background
        "Trade has grown steadily since Borduria withdrew its troops from the border.",
        # the reporter's guess at what may follow a condition
        "If the utility breaks its pledges, the Syldavian regulator may impose a heavy fine.",
        # attending court is no meeting
        "The lawyer invited the defendant to attend court on Monday.",
    ],
)
def test_games_shows_contests_and_descriptions_code_no_event(nlp, text):
    assert _coded(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Syldavian government banned the football club from the league.", "COERCE"),
        ("Syldavian troops overtook the Bordurian convoy near the border.", "ASSAULT"),
        ("The Syldavian army defeated the rebels in the battle for the port.", "ASSAULT"),
        ("Chile, which sent troops to Peru last week, condemned the attack.", "ACCUSE"),
    ],
)
def test_the_same_verbs_with_state_parties_or_in_war_still_code(nlp, text, etype):
    assert etype in [c[0] for c in _coded(nlp, text)]


def test_a_relative_clause_in_the_present_describes_its_noun(nlp):
    coded = _coded(nlp, "Police raided the offices of a charity that helps flood victims.")
    assert [c[0] for c in coded] == ["COERCE"]  # the raid, not the charity's help
