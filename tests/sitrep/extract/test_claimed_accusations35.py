"""Claims that another party did a wrong, told by a noun (``claimed_accusations``): 'Peru's claim that Chile spied
on its navy' is Peru accusing Chile (PLOVER ACCUSE), and the spying is no act the report tells as done. A claim of
fact, of the claimant's own deed, or with no claimant stays as before."""

import pytest

from sitrep.extract.claimed_accusations import accusing_claim, examples, words

ROWS = examples()


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_the_claimant_accuses_the_party_the_claim_blames(event_roles, row):
    roles = event_roles(row["example"], "ACCUSE")
    assert ("source", row["source"]) in roles
    assert ("target", row["target"]) in roles


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Peru's claim that Chile had spied on its navy drew a sharp response.", "ACCUSE"),
        ("The claim by Kenya that Ugandan troops had attacked a border post was discussed.", "ASSAULT"),
        ("Peru's claim that Chilean police had arrested its diplomats drew a sharp response.", "COERCE"),
    ],
)
def test_the_claimed_act_is_not_coded_as_done(event_roles, text, etype):
    roles = event_roles(text, etype)
    assert ("source", "Chile") not in roles and ("source", "Ugandan") not in roles
    assert ("source", "Chilean") not in roles and ("source", "police") not in roles


@pytest.mark.parametrize(
    "text",
    [
        "Peru's claim that its economy grew by five percent was disputed.",
        "Officials reviewed claims that the harbour had been dredged.",
        "There was no claim of responsibility for the attack on the embassy in Lima.",
    ],
)
def test_a_claim_of_fact_or_of_responsibility_accuses_no_one(nlp, text):
    doc = nlp(text)
    assert not any(accusing_claim(t) for t in doc if t.lower_ in {"claim", "claims"})


def test_an_unattributed_claim_is_no_accusation(nlp):
    doc = nlp("Officials reviewed claims that Chilean troops had attacked the port.")
    claims = next(t for t in doc if t.lower_ == "claims")
    assert not accusing_claim(claims)


def test_a_claim_of_the_claimant_own_deed_is_no_accusation(nlp):
    doc = nlp("Peru repeated its claim that it had shot down a Chilean drone.")
    claim = next(t for t in doc if t.lower_ == "claim")
    assert not accusing_claim(claim)


def test_a_reply_to_the_claim_still_codes_the_reply(event_roles):
    roles = event_roles("Chile dismissed Peru's claim that Chilean jets had bombed a border village.", "REJECT")
    assert ("source", "Chile") in roles and ("target", "Peru") in roles


def test_the_verb_of_claiming_reads_surveillance_as_a_wrong(event_roles):
    roles = event_roles("Senator Anna Weiss claimed that Peter Novak had hacked her office computers.", "ACCUSE")
    assert ("target", "Peter Novak") in roles


def test_every_kind_is_known():
    assert words()["noun"] and words()["verb"] and words()["wrong"] >= {"spying", "interfere", "violate"}


def test_a_passive_claim_accuses_its_named_doer(event_roles):
    text = "In an interview after his claim that he was wiretapped by Peter Novak, Senator Anna Weiss said little."
    roles = event_roles(text, "ACCUSE")
    assert ("source", "Anna Weiss") in roles and ("target", "Peter Novak") in roles


def test_a_claim_of_who_did_a_real_attack_keeps_the_attack(event_roles):
    text = "Peru's claim that the attack was carried out by Chilean jets drew a sharp response."
    assert ("target", "Chilean") in event_roles(text, "ACCUSE")
    assert event_roles(text, "ASSAULT")


def test_a_claim_by_officials_of_an_arrest_is_their_accusation(event_roles):
    text = "The outcry followed a claim by officials in Nairobi that Kenyan police had arrested forty traders."
    assert ("target", "Kenyan") in event_roles(text, "ACCUSE") or ("target", "police") in event_roles(text, "ACCUSE")
    assert not event_roles(text, "COERCE")
