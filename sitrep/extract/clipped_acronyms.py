"""Acronyms built from the first syllables of a name's last words, not from their initials: NAVFOR (EU Naval
Force), CENTCOM (Central Command), AFRICOM (Africa Command), INTERPOL (International Police). Entity resolution
(``resolution._merge_acronyms``) joins such an acronym to the one organisation whose name it spells, as it does
an acronym of initials."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract.entity_vocab import ORG_STOPWORDS

#: the shortest clipped piece that makes an acronym clipped rather than one of initials ('NAV' of 'Naval')
MIN_CLIP = 3
#: lengths of a clipped acronym: longer than most acronyms of initials ('CENTCOM', 'AFRICOM')
CLIPPED_LENGTHS = range(4, 9)


def clipped_form(name: str) -> bool:
    """A name written as a clipped acronym may be: one upper-case word of four to eight letters ('NAVFOR')."""
    return name.isupper() and name.isalpha() and len(name) in CLIPPED_LENGTHS


def clipped_keys(acronym: str, groups: dict, key: object, index: dict | None = None) -> list:
    """The keys of the groups of mentions (other than ``key``) whose first name the acronym spells clipped.
    ``index`` (``start_index`` of ``groups``, made before groups were merged away) gives the keys to try by the
    acronym's first letter instead of a scan of every group."""
    first = acronym.replace(".", "").upper()[:1]
    if index is not None:
        tried = (k for k in index.get(first, ()) if k != key and groups.get(k))
        return sorted(k for k in tried if clipped_spelling(acronym, groups[k][0].m["name"]))
    return sorted(
        k
        for k, ms in groups.items()
        if k != key and ms and first in _start_letters(ms[0].m["name"]) and clipped_spelling(acronym, ms[0].m["name"])
    )


def start_index(groups: dict) -> dict[str, list]:
    """First letter -> the keys of the groups whose first name a clipped spelling may begin with it. It stays
    right while groups are merged into others: a group's first mention never changes, and keys only go."""
    index: dict[str, list] = {}
    for k, ms in groups.items():
        for letter in _start_letters(ms[0].m["name"]) if ms else ():
            index.setdefault(letter, []).append(k)
    return index


@lru_cache(maxsize=65_536)
def _start_letters(name: str) -> frozenset[str]:
    """The first letters a clipped spelling of the name can begin with (``clipped_spelling``: those of its content
    words but the last): most names are passed over on this alone (every clipped acronym is asked against every
    organisation's name)."""
    return frozenset(w[0] for w in _content_words(name)[:-1])


def clipped_spelling(acronym: str, name: str) -> bool:
    """The acronym spells, in order, a prefix of each of two or more of the name's last content words, one piece
    at least ``MIN_CLIP`` letters long ('NAVFOR' and 'EU Naval Force': NAV + FOR; 'CENTCOM' and 'US Central
    Command')."""
    bare = acronym.replace(".", "").upper()
    if not bare:
        return False
    words = _content_words(name)
    # a spelling starts with the first letter of its first word: only such starts are tried (entity resolution
    # asks every clipped acronym against every organisation's name)
    return any(words[start][0] == bare[0] and _spells(bare, words[start:], False) for start in range(len(words) - 1))


@lru_cache(maxsize=65_536)
def _content_words(name: str) -> tuple[str, ...]:
    """The name's words other than stopwords, upper-cased (asked once per name, not once per acronym)."""
    return tuple(w.upper() for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ORG_STOPWORDS)


def _spells(rest: str, words: tuple[str, ...], clipped: bool) -> bool:
    """``rest`` is prefixes of all of ``words`` in order (with a clipped one among them, or ``clipped``)."""
    if not words:
        return not rest and clipped
    word = words[0]
    for k in range(min(len(word), len(rest)), 0, -1):
        if word[:k] == rest[:k] and _spells(rest[k:], words[1:], clipped or k >= MIN_CLIP):
            return True
    return False
