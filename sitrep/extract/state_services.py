"""State services whose names share a word with news outlets: 'Canada Post', 'Swiss Post', 'Australia Post' are
postal services, where 'the Washington Post' and 'the Jerusalem Post' (a city's) are newspapers. A meeting with,
a request by or a strike against a country's postal service is an event between actors, not an interview.

A name is a news outlet's when one of its words is a media word (``event_frames.json`` "media_words"), unless its
media words are all service words of ``data/state_services.tsv`` and its other words name a country or its
people ('Canada', 'Swiss')."""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract import gazetteer, places
from sitrep.extract.data_files import read_tsv
from sitrep.extract.entity_names import name_tokens

#: words of a service's name that are no part of the country's ('the Canada Post Corporation')
ARTICLE_WORDS = {"the", "corporation", "corp", "group"}


@lru_cache(maxsize=1)
def service_words() -> frozenset[str]:
    """The words of ``state_services.tsv``."""
    return frozenset(r["word"] for r in read_tsv("state_services.tsv"))


def news_outlet(surface: str, media_words: frozenset[str] | set[str]) -> bool:
    """``surface`` names a news outlet: it has a media word and is no country's service named by one."""
    words = name_tokens(surface)
    found = set(words) & set(media_words)
    if not found:
        return False
    rest = " ".join(w for w in words if w not in found and w not in ARTICLE_WORDS)
    state = bool(rest) and bool(places.country_iso3(rest) or gazetteer.demonym_iso3(rest))
    return not (found <= service_words() and state)
