"""A craft told civilian by a word before it ('a supply ship', 'a passenger jet'; ``data/civil_craft.tsv``) is
no armed force: launching or sending one is no mobilisation, and planning to is no threat."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the categories of a force moved or readied (or planned to be: a threat) that a civilian craft does not code
FORCE_TYPES = frozenset({"MOBILIZE", "THREATEN"})
#: the class of trigger_objects.tsv whose nouns a civilian modifier disarms
FORCE_CLASS = "@forces"
MODIFIER_DEPS = {"compound", "amod", "nmod"}


@lru_cache(maxsize=1)
def modifiers() -> dict[str, str]:
    """modifier -> its example sentence."""
    return {r["modifier"]: r["example"] for r in read_tsv("civil_craft.tsv")}


def civil_craft(etype: str, obj: Token | None) -> bool:
    """The object of a force's move or readying is a craft a modifier tells civilian ('launch a supply ship')."""
    if etype not in FORCE_TYPES or obj is None or FORCE_CLASS not in lexicon().classes.get(lemma(obj), ()):
        return False
    words = modifiers()
    return any(c.dep_ in MODIFIER_DEPS and (lemma(c) in words or c.lower_ in words) for c in obj.children)
