"""A piece of a title the model tags as an organisation ("British Home" of "British Home Secretary Amber Rudd") is
no mention; the person keeps the title's country, and real organisations named with title words stay."""

import pytest

from sitrep.extract import entities


def _mentions(nlp, text: str) -> dict[str, str | None]:
    return {m["surface"]: m.get("country_iso3") for m in entities.doc_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "fragment", "person", "country"),
    [
        ("British Home Secretary Amber Rudd defended the agencies.", "British Home", "Amber Rudd", "GBR"),
        ("Shadow Home Secretary Diane Abbott criticised the plan.", "Shadow Home", "Diane Abbott", None),
    ],
)
def test_title_fragment_is_no_mention(nlp, text, fragment, person, country):
    got = _mentions(nlp, text)
    assert fragment not in got
    assert got.get(person, "missing") == country


def test_named_bodies_stay(nlp):
    got = _mentions(nlp, "The Home Office said the Joint Chiefs of Staff met on Monday.")
    assert {"Home Office", "Joint Chiefs of Staff"} <= set(got)
