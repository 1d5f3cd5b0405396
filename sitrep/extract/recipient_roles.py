"""Nouns of people or bodies named only as an act's recipient that the Phoenix agents file does not list ('the
firm', 'the management', 'the families'), with the agent sector its nouns of their kind have
(``data/recipient_roles.tsv``); ``event_arg_groups.recipient_group`` reads them after the agents file."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.singular_forms import token_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the sector of a craft the agents file files under business ('oil tanker'): no recipient at all
NO_SECTOR = "none"


@lru_cache(maxsize=1)
def role_sectors() -> dict[str, str]:
    """lemma -> agent sector of ``recipient_roles.tsv``."""
    return {r["lemma"]: r["sector"] for r in read_tsv("recipient_roles.tsv")}


def role_sector(tok: Token) -> str | None:
    """The agent sector of a recipient noun the agents file does not list ('managers' -> BUS), else None."""
    table = role_sectors()
    return next((table[w] for w in token_forms(tok) if w in table), None)
