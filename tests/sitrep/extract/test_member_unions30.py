"""A group of working people acts through the union the article names for them (``member_unions``): 'Striking
nurses rejected the offer. The Nurses Union said ...' is the union's rejection."""

import pytest

from sitrep.extract.member_unions import examples

ROWS = examples()


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_the_union_is_the_party(event_roles, row):
    roles = event_roles(row["example"], row["type"])
    assert ("source", row["source"]) in roles
    assert not any(
        role == "source" and name in {"workers", "students", "farmers", "civilians", "military"} for role, name in roles
    )


def test_no_union_named_leaves_the_group(event_roles):
    roles = event_roles("Nurses walked out over staff shortages on Monday, the hospital said.", "PROTEST")
    assert ("source", "workers") in roles


def test_a_union_of_other_members_is_not_theirs(event_roles):
    text = "Nurses walked out over staff shortages on Monday. The Ruritanian Drivers Union backed them."
    roles = event_roles(text, "PROTEST")
    assert ("source", "Ruritanian Drivers Union") not in roles
    assert ("source", "workers") in roles


def test_a_political_union_is_no_labour_union(event_roles):
    text = "Farmers protested against the import quotas on Monday outside the offices of the European Union."
    roles = event_roles(text, "PROTEST")
    assert ("source", "European Union") not in roles


def test_the_union_sharing_most_words_with_the_phrase_is_taken(event_roles):
    text = (
        "Postal workers went on strike on Monday over pay. The Vellan Dock Workers Union and the Vellan Postal "
        "Workers Union both backed the walkout."
    )
    roles = event_roles(text, "PROTEST")
    assert ("source", "Vellan Postal Workers Union") in roles
    assert ("source", "Vellan Dock Workers Union") not in roles


def test_another_kind_of_group_needs_two_words_of_the_name(event_roles):
    text = "Striking carriers refused the new contract on Tuesday. The Vellan Mail Carriers Union called it an insult."
    roles = event_roles(text, "REJECT")
    assert ("source", "Vellan Mail Carriers Union") not in roles
