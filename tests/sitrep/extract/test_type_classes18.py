"""Event-type classes of round 18, from the type confusions on the unseen tuning halves, NewsArticles4 and the
development precision sample: a stated concern, alarm or dismay about another party's act is a disapproval
(ACCUSE), its target the doer of that act, whatever verb states it (CAMEO's 'raise concerns' would read a
consultation); approving or adopting a coercive measure (sanctions, tariffs, a ban, a detention) enacts it, not
a support of it; leading a delegation is its visit, not CAMEO's stated willingness to meet (AGREE); singling an
actor out is criticism of it (ACCUSE), singling it out for praise support."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import dyads, readings, types


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway voiced concern about Sweden's naval manoeuvres near the fjords.", "Norway", "Sweden"),
        ("Chile expressed alarm at the deployment of rocket batteries by Bolivia.", "Chile", "Bolivia"),
        ("Portugal raised concerns about the detention of its trawler crews by Morocco.", "Portugal", "Morocco"),
        ("Finland reiterated its unease over Russia's flights along the border.", "Finland", "Russia"),
    ],
)
def test_a_stated_concern_about_an_actors_act_is_a_disapproval_of_that_actor(nlp, text, source, target):
    found = dyads(nlp, text, "ACCUSE")
    assert any(source in src and target in tgt for src, tgt in found), found


def test_raising_a_concern_is_no_meeting(nlp):
    found = readings(nlp, "Portugal raised concerns about the detention of its trawler crews by Morocco.")
    assert ("ACCUSE", "disapprove") in found
    assert not any(t == "CONSULT" for t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Norway expressed regret over the sinking of the Swedish ferry.",
        "Peru voiced support for Chile's bid to host the games.",
        "Chile expressed its readiness to reopen the border crossing with Bolivia.",
    ],
)
def test_regret_support_and_readiness_keep_their_own_categories(nlp, text):
    assert "ACCUSE" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Polish senate approved new sanctions on Belarus on Tuesday.", ("SANCTION", "discontinue")),
        ("The European Union adopted an oil embargo on Iran.", ("SANCTION", "discontinue")),
        ("The Peruvian congress approved tariffs on Chilean wine.", ("SANCTION", "discontinue")),
        ("The Austrian parliament approved the detention of all migrants from Slovenia.", ("COERCE", "arrest")),
        ("The Lithuanian parliament adopted a ban on Russian broadcasts.", ("COERCE", "restrict")),
    ],
)
def test_approving_or_adopting_a_coercive_measure_enacts_it(nlp, text, expected):
    found = readings(nlp, text)
    assert expected in found
    assert not any(t == "SUPPORT" for t, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Norwegian parliament approved the new border treaty with Sweden.", "SUPPORT"),
        ("The US Congress approved emergency aid for Ukraine.", "AID"),
    ],
)
def test_approving_a_treaty_or_aid_keeps_its_reading(nlp, text, expected):
    assert expected in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean Finance Minister Mario Marcel led a delegation to Lima on Monday.",
        "Chile held talks with a Peruvian delegation led by Trade Minister Juan Mathews on Monday.",
    ],
)
def test_leading_a_delegation_is_its_visit_not_a_promise(nlp, text):
    found = types(nlp, text)
    assert "CONSULT" in found
    assert "AGREE" not in found


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Angela Merkel singled out Poland on Friday for blocking the migration deal.", "ACCUSE", "Angela Merkel",
         "Poland"),
        ("Emmanuel Macron singled out Italy for criticism over the migrant boats.", "ACCUSE", "Emmanuel Macron",
         "Italy"),
        ("Emmanuel Macron singled out Portugal for praise at the summit.", "SUPPORT", "Emmanuel Macron", "Portugal"),
    ],
)  # fmt: skip
def test_singling_an_actor_out_is_criticism_and_for_praise_support(nlp, text, etype, source, target):
    found = dyads(nlp, text, etype)
    assert any(source in src and target in tgt for src, tgt in found), (found, types(nlp, text))
    assert ({"ACCUSE", "SUPPORT"} - {etype}).isdisjoint(types(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "French police freed twelve kidnap victims from a farmhouse near Lyon on Tuesday.",
        "Turkish troops freed twenty hostages held by the rebels near the border.",
        "Eight captives were freed by Nigerian soldiers in the forest on Sunday.",
    ],
)
def test_captives_freed_by_a_states_forces_are_a_rescue_aid(nlp, text):
    found = types(nlp, text)
    assert "AID" in found
    assert "RETREAT" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels freed twenty hostages near the border on Sunday.",
        "Iran freed the five American hostages in a swap.",
        "Police freed the detained students on Monday.",
    ],
)
def test_captors_freeing_their_captives_stay_a_release(nlp, text):
    found = readings(nlp, text)
    assert ("RETREAT", "release") in found
    assert "AID" not in types(nlp, text)


def test_captives_allowed_to_board_a_plane_home_are_released(nlp):
    text = "Donald Tusk said the seven Poles held in Belarus were allowed to board a flight home from Minsk."
    assert ("RETREAT", "release") in readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram claimed responsibility for the bombing in Maiduguri in a video posted online.",
        "The Islamic State claimed responsibility for the Kabul hotel siege on its website on Tuesday.",
    ],
)
def test_a_claim_of_responsibility_made_in_a_statement_is_still_the_attack(nlp, text):
    found = types(nlp, text)
    assert "ASSAULT" in found
    assert "ACCUSE" not in found


def test_an_attack_made_in_a_statement_is_still_criticism(nlp):
    text = "Emmanuel Macron attacked Italy's interior minister in a statement on Monday."
    assert ("ACCUSE", "disapprove") in readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The nurses' union suspended its strike on Monday after the pay offer from the Chilean government.",
        "Peruvian farmers called off their protests in Puno after the minister's visit.",
    ],
)
def test_suspending_or_calling_off_ones_own_protest_is_a_concession(nlp, text):
    found = types(nlp, text)
    assert "CONCEDE" in found
    assert "SANCTION" not in found


def test_suspending_loans_stays_a_sanction(nlp):
    assert ("SANCTION", "discontinue") in readings(nlp, "Japan suspended its loans to Myanmar after the coup.")


def test_shutting_down_internet_access_is_withholding(nlp):
    text = "The Bolivian government shut down internet access in La Paz on Sunday."
    assert ("COERCE", "withhold") in readings(nlp, text)


def test_suspending_talks_is_a_withdrawal_from_them_not_a_meeting(nlp):
    found = readings(nlp, "Peru suspended its border talks with Chile on Friday.")
    assert ("SANCTION", "withdraw") in found
    assert not any(t == "CONSULT" for t, _ in found)


def test_a_threat_to_suspend_talks_threatens_relations(nlp):
    found = readings(nlp, "Peru threatened to suspend its border talks with Chile.")
    assert ("THREATEN", "relations") in found
    assert not any(t == "CONSULT" for t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Germany paid reparations to Namibia for the colonial massacres.",
        "Japan paid reparations to the Philippines after the war.",
    ],
)
def test_reparations_paid_are_aid(nlp, text):
    found = types(nlp, text)
    assert "AID" in found
    assert not found & {"COOPERATE", "RETREAT"}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow expressed a goodwill gesture towards Tokyo in the joint statement.",
        "Chile expressed its views on Peru's proposal for the fishing zone.",
    ],
)
def test_expressing_goodwill_or_a_view_is_no_criticism(nlp, text):
    assert "ACCUSE" not in types(nlp, text)


def test_expressing_thanks_is_support(nlp):
    assert "SUPPORT" in types(nlp, "Chile expressed its thanks to Peru for the help after the floods.")


@pytest.mark.parametrize(
    "text",
    [
        "The warlord Khalifa Haftar claims to rule the whole east of Libya.",
        "The Chilean senator Jose Garcia claims to speak for the fishermen of Arica.",
    ],
)
def test_a_claim_told_by_an_infinitive_is_about_the_claimer_no_accusation(nlp, text):
    assert "ACCUSE" not in types(nlp, text)


def test_a_claim_that_another_actor_did_something_is_an_accusation(nlp):
    found = dyads(nlp, "Chile claimed that Peru had moved troops to the border.", "ACCUSE")
    assert any("Chile" in src and "Peru" in tgt for src, tgt in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chile blocked Peru's bid to join the council on Tuesday.",
        "Greece blocked North Macedonia's accession to the alliance.",
    ],
)
def test_blocking_a_bid_or_an_accession_is_a_rejection(nlp, text):
    found = types(nlp, text)
    assert "REJECT" in found
    assert "COERCE" not in found


def test_pulling_an_ambassador_is_a_withdrawal(nlp):
    assert ("SANCTION", "withdraw") in readings(nlp, "Chile pulled its ambassador from Peru on Monday.")


def test_a_context_in_the_crosswalks_mode_place_is_no_mode():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "scripts" / "build_triggers.py"
    spec = importlib.util.spec_from_file_location("build_triggers", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    walk = build.parse_crosswalk("175: ASSAULT, pro_autocracy , military # Use violent repression\n183: ASSAULT, x\n")
    assert walk["175"] == ("ASSAULT", "")
    assert walk["183"] == ("ASSAULT", "x")


def test_water_cannon_used_on_protesters_is_an_assault_with_no_context_as_its_mode(nlp):
    found = readings(nlp, "Chilean police used water cannon against the protesters in Santiago.")
    assert ("ASSAULT", None) in found
    assert not any(m == "pro_autocracy" for _, m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops arrived in Belarus on Monday for the drills.", ("MOBILIZE", "troops")),
        ("Two Chilean warships arrived in Lima on Friday.", ("MOBILIZE", "troops")),
        ("Boko Haram fighters arrived in the town of Maiduguri on Monday.", ("MOBILIZE", "militia")),
    ],
)
def test_a_force_arriving_somewhere_is_a_deployment_not_a_visit(nlp, text, expected):
    found = readings(nlp, text)
    assert expected in found
    assert ("CONSULT", "visit") not in found


def test_a_leader_arriving_is_still_a_visit(nlp):
    assert ("CONSULT", "visit") in readings(nlp, "Chilean President Gabriel Boric arrived in Lima on Friday.")


def test_compensation_paid_for_lost_property_stays_its_return(nlp):
    text = "Chile said on Sunday that 40 Peruvian families were paid compensation for the land they lost in 1990."
    found = types(nlp, text)
    assert "RETREAT" in found
    assert "AID" not in found
