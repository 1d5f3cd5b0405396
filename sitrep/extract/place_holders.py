"""Words a place phrase may hang on and still tell where an act happened, beyond the trigger and its clause verb:
the thing or people an act is done to ('killed five villagers [in X]': they were in X, so was the killing); and
the words a place name stands under as a whole: a settlement or a part of a city whose 'of X' names it ('in the
southern town [of X]', 'marched along the streets [of X]'), tied to the act as that word is."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: acts done on the spot to their object (people, forces, goods, positions): the object's place is the act's
ACTED_ON_TYPES = frozenset({"ASSAULT", "COERCE", "SEIZE", "MOBILIZE", "AID"})
#: the dependencies of an act's object on its verb
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
#: settlements whose 'of X' names them ('the port city of X', 'the town of X')
SETTLEMENT_WORDS = frozenset({"city", "capital", "town", "port", "village"})
#: parts of a city whose 'of X' names the city ('the streets of X', 'the centre of the capital')
CITY_PART_NOUNS = frozenset(
    {
        "streets",
        "centre",
        "center",
        "outskirts",
        "heart",
        "suburbs",
        "parts",
        "downtown",
        "districts",
        "neighbourhoods",
        "neighborhoods",
        "quarters",
        "areas",
    }
)


#: edges of a land whose 'of X' names where a deployment goes ('sent a patrol aircraft to the coast of X', 'sent a
#: warship to the waters of X'): somewhere in or off X, so X places the act
EDGE_NOUNS = frozenset({"coast", "coasts", "coastline", "shore", "shores", "waters"})


def edge_part(noun: Token) -> bool:
    """``noun`` names the edge of a land, so its 'of' phrase names the land ('the coast of X')."""
    return noun.lower_ in EDGE_NOUNS


def acted_on(holder: Token, trig: Token, clause: Token) -> bool:
    """``holder`` (the word a place phrase hangs on) is what the trigger's act is done to: the object of the
    trigger or of its clause verb ('bombed positions [in northern X]', 'arrested 20 students [at Y]'), or the
    subject of its passive ('ten villagers [in Z] were killed')."""
    return holder.dep_ in OBJECT_DEPS and holder.head in (trig, clause)


def city_part(noun: Token) -> bool:
    """``noun`` names a part of a city, so its 'of' phrase names the city ('the streets of X')."""
    return noun.lower_ in CITY_PART_NOUNS


def place_word(tok: Token) -> Token:
    """The word that stands for the place a name heads in its clause: the name itself, the head of a name it is in
    apposition or compound with, or the settlement, city part or edge whose 'of' it follows ('the town [of X]',
    'the streets [of X]', 'the coast [of X]')."""
    cur = tok
    while True:
        while cur.dep_ in {"appos", "compound", "conj"} and cur.head.i != cur.i:
            cur = cur.head
        noun = cur.head.head
        if (
            cur.dep_ == "pobj"
            and cur.head.lower_ == "of"
            and (noun.lower_ in SETTLEMENT_WORDS or city_part(noun) or edge_part(noun))
        ):
            cur = noun
            continue
        return cur


def on_acted_object(tok: Token, trig: Token, clause: Token) -> bool:
    """The place name ``tok`` hangs on what the act is done to ('killed villagers [in X]')."""
    cur = place_word(tok)
    return cur.dep_ == "pobj" and acted_on(cur.head.head, trig, clause)


#: words that name a part of a country ('northern X', 'central X'): a region, not the country's one named city
COMPASS_WORDS = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "central",
    }
)


def compass_part(span: Span) -> bool:
    """A country named by a part of it ('in northwestern X'): somewhere in that part, not the city of the country
    an article happens to name elsewhere."""
    return any(c.dep_ == "amod" and c.lower_ in COMPASS_WORDS for c in span.root.children)


def part_place(doc: Doc, mention: dict) -> bool:
    """The mention is the city a city part names ('took to the streets of [Seoul]'): the scene of a protest,
    not its target."""
    if mention.get("unnamed") or mention.get("label") not in {"GPE", "LOC", "FAC"}:
        return False
    span = doc.char_span(mention["start_char"], mention["end_char"], alignment_mode="expand")
    if span is None:
        return False
    holder = place_word(span.root)
    return holder.i != span.root.i and city_part(holder)
