"""The place of a side named in a 'between' phrase is where the side is, not a side (round 22, precision dev
sample 2424: 'clashes broke out between rival Kurdish groups in northwestern Iraq' coded Iraq as a party). The
actors the phrase names fight or meet; a locative phrase on a side ('in Iraq', 'in Darfur') says where, when the
side is named otherwise (``event_arg_nouns.side_actors``)."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import role_words


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        ("Clashes broke out between the Kurdistan Democratic Party and the PKK in northern Iraq.", "ASSAULT", "Iraq"),
        ("Fighting between government troops and rebels in Darfur killed ten villagers.", "ASSAULT", "Darfur"),
        ("Clashes between Somali troops and al-Shabaab fighters in Mogadishu left four dead.", "ASSAULT", "Mogadishu"),
    ],
)  # fmt: skip
def test_the_place_of_a_named_side_is_no_party(nlp, text, etype, place):
    parties = role_words(nlp, text, etype, "source") | role_words(nlp, text, etype, "target")
    assert parties and place not in parties, parties


def test_the_sides_themselves_stay_parties(nlp):
    text = "Clashes broke out between the Kurdistan Democratic Party and the PKK in northern Iraq."
    parties = role_words(nlp, text, "ASSAULT", "source") | role_words(nlp, text, "ASSAULT", "target")
    assert {"Kurdistan Democratic Party", "PKK"} <= parties, parties


def test_talks_between_two_states_keep_both(nlp):
    text = "Talks between Chile and Peru in Lima resumed on Monday."
    doc_parties = role_words(nlp, text, "CONSULT", "participant") | role_words(nlp, text, "CONSULT", "source")
    assert {"Chile", "Peru"} <= doc_parties, doc_parties
