"""Possessives inside one name ("Donetsk People's Republic", "European People's Party", "St George's University"):
the mention splitter does not cut a name there (``data/name_possessives.tsv``), as it cuts "Putin's Gazprom"."""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract.data_files import word_sets


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("name_possessives.tsv")


def possessive_in_name(text: str, start: int, at: int) -> bool:
    """The possessive at ``at`` (its apostrophe) in the name from ``start`` belongs to the name: its possessor is
    a listed word ("People's") or follows a saint's title ("St George's")."""
    words = text[start:at].replace(".", " ").split()
    if not words:
        return False
    listed = _words()
    return words[-1].lower() in listed.get("possessor", ()) or (
        len(words) >= 2 and words[-2].lower() in listed.get("saint", ())
    )
