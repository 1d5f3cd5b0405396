"""A state's name joined by a hyphen to a participle of backing ("the Saudi-backed government of President X",
"the Kremlin-installed leader X"): the state backs, leads or installed the body or person the title names, so it
is no country of the person (``data/backer_compounds.tsv``)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Doc


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    return word_sets("backer_compounds.tsv").get("backer", frozenset())


def backer_participle(doc: Doc, i: int) -> bool:
    """Token ``i`` is such a participle right after a hyphen ("backed" of "Saudi - backed")."""
    return i > 0 and doc[i].lower_ in _participles() and doc[i - 1].text in ("-", "–")
