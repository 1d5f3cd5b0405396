"""A city abroad named bare as where something happened ('the ministers met in Geneva', 'talks at Lausanne').

``EventContext.place_for`` drops a city outside the countries an article names unless it is a capital or a city
of a million (a small namesake abroad: 'the Miraflores palace' in Caracas is no town in Peru). A city named
directly after 'in' or 'at', not as a modifier of a building, is a place in its own right: it is kept when it is
the largest city of its name and a sizeable one, so a neutral venue of talks is placed where it is."""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.extract import places

#: prepositions whose bare object is where something happened
VENUE_PREPS = frozenset({"in", "at"})
#: the smallest city placed abroad on its bare name
MIN_POPULATION = 100_000


def venue_abroad(span: Span) -> dict | None:
    """The city a place name after 'in' / 'at' stands for when the article's countries have none of that name:
    the largest city of the name, when it has ``MIN_POPULATION`` people; None for a country, a region, a
    modifier ('the Miraflores palace') or a name of no sizeable city."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in VENUE_PREPS:
        return None
    if places.country_iso3(span.text) or places.region_place(span.text):
        return None
    return places.lookup_city(span.text, min_pop=MIN_POPULATION)
