"""The countries an article names: the context that picks among namesake cities ('Tripoli' in a story about
Lebanon is Lebanon's) and keeps a small city of a country the story is about from being read as a town abroad.

A country is named by its name ('Ruritania'), a demonym ('Ruritanian officials'), a US state read as such
('Georgia' in a story of Atlanta), or a well-known region of it that a reader places without the country's name
('the Gaza Strip', 'Crimea', 'Darfur', 'Hawaii'): a story told from such a region names its towns and rarely
its country, and a town of the region must not become a namesake in another country the story names.
"""

from __future__ import annotations

from sitrep.extract import gazetteer, places
from sitrep.extract.state_namesakes import state_country

#: mention labels that name a place
PLACE_LABELS = frozenset({"GPE", "LOC"})


def mention_country(m: dict) -> str | None:
    """ISO-3 of the country a mention names: a demonym's, a country's, a US state's, a well-known region's."""
    if m["label"] == "NORP":
        return places.demonym_iso3(m["surface"])
    if m["label"] not in PLACE_LABELS:
        return None
    return places.country_iso3(m["surface"]) or state_country(m) or region_country(m["surface"])


def region_country(name: str) -> str | None:
    """The country of a well-known region ('the West Bank', 'Kurdistan', 'Tibet', a US state); None for a
    disputed one ('Kashmir'), a first-level subdivision whose name other countries share, or any other name."""
    known, iso3 = gazetteer.region_iso3(name)
    return iso3 if known else None


def article_countries(mentions: list[dict]) -> set[str]:
    """The countries the article's mentions name (see the module)."""
    return {iso3 for m in mentions if (iso3 := mention_country(m))}
