"""Organisation names the model cuts to a demonym, a place or a 'person' inside them (``org_name_runs``): each row of
``data/org_heads.tsv`` has an invented sentence whose name comes out as ONE organisation mention, and sentences of
our own show the run's edges (a possessive owner, a place's own name, a person's title) through the real pipeline."""

import pytest

from sitrep.extract import entities
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("org_heads.tsv")


def _mentions(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    return {m["surface"]: (m["label"], m.get("country_iso3")) for m in entities.doc_mentions(nlp(text))}


def test_each_head_row_example_is_one_organisation(nlp):
    wrong = []
    for row in ROWS:
        text, name = row["example"].split(" => ")
        got = _mentions(nlp, text)
        if got.get(name, (None,))[0] != "ORG":
            wrong.append((name, got))
    assert not wrong, "\n".join(map(str, wrong))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Monitoring group Syrian Observatory for Human Rights said 20 people died.",
            "Syrian Observatory for Human Rights",
            "SYR",
        ),
        ("U.S. Strategic Command spokesman Jack Smith said the launch was detected.", "U.S. Strategic Command", "USA"),
        ("The Maury County Sheriff's Office said the teacher was arrested.", "Maury County Sheriff's Office", None),
    ],
)
def test_a_name_cut_by_the_model_is_one_organisation_of_its_demonym(nlp, text, name, country):
    got = _mentions(nlp, text)
    assert got.get(name) == ("ORG", country), got


def test_the_run_stops_at_an_owner_and_keeps_a_place_name(nlp):
    got = _mentions(
        nlp, "Russia's Defence Ministry said the Federal Security Service of the Russian Federation had acted."
    )
    assert got.get("Russia", (None,))[0] == "GPE"
    assert got.get("Defence Ministry", (None,))[0] == "ORG"
    assert got.get("Russian Federation", (None,))[0] == "GPE"
