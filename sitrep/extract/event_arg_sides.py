"""Phrases whose actors are on another side than their place in the parse says:

- an armed group the actor owns and acts with ('attacked the town with his militia', 'fought with its forces') is
  on the actor's side, not a party it acts against ('clashed with the army' still is one): ``own_force``;
- the crime noun's own actors in a charge ('charged a man with the murder of X') are whom the crime was done to,
  not the ones accused: ``unless_victims_of_charge``;
- the possessive owner of a measure an agentless passive lifts or eases ("Washington's sanctions on X were
  eased") is the one acting on it, not a target: ``measure_owners``;
- the nationality or owner told on aid or money an act gives, cuts or withdraws ('cut American aid to X',
  'withdraw American tax dollars from UN programmes', 'Washington's funds') is the giver's side, not a target:
  ``means_owners``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_clauses import event_noun
from sitrep.extract.event_arg_groups import group_of
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import lexicon
from sitrep.extract.party_groups import ARMED_GROUPS
from sitrep.extract.trigger_records import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: categories of charging someone with a crime ('charged X with the murder of Y': Y is no target)
CHARGE_TYPES = {"ACCUSE"}
#: categories whose object is a measure its owner gives up ('the ban was lifted', 'the curfew was ended')
YIELD_TYPES = {"RETREAT", "CONCEDE"}
#: prepositions of the forces an actor acts with ('attacked with his militia')
OWN_FORCE_PREPS = {"with"}
#: classes of trigger_objects.tsv that name aid or money one side gives or withholds
MEANS_CLASSES = {"@relief", "@funds"}
#: classes of trigger_objects.tsv that name a feeling or message its owner expresses, when the verb and the class
#: make a curated entry ('conveyed Japan's concern to X', 'voiced the government's regret', 'issued the navy's apology')
EXPRESSED_CLASSES = {"@concern", "@remorse", "@apology"}
#: links of a noun's own modifiers that tell whose it is ('American aid', 'US funds', "Washington's money")
OWNER_DEPS = {"amod", "compound", "poss"}
#: possessives by which an actor owns the forces it acts with ('his militia', 'its air force')
FORCE_OWNERS = {"its", "their", "his", "her", "our"}
#: nouns of a number of people whose 'of' phrase names them ('thousands of troops', 'a battalion of soldiers')
COUNT_NOUNS = {"thousand", "hundred", "dozen", "score", "million", "number", "battalion", "brigade", "unit", "company"}


def counted_force(obj: Token) -> bool:
    """'thousands of troops', 'a battalion of soldiers': an armed group in the 'of' phrase of a count noun."""
    prep = obj.head
    counted = obj.dep_ == "pobj" and prep.lower_ == "of" and lemma(prep.head) in COUNT_NOUNS
    return counted and (group_of(obj) or ("",))[0] in ARMED_GROUPS


def unless_victims_of_charge(trig: Trigger, holder: Token, targets: list[dict], found: list[dict]) -> list[dict]:
    """``found``, the targets of ``holder``, unless they are the victims of the crime an accused is charged with:
    'charged a man with the murder of X', 'accused the soldiers of the killing of Y' name the accused as the
    verb's object; the crime noun's own actors (X, Y) are whom the crime was done to, not the ones accused."""
    charged = trig.reading.plover in CHARGE_TYPES and holder.i != trig.token.i and holder.head.dep_ == "prep"
    return [] if charged and targets else found


def own_force(obj: Token, moved: bool = False) -> bool:
    """'attacked the town with his militia', 'fought with its LNA forces': an armed group the actor owns and acts
    with, on its own side (its means), not a party it acts against ('clashed with the army' still is one). With
    ``moved`` (a deployment's object) the armed group counted by the object ('massed thousands of troops') too."""
    if moved and counted_force(obj):
        return True
    if obj.dep_ != "pobj" or obj.head.lower_ not in OWN_FORCE_PREPS:
        return False
    owned = any(d.dep_ == "poss" and d.lower_ in FORCE_OWNERS for d in obj.children)
    return owned and (group_of(obj) or ("",))[0] in ARMED_GROUPS


def measure_owners(
    mention_of: Callable[[Token], dict | None], verb: Token, noun: Token, plover: str = ""
) -> list[dict]:
    """The owner of a measure that an agentless passive lifts, eases or extends, told by its possessive ("China's
    ban on coal was lifted", "Washington's sanctions were eased"): the one who holds the measure acts on it. An
    act done to someone ("Navalny's detention was extended": the @done_to nouns) names no owner. The object of
    a retreat or concession ('lifted the ban', 'ended the curfew') is such a measure, though no event noun; a
    group is not ('Ana's aides were released')."""
    measure = plover in YIELD_TYPES and noun.pos_ == "NOUN" and not noun.ent_type_ and group_of(noun) is None
    if not (event_noun(noun) or measure) or any(c.dep_ == "agent" for c in verb.children):
        return []
    if "@done_to" in lexicon().classes.get(lemma(noun), ()):
        return []
    return [m for c in noun.children if c.dep_ == "poss" for m in np_actors(mention_of, c)]


def means_owners(mention_of: Callable[[Token], dict | None], obj: Token) -> list[dict]:
    """The actors told as the owners of an aid or money object ('American aid', 'US funds', "Washington's
    dollars"; the @relief and @funds classes of trigger_objects.tsv): the giver's side, never the target. So are
    the owners of a feeling or message a verb of expressing it conveys ("conveyed Japan's concern to the Russian
    side": the curated entries of the EXPRESSED_CLASSES); a verb that answers it ('dismissed Japan's concerns')
    makes no curated entry, and its owner stays the target."""
    classes = set(lexicon().classes.get(lemma(obj), ()))
    expressed = {c for c in classes & EXPRESSED_CLASSES if (lemma(obj.head), "", c) in lexicon().curated}
    if not (MEANS_CLASSES & classes or expressed):
        return []
    out: list[dict] = []
    for c in obj.children:
        if c.dep_ in OWNER_DEPS:
            out += [m for t in c.subtree if (m := mention_of(t)) is not None and m not in out]
    return out
