"""Event-type classes of round 20, from the type confusions on the unseen tuning halves, NewsArticles4, devset2,
the GSR tuning half and the PLOVER manual's rulings: an apology, however it is delivered ('apologized', 'offered
an apology', 'issued an apology'), is an expression of regret (the manual's CONCEDE, not SUPPORT); strikes
carried out by a force that reports them through a pronoun ('the air force said it carried out strikes on ...')
are attacks as they are when the force is their subject, not a walkout beside the attack; regret voiced over another
actor's act ('voiced regret over the U.S. tariffs') is a complaint (ACCUSE disapprove), regret over one's own act
stays CONCEDE; looting by gunmen, militants or soldiers is an attack (as ransacking and pillage are), by protesters or
rioters still their riot; a payment a court orders is a sanction on the payer (the manual's court-ordered payments:
SANCTION), not a request."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import dyads, readings, type_list, types


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian defence ministry apologized to Freedonia for the stray artillery round.",
        "The harbour authority apologised to fishermen whose boats were damaged by the dredger.",
        "Freedonia's foreign minister offered an apology to Ruritania for the arrest of its consul.",
        "The Ruritanian border police issued an apology for the shooting of a farmer.",
        "The governor extended her apologies to the families of the miners.",
    ],
)
def test_an_apology_is_support_however_delivered(nlp, text):
    found = types(nlp, text)
    assert "SUPPORT" in found, found
    assert "CONCEDE" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The opposition demanded an apology from the Ruritanian defence minister.",
        "Freedonia asked Ruritania for an apology over the stray artillery round.",
    ],
)
def test_a_demanded_apology_is_no_apology(nlp, text):
    found = types(nlp, text)
    assert "SUPPORT" not in found and "CONCEDE" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian air force said it carried out strikes on militant depots near Vella.",
        "Freedonia's army said on Friday that it had conducted strikes against rebel camps in the hills.",
        "Ruritanian troops said they staged strikes on smuggler bases along the river.",
    ],
)
def test_strikes_a_force_reports_through_a_pronoun_are_attacks(nlp, text):
    found = type_list(nlp, text)
    assert "ASSAULT" in found, found
    assert "PROTEST" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian dockers' union said it would stage a strike over pay next week.",
        "Ruritanian nurses said they carried out a strike to demand more staff.",
    ],
)
def test_a_walkout_a_union_reports_through_a_pronoun_stays_a_protest(nlp, text):
    found = types(nlp, text)
    assert "PROTEST" in found, found
    assert "ASSAULT" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian foreign ministry voiced regret over the Freedonian tariffs on its steel exports.",
        "The Ruritanian foreign ministry expressed regret at Freedonia's decision to close the crossing at Vella.",
        "The Ruritanian cabinet conveyed its regret over the ruling by the Freedonian court against the fishermen.",
    ],
)
def test_regret_over_another_actors_act_is_a_complaint(nlp, text):
    found = readings(nlp, text)
    assert ("ACCUSE", "disapprove") in found, found
    assert not any(t == "CONCEDE" for t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian navy expressed regret over the sinking of a fishing boat by one of its patrol ships.",
        "Freedonia voiced regret over its own decision to close the border crossing at Vella.",
        "The Ruritanian defence ministry expressed regret over the Ruritanian shelling of the village.",
    ],
)
def test_regret_over_ones_own_act_stays_a_concession(nlp, text):
    found = types(nlp, text)
    assert "CONCEDE" in found, found
    assert "ACCUSE" not in found, found


def test_regret_over_another_actors_decision_targets_that_actor(nlp):
    text = "Japan voiced regret over Russia's decision to shut the consulate in Sapporo."
    assert ({"Japan"}, {"Russia"}) in dyads(nlp, text, "ACCUSE"), dyads(nlp, text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen looted the market town of Vella and set fire to the mayor's office.",
        "Islamic State militants looted the ancient library in Raqqa.",
    ],
)
def test_looting_by_armed_men_is_an_attack(nlp, text):
    found = types(nlp, text)
    assert "ASSAULT" in found, found
    assert "PROTEST" not in found, found


def test_looting_by_protesters_stays_their_riot(nlp):
    found = readings(nlp, "Protesters looted the offices of the ruling party in Colombo on Saturday.")
    assert ("PROTEST", "riot") in found, found
    assert not any(t == "ASSAULT" for t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A Freedonian appeals court ordered the Ruritanian oil firm Vellax to pay damages to the fishermen.",
        "A judge in Vella ordered the Ruritanian government to compensate the families of the miners.",
    ],
)
def test_a_court_ordered_payment_is_a_sanction(nlp, text):
    found = readings(nlp, text)
    assert ("SANCTION", "convict") in found, found
    assert not any(t == "REQUEST" for t, _ in found), found
