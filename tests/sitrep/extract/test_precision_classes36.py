"""Round 36's precision classes (development sample 5252 and the older samples), through the real spaCy pipeline:
a word of wish ('eager', 'keen') is a promise of cooperation only when its clause names the other party
(``stated_readiness``, the ``kind`` column of ``data/stated_readiness.tsv``); a verb of agreeing in the simple
present with nothing agreed to is a view held, no agreement (``held_views``, ``data/held_views.tsv``); offering
one's critique of a party is criticising it (``data/triggers_curated.tsv``)."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import readings, types


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian government is eager to attract more funds.",
        "The new mayor of the Ruritanian capital is eager to dispel the unflattering reviews of her first year.",
        "Ruritanian farmers are keen to sell their grain abroad.",
    ],
)
def test_wish_words_without_party(nlp, text):
    assert "AGREE" not in types(nlp, text), readings(nlp, text)


def test_a_wish_to_act_with_a_named_party_stays_a_promise(event_roles):
    got = event_roles("Freedonia is eager to deepen its trade ties with Ruritania.", "AGREE")
    assert ("source", "Freedonia") in got and ("target", "Ruritania") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian president is keen to work with the government.",
        "The Ruritanian president is eager to see European countries pay more for their defence.",
    ],
)
def test_a_wish_naming_a_party_stays_a_promise(nlp, text):
    assert "AGREE" in types(nlp, text), readings(nlp, text)


def test_readiness_needs_no_party(nlp):
    text = "The Ruritanian cabinet is willing to reopen the border crossings."
    assert "AGREE" in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize("row", read_tsv("held_views.tsv"), ids=lambda r: r["lemma"])
def test_held_view_examples(nlp, row):
    assert row["plover"] not in types(nlp, row["example"]), readings(nlp, row["example"])


def test_agreeing_with_someone_in_the_present_is_a_view(nlp):
    text = "A Ruritanian professor at the university agrees with the Freedonian minister."
    assert "AGREE" not in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian minister agrees to meet the Freedonian envoy next week.",
        "Ruritania and Freedonia agree on a ceasefire.",
        "Ruritania and Freedonia agree that talks will resume in May.",
        "Asked to release the sailors, the Ruritanian rebels agreed.",
        "Ruritania agrees to free the Freedonian sailors.",
    ],
)
def test_an_agreement_to_act_stays_one(nlp, text):
    assert "AGREE" in types(nlp, text), readings(nlp, text)


def test_a_critique_offered_is_criticism(nlp):
    text = "A retired Chilean senator offered a sharp critique of Lima's fishing quotas."
    got = types(nlp, text)
    assert "ACCUSE" in got and "AGREE" not in got, readings(nlp, text)


def test_cooperation_offered_stays_an_offer(nlp):
    text = "The Chilean president offered the Peruvian government cooperation on the border."
    assert "AGREE" in types(nlp, text), readings(nlp, text)
