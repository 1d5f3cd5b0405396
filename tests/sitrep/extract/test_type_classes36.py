"""Round 36's type classes (``ordered_acts``, the '@pledges' rows of ``triggers_curated.tsv``): the act an order's
participle tells, a promise of a response of force, a commitment reaffirmed or made, a critique offered and a
measure blocked, each coded by its PLOVER category through the real pipeline."""

import pytest

from sitrep.extract.data_files import read_tsv

ORDERS = read_tsv("ordered_acts.tsv")
RESPONSES = read_tsv("promised_responses.tsv")
CURATED = [
    r
    for r in read_tsv("triggers_curated.tsv")
    if r["object"] == "@pledges"
    or (r["lemma"] == "offer" and r["plover"] == "ACCUSE")
    or (r["lemma"] == "block" and r["object"] in {"measure", "law", "confirmation", "amendment", "decree", "reform"})
]


@pytest.mark.parametrize("row", ORDERS, ids=[r["example"][:40] for r in ORDERS])
def test_an_ordered_participle_is_the_act_not_a_request(event_roles, row):
    roles = event_roles(row["example"], row["act"])
    assert any(role == "source" for role, _ in roles), roles
    assert not event_roles(row["example"], "REQUEST")


@pytest.mark.parametrize("row", RESPONSES, ids=[r["word"] for r in RESPONSES])
def test_a_promised_response_of_force_is_a_threat(event_roles, row):
    assert event_roles(row["example"], "THREATEN")
    assert not event_roles(row["example"], "AGREE")


@pytest.mark.parametrize("row", CURATED, ids=[f"{r['lemma']}-{r['object']}" for r in CURATED])
def test_each_row_codes_its_category(event_roles, row):
    assert event_roles(row["example"], row["plover"]), row["example"]


def test_an_order_that_a_clause_be_done_stays_a_demand(event_roles):
    text = "The Ruritanian court ordered that the Freedonian prisoners be released."
    assert not event_roles(text, "RETREAT")


def test_an_order_to_act_keeps_its_own_reading(event_roles):
    text = "The Ruritanian president ordered the army to withdraw from the Freedonian border."
    assert not event_roles(text, "COERCE")


def test_a_plain_promised_response_stays_a_promise(event_roles):
    text = "The Ruritanian minister promised a response to the Freedonian letter."
    assert event_roles(text, "AGREE")
    assert not event_roles(text, "THREATEN")


def test_a_promise_of_talks_stays_a_promise(event_roles):
    text = "The Freedonian president promised new talks with the Ruritanian opposition."
    assert not event_roles(text, "THREATEN")


def test_reaffirmed_support_stays_support(event_roles):
    text = "The Ruritanian ministers reaffirmed their support for the Freedonian bid."
    assert event_roles(text, "SUPPORT")
    assert not event_roles(text, "AGREE")


def test_an_offer_of_aid_stays_an_offer(event_roles):
    text = "Ruritania offered aid to the flooded Freedonian provinces."
    assert not event_roles(text, "ACCUSE")


def test_a_blocked_road_is_no_rejection(event_roles):
    text = "Striking Ruritanian miners blocked the main highway into the capital."
    assert not event_roles(text, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian rebels have left the militants' camp, their leader pledged on Thursday.",
        "The Ruritanian minister vowed that he had never taken bribes from the Freedonian firm.",
    ],
)
def test_a_vow_that_tells_a_fact_is_no_promise(event_roles, text):
    assert not event_roles(text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian minister promised that the Freedonian bridge would be rebuilt by spring.",
        "The Ruritanian president vowed that Ruritania will never abandon Freedonia.",
        "The Ruritanian minister pledged to rebuild the damaged Freedonian bridges by spring.",
    ],
)
def test_a_vow_of_what_will_be_done_stays_a_promise(event_roles, text):
    assert event_roles(text, "AGREE")
