"""Readings in a natural disaster's setting (PLOVER 2021 manual): a state of emergency declared over a disaster or
an outbreak is no repression (COERCE ambiguities: "State of emergencies in relation to national disasters should
generally not be coded as COERCE 'restrict' absent evidence for their use as a repressive tactic"): 'declared a
state of emergency after the floods' codes no event, 'after the protests' stays COERCE martial-law; forces sent
for a disaster or its relief are aid (MOBILIZE ambiguities: "Mobilizing police or military forces for disaster
relief should be coded as AID"): 'deployed troops to help with relief efforts' is AID. The words are the lemmas of
``data/disaster_causes.tsv``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "disaster_causes.tsv"
#: the reading of a declared state of emergency
EMERGENCY = ("COERCE", "martial-law")
#: the category of a deployment, and the one it takes for a disaster's relief
DEPLOYMENT = "MOBILIZE"
RELIEF = ("AID", None)
NOUN_TAGS = {"NOUN", "PROPN"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """kind (disaster, relief) -> lemmas."""
    rows = read_tsv(DATA.name)
    return {k: frozenset(r["lemma"] for r in rows if r["kind"] == k) for k in {r["kind"] for r in rows}}


def _names(tok: Token, words: frozenset[str]) -> bool:
    """The clause of ``tok`` names one of ``words`` (nouns only: 'after protesters stormed the palace' names no
    storm)."""
    return any(
        t.pos_ in NOUN_TAGS and ((t.lemma_ or t.lower_).lower() in words or t.lower_ in words) for t in tok.subtree
    )


def disaster_emergency(etype: str, mode: str | None, tok: Token) -> bool:
    """A state of emergency whose declaring clause names a disaster ('after the floods', 'over the drought', 'a
    drought emergency'), not a repression."""
    return (etype, mode) == EMERGENCY and _names(tok, _words().get("disaster", frozenset()))


def relief_reading(etype: str, mode: str | None, tok: Token) -> tuple[str, str | None]:
    """AID for forces deployed for a disaster or its relief ('deployed troops to help flood victims', 'sent
    soldiers to join the rescue operation'); the reading unchanged else."""
    if etype != DEPLOYMENT:
        return etype, mode
    words = _words()
    return (
        RELIEF if _names(tok, words.get("disaster", frozenset()) | words.get("relief", frozenset())) else (etype, mode)
    )
