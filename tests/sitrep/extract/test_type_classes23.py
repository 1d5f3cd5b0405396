"""Event-type classes of round 23, read from the type misses of the unseen tuning halves and checked on sentences
of our own through the real spaCy pipeline.

- backing reaffirmed, reiterated, declared or lent ('reaffirmed its backing for the plan', 'lent its support to the
  budget') is a statement of support, PLOVER SUPPORT ("express support for") (``triggers_curated.tsv`` rows on the
  '@backing' class of ``trigger_objects.tsv``); support pledged, promised, offered or extended keeps its reading, a
  promise (AGREE, as CAMEO 032/033 and test_events code it; often material: 'offered air support');
- pulling, withdrawing, dropping, scrapping or shelving one's own bill, plan or proposal ('pulled his repeal bill
  from the floor') is backing down, PLOVER CONCEDE (the '@own_measures' class);
- acknowledging, accepting or admitting a vote's outcome ('acknowledged the opposition's victory', 'accepted the
  election results', 'admitted defeat') is a concession, PLOVER CONCEDE (the '@outcome' class); not accepting it
  is a rejection;
- an act told in a relative clause of a decided measure keeps its category even when the measure is written with
  a capital ('the U.S. Measures, which will impose tariffs on Japanese imports' is a sanction, not a threat);
- a court or a judge blocking, halting, striking down or voiding an act or a policy, or ruling it unlawful, is
  PLOVER SANCTION convict ("find an entity or behavior ... unconstitutional ... in a court of law"), not a
  coercion or a rejection (``court_rulings``, ``data/court_rulings.tsv``); the same verbs with another subject
  keep their reading; a restraining order or an injunction issued or granted is the same ruling
  (``triggers_curated.tsv``), other orders stay demands.
"""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import readings, types


@pytest.mark.parametrize(
    "text",
    [
        "Chile reaffirmed its support for Peru's bid to host the summit.",
        "The Kenyan president declared his full backing for the Ugandan delegation.",
    ],
)
def test_reaffirmed_backing_is_support(nlp, text):
    got = types(nlp, text)
    assert "SUPPORT" in got and "AGREE" not in got, (text, got)


def test_a_pledge_to_act_stays_a_promise(nlp):
    assert "AGREE" in types(nlp, "The Kenyan president pledged to rebuild the bridges on the Ugandan border.")


@pytest.mark.parametrize(
    "text",
    [
        "House Speaker Paul Ryan pulled his repeal bill from the floor on Friday.",
        "The Peruvian government dropped its plan to tax remittances after the strikes.",
        "Republican leaders withdrew the legislation to overhaul the health system.",
    ],
)
def test_withdrawn_own_measure_is_a_concession(nlp, text):
    assert "CONCEDE" in types(nlp, text), text


@pytest.mark.parametrize("row", [r for r in read_tsv("court_rulings.tsv")], ids=lambda r: f"{r['kind']}-{r['word']}")
def test_court_ruling_rows(nlp, row):
    assert "SANCTION" in types(nlp, row["example"]), row["example"]  # (a suspension keeps SANCTION discontinue)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A federal judge in Hawaii blocked President Donald Trump's new travel ban on Wednesday.", "Donald Trump"),
        ("The Chilean government's pension reform was halted by a judge in Santiago.", None),
        ("Ms Bachelet criticised a judge who blocked the Chilean government's pension reform.", None),
    ],
)
def test_court_blocking_a_policy_is_a_sanction_of_its_owner(event_roles, text, target):
    roles = event_roles(text, "SANCTION")
    assert any(role == "source" for role, _ in roles), roles
    assert target is None or ("target", target) in roles, roles


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked the main road to the airport in Lima.",
        "The Kenyan police blocked the convoy of the opposition leader.",
        "Bolivia's senate struck down the amendment on Tuesday.",
        "The Chilean high court ruled that ten houses in the illegal settlement near Arica must be demolished.",
    ],
)
def test_other_subjects_keep_their_reading(nlp, text):
    assert ("SANCTION", "convict") not in readings(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The ruling party in Nairobi acknowledged the opposition's victory in the capital.", "CONCEDE"),
        ("The Kenyan government accepted the election results on Monday.", "CONCEDE"),
        ("The Kenyan government did not accept the election results.", "REJECT"),
    ],
)
def test_accepting_an_outcome_is_a_concession(nlp, text, etype):
    assert etype in types(nlp, text), text


@pytest.mark.parametrize("noun", ["measures", "Measures"])
def test_act_of_a_decided_measure_is_no_threat(nlp, noun):
    text = (
        f"The minister said there was deep regret over the Chilean {noun}, which will impose tariffs on Japanese goods."
    )
    got = types(nlp, text)
    assert "SANCTION" in got and "THREATEN" not in got, got


def test_restraining_order_is_a_ruling_and_other_orders_demands(nlp):
    text = "A judge in Santiago issued a temporary restraining order on the Chilean government's pension reform."
    assert ("SANCTION", "convict") in readings(nlp, text)
    assert "REQUEST" in types(nlp, "The Kenyan police issued an order to evacuate the border town.")
