"""Round 23 (late): figurative wars and battles are no violence, and slapping tariffs on a state's goods is a
sanction like imposing them. Invented sentences, coded through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from tests.sitrep.extract.coding import coded, group_countries

VIOLENT = {"ASSAULT", "MOBILIZE"}


def _types(nlp, text: str) -> set[tuple[str, str | None]]:
    return {(c["event_type"], c.get("event_mode")) for c in coded(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "China stepped up its war of words with Japan on Tuesday.",
        "The trade war between the two countries hurt farmers in the Midwest.",
        "A price war broke out among the airlines last spring.",
        "The two leaders are locked in a battle of wills over the border.",
        "The company vowed to step up its legal battle with the regulator.",
        "The currency war between the two blocs damaged exporters.",
        "The two neighbours fought a legal battle over the islands.",
        "The two powers are engaged in a tech war.",
        "The two airlines are locked in a price war.",
    ],
)
def test_figurative_war_is_no_violence(nlp, text):
    got = _types(nlp, text)
    assert not {t for t, _ in got} & VIOLENT, got
    assert ("THREATEN", "violence") not in got, got


@pytest.mark.parametrize(
    "text,etype",
    [
        ("The war hurt farmers across the north.", "ASSAULT"),
        ("The army stepped up its war against the rebels.", "THREATEN"),
        ("Rebels waged a war against the government.", "ASSAULT"),
        ("Government troops fought a fierce battle with the rebels.", "ASSAULT"),
    ],
)
def test_real_war_still_codes(nlp, text, etype):
    assert etype in {t for t, _ in _types(nlp, text)}


def test_slapped_tariffs_threatened_like_imposed(nlp):
    slap = "Turkey's foreign minister said his country could slap tariffs on US goods if talks fail."
    impose = "Turkey's foreign minister said his country could impose tariffs on US goods if talks fail."
    assert ("THREATEN", "discontinue") in _types(nlp, slap)
    assert _types(nlp, slap) == _types(nlp, impose)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing said it could slap duties on American soybeans if Washington refused to negotiate.",
        "The minister said his country could levy tariffs on Brazilian sugar if talks fail.",
    ],
)
def test_conditional_imposition_of_duties_is_a_threat(nlp, text):
    assert ("THREATEN", "discontinue") in _types(nlp, text)


def test_slapped_tariffs_are_a_sanction(nlp):
    assert ("SANCTION", "discontinue") in _types(nlp, "The United States slapped tariffs on Chinese steel on Monday.")


def test_slapped_fine_is_still_no_attack(nlp):
    assert "ASSAULT" not in {t for t, _ in _types(nlp, "The regulator slapped the bank with a fine.")}


def test_leader_named_for_his_government_keeps_his_state(nlp):
    """'the Erdogan government': the model reads the leader's name as a place; the dictionary lists it as a
    person's, so the leader is resolved with his state's country."""
    found = group_countries(nlp, ["Brazil criticised the Erdogan government on Monday."], "lead", date(2024, 3, 1))
    assert found["lead0"].get("Erdogan") == {"TUR"}, found
