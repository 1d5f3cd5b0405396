"""An act taken up by a noun of claiming in a reply beside it ('X accused Y of ..., a charge Y denied') is coded,
and so is the reply, aimed at the act's source (``fronted_claims``)."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("fronted_claims.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_act_told_first_is_coded(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["type"])


def test_the_reply_is_aimed_at_the_accuser(event_roles):
    roles = event_roles("Nigeria accused Ghana of harbouring rebels, an allegation Ghana rejected.", "REJECT")
    assert ("source", "Ghana") in roles
    assert ("target", "Nigeria") in roles


def test_a_fronted_act_without_a_claim_noun_stays_denied(event_roles):
    assert not event_roles("Nigeria accused Ghana of harbouring rebels, Ghana denied.", "ACCUSE")
