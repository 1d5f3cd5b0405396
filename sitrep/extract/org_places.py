"""The country of an organisation from a place below the state that its own name holds.

"Muslim Association of Hawaii", "New York Immigration Coalition", "Lagos State Police Command", "Bavarian
Red Cross" no: an organisation the text, the dictionaries and the country words of its name leave without a
country is of the country of the state, province or city its name opens with or names after "of": a first-level
subdivision of one country (pycountry's ISO 3166-2 tables, a US state), or a city of at least ``CITY_POPULATION``
whose namesakes of that size all lie in one country (not "Richmond": Virginia's and British Columbia's). Words
that name such places but mostly serve as common words of organisations' names ("Unity", "Orange") are listed
in ``data/org_place_words.tsv`` and read as no place.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract import gazetteer
from sitrep.extract.data_files import word_sets

#: smallest city read from an organisation's name (smaller towns share their names with other places' words)
CITY_POPULATION = 100_000
#: words after which a name names a place ("University of Richmond", "Bishop in Lagos")
_PLACE_PREPS = frozenset({"of", "in", "for"})


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return frozenset(word_sets("org_place_words.tsv").get("common", ()))


def _city_country(phrase: str) -> str | None:
    """The one country of the cities of that name with ``CITY_POPULATION`` people or more."""
    big = {c.iso3 for c in gazetteer.cities_named(phrase) if c.population >= CITY_POPULATION}
    return big.pop() if len(big) == 1 else None


@lru_cache(maxsize=16384)
def _place_country(phrase: str) -> str | None:
    """The country of a US state ("North Dakota"), else - when no word of the phrase is a listed common word -
    of a listed region ("Scotland"), a subdivision or a city of one country."""
    key = gazetteer.fold(phrase)
    if gazetteer.country_iso3(phrase) or gazetteer.demonym_iso3(phrase):
        return None
    if key in gazetteer.us_states():  # a state or its namesake city ("New York"): American either way
        return "USA"
    words, stop = key.split(), _not_places()
    if any(w in stop for w in words) or any(" ".join(words[i : i + 2]) in stop for i in range(len(words))):
        return None
    if key in gazetteer.curated()["region"]:
        return gazetteer.region_iso3(phrase)[1]
    return gazetteer.subdivision_iso3(phrase) or _city_country(phrase)


def _starts(words: list[str]) -> list[int]:
    """Where a place may open in the name: its first word and the word after "of", "in" or "for"."""
    return [0] + [i + 1 for i, w in enumerate(words[:-1]) if w.lower() in _PLACE_PREPS]


@lru_cache(maxsize=16384)
def place_name_country(name: str) -> str | None:
    """ISO-3 of the one country of the places (of one country each) an organisation's name opens with or names
    after "of", "in" or "for"; None when none or several."""
    words = name.replace("-", " ").split()
    found = set()
    for i in _starts(words):
        for n in (3, 2, 1):
            run = words[i : i + n]
            if len(run) < n or not all(w[:1].isupper() for w in run):
                continue
            iso3 = _place_country(" ".join(run))
            if iso3:
                found.add(iso3)
                break
    return found.pop() if len(found) == 1 else None
