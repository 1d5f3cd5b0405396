"""Round 33's PLOVER rulings (``wished_acts``, ``factual_claims``, ``backed_votes``, the sentence row of
``trigger_senses.tsv``): a hostile wish ascribed to an actor is no threat, its own stated wish is; a claim of fact
is no accusation, a claim of a wrong is; help to win a vote is SUPPORT; a sentence with no prison term is SANCTION."""

import pytest

from sitrep.extract import backed_votes, court_sentences, factual_claims, wished_acts

HOSTILE = ("THREATEN", "SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE")
WISHES = wished_acts.examples()
CLAIMS = [r for r in factual_claims.examples() if r["kind"] == "claim"]
WRONGS = [r for r in factual_claims.examples() if r["kind"] == "wrong"]
VOTES = backed_votes.examples()


def _coded(event_roles, text):
    return {t for t in HOSTILE if event_roles(text, t)}


@pytest.mark.parametrize("row", WISHES, ids=[r["word"] for r in WISHES])
def test_a_wish_told_of_an_actor_codes_no_hostile_event(event_roles, row):
    assert _coded(event_roles, row["example"]) == set()


@pytest.mark.parametrize("row", WISHES, ids=[r["word"] for r in WISHES])
def test_the_actors_own_wish_stays_a_hostile_event(event_roles, row):
    assert _coded(event_roles, row["own"])


def test_a_cooperative_wish_keeps_its_planned_reading(event_roles):
    roles = event_roles("Chile wants to hold joint naval exercises with Peru.", "COOPERATE")
    assert ("source", "Chile") in roles


def test_a_wish_said_by_the_actor_is_its_threat(event_roles):
    roles = event_roles("Borduria said it wants to expel the Syldavian ambassador.", "THREATEN")
    assert ("source", "Borduria") in roles


@pytest.mark.parametrize("row", CLAIMS, ids=[r["word"] for r in CLAIMS])
def test_a_claim_of_fact_is_no_accusation(event_roles, row):
    assert event_roles(row["example"], "ACCUSE") == set()


@pytest.mark.parametrize("row", WRONGS, ids=[r["word"] for r in WRONGS])
def test_a_claim_of_a_wrong_stays_an_accusation(event_roles, row):
    assert any(role == "source" for role, _ in event_roles(row["example"], "ACCUSE"))


def test_a_claim_of_fact_with_a_time_phrase_is_no_accusation(event_roles):
    text = "On Monday, the Bordurian army claimed that most of the Syldavian border town was under its control."
    assert event_roles(text, "ACCUSE") == set()


def test_a_claim_of_an_attack_stays_an_accusation(event_roles):
    roles = event_roles("Borduria claimed that Syldavian troops had shelled the border villages.", "ACCUSE")
    assert ("source", "Borduria") in roles


@pytest.mark.parametrize("row", VOTES, ids=[f"{r['kind']}-{r['word']}" for r in VOTES])
def test_help_to_win_a_vote_is_support(event_roles, row):
    roles = event_roles(row["example"], "SUPPORT")
    assert {("source", "Borduria"), ("target", "Syldavia")} <= roles
    assert event_roles(row["example"], "AID") == set()


def test_help_to_rebuild_stays_aid(event_roles):
    roles = event_roles("Borduria helped Syldavia rebuild the harbour.", "AID")
    assert ("source", "Borduria") in roles


SENTENCES = court_sentences.examples()


@pytest.mark.parametrize("row", SENTENCES, ids=[f"{r['kind']}-{r['word']}" for r in SENTENCES])
def test_a_sentence_is_sanction_unless_it_jails(event_roles, row):
    if row["kind"] == "free":
        assert ("source", "judiciary") in event_roles(row["example"], "SANCTION")
        assert event_roles(row["example"], "COERCE") == set()
    else:
        assert ("source", "judiciary") in event_roles(row["example"], "COERCE")
        assert event_roles(row["example"], "SANCTION") == set()


def test_a_sentence_with_no_penalty_named_stays_coerce(event_roles):
    assert event_roles("A Bordurian court sentenced the Syldavian journalist on Monday.", "COERCE")
