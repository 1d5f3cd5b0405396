"""A country name the NER model left untagged (a GPE pseudo-mention of ``event_arg_groups.unnamed_country``) is the
same state as where it is tagged (``untagged_states``): its acts take the counterpart of the state's earlier act."""

from sitrep.extract.untagged_states import untagged_state


def test_a_renewed_demand_is_asked_of_the_same_state(event_roles):
    text = "Chile demanded that Peru withdraw its troops on Monday. Chile again demanded a withdrawal on Friday."
    roles = event_roles(text, "REQUEST")
    assert ("target", "Peru") in roles, roles


def test_a_renewed_demand_by_its_noun(article_parties):
    found = article_parties(
        "Chile demanded that Peru withdraw its troops on Monday. Chile renewed its demand on Friday."
    )
    assert len(found) == 2 and all(parties == {"Chile": "source", "Peru": "target"} for parties in found), found


def test_only_a_named_country_is_a_state():
    assert untagged_state({"group": "Chile", "group_type": "GPE", "named": True, "country_iso3": "CHL"}) == (
        "state",
        "CHL",
    )
    assert untagged_state({"group": "protesters", "group_type": "NORP", "country_iso3": "CHL"}) is None
    assert untagged_state({"group": "government", "group_type": "ORG", "country_iso3": "CHL"}) is None
    assert untagged_state({"group": "Chile", "group_type": "GPE", "named": True, "country_iso3": None}) is None
