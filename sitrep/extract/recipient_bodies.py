"""Nouns of people or bodies in general named only as an act's recipient ('asked organizations', 'urged her
counterparts', 'called on the organisations') that the Phoenix agents file does not list, with the agent sector of their
kind (``data/recipient_bodies.tsv``). Their sectors may act (``agent_groups.tsv`` 'any'), but the nouns alone make no
actor of a subject; ``event_arg_groups.recipient_group`` reads them after the agents file and ``recipient_roles``.
An official's counterparts are other states' officials: with no country in their own phrase they take none."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.singular_forms import token_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the ``states`` value of a body of other states than its speaker's ('counterparts')
OTHER_STATES = "other"


@lru_cache(maxsize=1)
def body_rows() -> dict[str, tuple[str, str]]:
    """lemma -> (agent sector, states) of ``recipient_bodies.tsv``."""
    return {r["lemma"]: (r["sector"], r["states"]) for r in read_tsv("recipient_bodies.tsv")}


def body_of(tok: Token) -> tuple[str, str] | None:
    """(agent sector, states) of a recipient noun of people or bodies in general ('agencies' -> GOV), else None."""
    table = body_rows()
    return next((table[w] for w in token_forms(tok) if w in table), None)


def body_sector(tok: Token) -> str | None:
    """The agent sector of a recipient noun of people or bodies in general, else None."""
    found = body_of(tok)
    return found[0] if found else None


def other_states(tok: Token) -> bool:
    """The noun names bodies of other states than the speaker's ('his counterparts')."""
    found = body_of(tok)
    return bool(found) and found[1] == OTHER_STATES
