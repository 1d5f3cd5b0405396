"""A state body named in lower case in a title ("embassy staffer X", "embassy spokesman X") with no organisation of
that name before it takes the country of the last "<country> <body>" phrase ("the US embassy in Wellington"),
through the real mention extraction."""

import pytest

from sitrep.extract import entities


def _mention_country(nlp, text: str, name: str) -> str | None:
    return next(m.get("country_iso3") for m in entities.doc_mentions(nlp(text)) if m["surface"] == name)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The US embassy in Wellington refused to waive his immunity. Embassy staffer Colin White was hurt.",
            "Colin White",
            "USA",
        ),
        (
            "The Ruritanian embassy in Lima declined to comment. The embassy spokesman Tomas Berg said nothing.",
            "Tomas Berg",
            None,  # no country of that name: no cue
        ),
        (
            "Kenya's foreign ministry said on Monday the talks failed. Ministry spokesman Tomas Berg said so.",
            "Tomas Berg",
            "KEN",
        ),
        (
            "The French embassy in Lima said the talks failed. Ministry spokesman Tomas Berg said so.",
            "Tomas Berg",
            None,
        ),
    ],
)
def test_lower_case_body_takes_the_country_of_its_phrase(nlp, text, name, country):
    assert _mention_country(nlp, text, name) == country
