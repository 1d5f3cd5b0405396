"""A denial of a claim rejects only its claimant (sitrep/extract/denied_claims.py, data/denied_claims.tsv): no
counterpart carried from the denier's own last act, no party named inside the denied 'that' clause; an accusation
told before still gives its accuser, and a claimant named in the claim's own phrase stays the target."""

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import types

ROWS = read_tsv("denied_claims.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_what_the_denial_does_not_reject(nlp, event_roles, row):
    assert "REJECT" in types(nlp, row["example"]), row["example"]
    roles = event_roles(row["example"], "REJECT")
    assert not any(role == "target" and row["absent"] in (name or "") for role, name in roles), roles


def test_the_denial_keeps_its_denier(event_roles):
    roles = event_roles("Peter Novak met Anna Kovac in Prague in May. Novak denied those claims on Friday.", "REJECT")
    assert any(role == "source" and "Novak" in (name or "") for role, name in roles), roles


def test_an_accusation_told_before_gives_the_accuser(event_roles):
    text = "Anna Kovac accused Peter Novak of spying on Monday. Novak denied the accusation on Friday."
    assert ("target", "Anna Kovac") in event_roles(text, "REJECT")


def test_a_claimant_named_with_the_claim_stays(event_roles):
    assert ("target", "Chile") in event_roles("Peru denied the allegations made by Chile on Monday.", "REJECT")
    assert ("target", "Freedonia") in event_roles("The Ruritanian government rejected Freedonia's claims.", "REJECT")


def test_a_demand_still_continues_the_last_act(event_roles):
    text = "Turkey summoned the Dutch ambassador on Monday. It demanded an official apology."
    assert any(role == "target" for role, _ in event_roles(text, "REQUEST"))


def test_a_refusal_of_an_offer_still_takes_the_offer_s_maker(event_roles):
    text = "Chile offered Peru a loan on Monday. Peru rejected the offer on Friday."
    assert ("target", "Chile") in event_roles(text, "REJECT")
