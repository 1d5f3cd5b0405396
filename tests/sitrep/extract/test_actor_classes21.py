"""Actor classes of round 21 (development samples 2323, 2121, 2020, 1919), each checked on sentences of our own.

- 'officer' is a role noun whose group modifier says whose side it is on ('army officers' are the military,
  'intelligence officers' the spies); bare 'officers' stay police (``event_arg_groups.ROLE_HEADS``);
- the people an arrest takes keep the group their noun names when the actor's possessive pronoun hides it from
  the object ('arrested his fellow army officers': the military, not people in general;
  ``event_arg_places.people_group``);
- a place name compounded on a thing a named actor owns ('NAMA's Northern Ireland loan book', 'Moscow's Crimea
  policy') says what the thing is of: the owner is the party, the place is none
  (``event_arg_phrases._owned_scope``); a place that is the thing's own object stays ('the sale of the Tarsia
  port');
- the author a participle's 'by' phrase names on what a speech act judges is its target also when a noun named
  only as a recipient names it ('vetoed a bill passed by parliament', 'dismissed the allegations printed by the
  newspaper'; ``event_arg_nouns.participle_agents``);
- the one invited to an event noun takes part in it ('Moscow invited Fayez Sarraj to a two-day visit': Sarraj
  visits, the source), the one inviting hosts it (a target), not the other way round (``invited_parties``,
  ``data/invitation_verbs.tsv``).
"""

import pytest

from sitrep.extract import event_triggers
from tests.sitrep.extract.coding import dyads, role_words


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Police arrested two army officers in Tarsia.", "officers"),
        ("The regime arrested his fellow army officers in Tarsia.", "officers"),
    ],
)
def test_army_officers_are_the_military(nlp, event_roles, text, group):
    roles = event_roles(text, "COERCE")
    assert ("target", "military") in roles, roles
    assert group in role_words(nlp, text, "COERCE", "target")


def test_bare_officers_stay_police(event_roles):
    assert ("source", "police") in event_roles("Officers raided the warehouse in Tarsia at dawn.", "COERCE")


@pytest.mark.parametrize(
    ("text", "etype", "owner", "place"),
    [
        (
            "The Oireachtas committee that examined the sale of NAMA's Northern Ireland loan book has concluded "
            "the agency's strategy was deficient.",
            "ACCUSE",
            "NAMA",
            "Northern Ireland",
        ),
        ("The Peruvian minister condemned Moscow's Crimea policy on Monday.", "ACCUSE", "Moscow", "Crimea"),
    ],
)
def test_a_place_compounded_on_an_owned_thing_is_no_target(nlp, text, etype, owner, place):
    found = role_words(nlp, text, etype, "target")
    assert owner in found and place not in found, found


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        ("The Ruritanian president vetoed a bill passed by parliament on Monday.", "REJECT", "legislators"),
        ("The Ruritanian minister dismissed the allegations printed by the newspaper.", "REJECT", "media"),
    ],
)
def test_the_author_of_what_is_judged_is_the_target(event_roles, text, etype, group):
    assert ("target", group) in event_roles(text, etype)


def test_a_compound_of_its_own_sector_still_owns_the_head(event_roles):
    assert ("source", "military") in event_roles("The army chief accused the rebels of shelling Tarsia.", "ACCUSE")


@pytest.mark.parametrize(
    "row", event_triggers.read_tsv("invitation_verbs.tsv"), ids=lambda r: f"{r['lemma']}-{r['prep']}"
)
def test_each_invitation_makes_the_one_invited_the_visitor(nlp, row):
    found = dyads(nlp, row["example"], "CONSULT")
    assert any("Tom Berg" in src and "Ana Lind" in tgt for src, tgt in found), found


def test_the_one_invited_to_a_visit_to_a_capital_visits_it(nlp):
    found = dyads(nlp, "On March 3, Moscow invited Fayez Sarraj to a two-day visit to Moscow.", "CONSULT")
    assert any("Fayez Sarraj" in src and "Fayez Sarraj" not in tgt for src, tgt in found), found
