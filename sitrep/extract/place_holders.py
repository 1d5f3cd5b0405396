"""Words a place phrase may hang on and still tell where an act happened, beyond the trigger and its clause verb:
the thing or people an act is done to ('killed five villagers [in X]': they were in X, so was the killing) and
the part of a city an act moves through ('marched through the streets [of X]')."""

from __future__ import annotations

from spacy.tokens import Token

#: acts done on the spot to their object (people, forces, goods, positions): the object's place is the act's
ACTED_ON_TYPES = frozenset({"ASSAULT", "COERCE", "SEIZE", "MOBILIZE", "AID"})
#: the dependencies of an act's object on its verb
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
#: parts of a city whose 'of X' names the city ('the streets of X', 'the centre of the capital')
CITY_PART_NOUNS = frozenset({"streets", "centre", "center", "outskirts", "heart", "suburbs", "parts", "downtown"})


def acted_on(holder: Token, trig: Token, clause: Token) -> bool:
    """``holder`` (the word a place phrase hangs on) is what the trigger's act is done to: the object of the
    trigger or of its clause verb ('bombed positions [in northern X]', 'arrested 20 students [at Y]'), or the
    subject of its passive ('ten villagers [in Z] were killed')."""
    return holder.dep_ in OBJECT_DEPS and holder.head in (trig, clause)


def city_part(noun: Token) -> bool:
    """``noun`` names a part of a city, so its 'of' phrase names the city ('the streets of X')."""
    return noun.lower_ in CITY_PART_NOUNS
