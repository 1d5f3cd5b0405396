"""Organisations known by several names (``data/org_forms.tsv``; the ``names`` of ``armed_groups.tsv`` and
``party_names.tsv``), through the real mention extraction and resolution:

- each row's example names the organisation by two of its forms: both are mentions and resolve to one entity;
- a listed form the model labelled otherwise ('Republicans' NORP) joins the organisation named by another form;
- a listed form the model left untagged ('Daesh fled') is an organisation mention, an all-capital form inside a
  shouted headline ('WHAT IS NEXT') is none;
- forms of one party in two countries stay two entities.
"""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.entities import doc_mentions
from sitrep.extract.gazetteer import fold
from sitrep.extract.resolution import resolve_entities

ROWS = read_tsv("org_forms.tsv")


def _entities(nlp, *texts: str) -> dict[str, set[str]]:
    """surface -> the ids of the entities its mentions resolve to, over articles ``texts``."""
    analyses = [{"article_id": f"a{i}", "mentions": doc_mentions(nlp(t))} for i, t in enumerate(texts)]
    _, ment_ent = resolve_entities(analyses)
    out: dict[str, set[str]] = {}
    for a in analyses:
        for m in a["mentions"]:
            out.setdefault(m["surface"], set()).add(ment_ent[(a["article_id"], m["idx"])])
    return out


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["names"].split("|")[0])
def test_each_row_example_resolves_two_forms_to_one_entity(nlp, row):
    forms = {fold(n) for n in row["names"].split("|")}
    found = _entities(nlp, row["example"])
    listed = {s: ids for s, ids in found.items() if fold(s) in forms}
    assert len(listed) >= 2, found
    assert len(set().union(*listed.values())) == 1, found


def test_party_forms_join_whatever_the_model_labelled_them(nlp):
    found = _entities(
        nlp,
        "President Ortega of Ruritania blamed the Republicans on Monday.",
        "The GOP leadership pulled the bill, and the Republican Party stayed split.",
    )
    ids = found.get("Republicans", set()) | found.get("GOP", set()) | found.get("Republican Party", set())
    assert len(ids) == 1, found


def test_an_untagged_form_is_a_mention_a_shouted_headline_is_not(nlp):
    surfaces = [m["surface"] for m in doc_mentions(nlp("Daesh fled when the troops reached the district."))]
    assert "Daesh" in surfaces
    assert not [m for m in doc_mentions(nlp("WHAT IS NEXT FOR THE TOWN")) if m["surface"] == "IS"]


def test_one_form_in_two_countries_stays_two_entities(nlp):
    found = _entities(
        nlp,
        "The Democratic Party of Japan won the vote. The Japanese Democrats said so.",
        "President Ortega of Ruritania blamed the Democrats in Washington for the failed deal.",
    )
    assert len(found.get("Democratic Party of Japan", set()) | found.get("Democrats", set())) >= 2, found
