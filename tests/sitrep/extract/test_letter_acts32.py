"""A written message is the medium of the act it tells (``letter_acts``, ``data/letter_media.tsv``): 'sent a letter
asking him to ...' is the sender's request, not a consultation beside it; a letter that tells nothing coded, or
one received, stays CAMEO's consultation (SEND/RECEIVE * LETTER 040). A letter or parcel bomb sent is an attack
(``triggers_curated.tsv``, CAMEO RECEIVE {LETTER &WEAPON} 183), and accepted findings are an admission
(``trigger_senses.tsv``, CONCEDE)."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("letter_media.tsv")


def _types(event_roles, text):
    return {t for t in ("CONSULT", "REQUEST", "REJECT", "ACCUSE") if event_roles(text, t)}


@pytest.mark.parametrize("row", [r for r in ROWS if r["kind"] == "message"], ids=lambda r: r["word"])
def test_a_message_that_asks_is_the_request(event_roles, row):
    assert _types(event_roles, row["example"]) == {"REQUEST"}


@pytest.mark.parametrize("row", [r for r in ROWS if r["kind"] == "receipt"], ids=lambda r: r["word"])
def test_a_message_received_stays_a_consultation(event_roles, row):
    roles = event_roles(row["example"], "CONSULT")
    assert roles and not event_roles(row["example"], "REQUEST")


def test_the_request_is_the_senders(event_roles):
    roles = event_roles(
        "Ruritanian Prime Minister Peter Novak sent a letter to the Borduvian king urging him to resign.", "REQUEST"
    )
    assert ("source", "Peter Novak") in roles


def test_a_letter_that_tells_nothing_coded_stays_a_consultation(event_roles):
    text = "Ruritanian Prime Minister Peter Novak sent a letter to the Borduvian president on Monday."
    assert ("source", "Peter Novak") in event_roles(text, "CONSULT")


def test_an_act_of_the_addressee_is_no_content_of_the_letter(event_roles):
    text = "Ruritanian Prime Minister Peter Novak sent a letter to the Borduvian president, who accused him of lying."
    assert event_roles(text, "CONSULT") and event_roles(text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels sent a letter bomb to the Ruritanian finance minister on Monday.",
        "Insurgents mailed a parcel bomb to the Ruritanian president.",
    ],
)
def test_a_bomb_sent_by_post_is_an_attack(event_roles, text):
    roles = event_roles(text, "ASSAULT")
    assert any(r == "source" for r, _ in roles) and any(r == "target" for r, _ in roles)
    assert not event_roles(text, "AID") and not event_roles(text, "CONSULT")


def test_arms_sent_stay_military_aid(event_roles):
    text = "The United States sent bombs and missiles to the Ruritanian army."
    assert event_roles(text, "AID") and not event_roles(text, "ASSAULT")


def test_accepted_findings_are_an_admission(event_roles):
    text = "The Ruritanian police chief Peter Novak accepted the findings of the inquiry on Monday."
    assert ("source", "Peter Novak") in event_roles(text, "CONCEDE")
    assert not event_roles(text, "AGREE")


def test_an_accepted_invitation_stays_agreement(event_roles):
    assert event_roles("The Ruritanian government accepted the invitation of Borduvia on Monday.", "AGREE")
