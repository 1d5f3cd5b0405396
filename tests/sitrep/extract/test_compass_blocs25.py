""" "The West" (and the East, North, South) is a bloc or region of several states, not the compass-named first-level
subdivision of one state (Cameroon's West region): it takes no country, through the real mention extraction."""

import pytest

from sitrep.extract import entities


@pytest.mark.parametrize(
    "text",
    [
        "Putin has been stepping into vacuums wherever the West retreated.",
        "Relations between Moscow and the West soured.",
    ],
)
def test_the_west_has_no_country(nlp, text):
    got = {m["surface"]: m.get("country_iso3") for m in entities.doc_mentions(nlp(text))}
    assert got.get("West", "missing") is None
