"""A city abroad named bare as where something happened ('the ministers met in Geneva', 'talks at Lausanne').

``EventContext.place_for`` drops a city outside the countries an article names unless it is a capital or a city
of a million (a small namesake abroad: 'the Miraflores palace' in Caracas is no town in Peru). A city named
directly after 'in' or 'at' or a settlement's 'of' ('the border town of X'), not as a modifier of a building, is
a place in its own right: it is kept when it is the largest city of its name and a sizeable one, so a neutral
venue of talks is placed where it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import gazetteer, places
from sitrep.extract.place_holders import SETTLEMENT_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: prepositions whose bare object is where something happened
VENUE_PREPS = frozenset({"in", "at"})
#: the smallest city placed abroad on its bare name
MIN_POPULATION = 100_000
#: a namesake more than this share of the largest city's size leaves a bare name in doubt
RIVAL_SHARE = 4


def venue_abroad(span: Span, found: dict | None, trig: Token | None = None, obj: Token | None = None) -> dict | None:
    """``found`` (what the article's context resolves the name to), or the city a place name after 'in' / 'at' /
    'the town of' stands for when the context finds none or only a region of the same country (a province named
    after its city, read as the city as everywhere else): the largest city of the name, when it has
    ``MIN_POPULATION`` people. Not for a country, a modifier ('the Miraflores palace'), a name of no sizeable
    city, or the place of what a trigger is about ('will discuss [the talks in X]')."""
    if found is not None and found.get("level") != "region":
        return found
    root = span.root
    of_settlement = root.head.lower_ == "of" and root.head.head.lower_ in SETTLEMENT_WORDS  # 'the town of X'
    if root.dep_ != "pobj" or not (root.head.lower_ in VENUE_PREPS or of_settlement):
        return found
    if places.country_iso3(span.text) or _topic(root.head.head, trig, obj):
        return found
    city = places.lookup_city(span.text, min_pop=MIN_POPULATION)
    if city is None:
        return found
    if found is not None:  # a region of the name: its city, in the same country
        return city if city["location_country_iso3"] == found["location_country_iso3"] else found
    return city if _unrivalled(span.text) else None


def _unrivalled(name: str) -> bool:
    """No other city of the name comes near the largest ('Geneva' in Switzerland, not 'Victoria': Hong Kong's and
    Canada's): read abroad with no country to go by, a name must leave no doubt."""
    pops = [c.population for c in gazetteer.cities_named(name)]
    return len(pops) < 2 or pops[1] * RIVAL_SHARE < pops[0]


def _topic(holder: Token, trig: Token | None, obj: Token | None) -> bool:
    """The word a place hangs on is the trigger's object but not the event noun its light verb governs: what the
    act is about ('discuss the upcoming talks in X'), whose place is not the act's ('held talks in X' is)."""
    while holder.dep_ in {"conj", "appos"} and holder.head.i != holder.i:  # 'discuss the war in Y and the talks in X'
        holder = holder.head
    return trig is not None and holder.dep_ == "dobj" and holder.head == trig and holder != obj
