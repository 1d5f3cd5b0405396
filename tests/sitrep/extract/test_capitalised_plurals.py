"""A country name followed by one capitalised plural common noun (title-cased wire copy: "Ruritania Tariffs")
that the model took for an organisation is the country alone; a plural naming people ("Marines") or an
organisation word stays an organisation (sentences of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract.entities import doc_mentions


def _labels(nlp, text: str) -> dict[str, str]:
    return {m["surface"]: m["label"] for m in doc_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ministers in Oslo said that U.S. Arms control experts would meet on Friday.", "U.S."),
        ("Farmers in Lima protested against the U.S. Measures on imported sugar.", "U.S."),
    ],
)
def test_country_and_common_plural_is_the_country(nlp, text: str, country: str) -> None:
    got = _labels(nlp, text)
    assert got.get(country) == "GPE", got
    assert not [s for s, lab in got.items() if lab == "ORG" and s.startswith(country + " ")], got


def test_plural_of_people_stays_with_the_name(nlp) -> None:
    got = _labels(nlp, "The U.S. Marines landed near the port on Friday.")
    assert "U.S. Marines" in got, got
