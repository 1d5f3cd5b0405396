"""The parties of an event noun someone is invited to ('Putin invited Erdogan to a visit to Moscow', 'Erdogan was
invited for talks by Putin'): the one invited takes part (the source: the visitor, the guest), the one inviting
hosts it (a target). The verbs and their prepositions are ``data/invitation_verbs.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def invitations() -> frozenset[tuple[str, str]]:
    """(verb lemma, preposition) pairs of ``invitation_verbs.tsv``."""
    return frozenset((r["lemma"], r["prep"]) for r in read_tsv("invitation_verbs.tsv"))


def _inviting_verb(noun: Token) -> Token | None:
    """The verb of inviting whose preposition governs the event noun ('invited X to a visit'), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    return prep.head if (lemma(prep.head), prep.lower_) in invitations() else None


def invitation_sides(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """(the heads of who is invited, the heads of who invites) for an event noun someone is invited to, else
    None: the verb's object or passive subject; its active subject or 'by' agent."""
    verb = _inviting_verb(noun)
    if verb is None:
        return None
    subj, passive = subject_token(verb)
    guests = [subj] if passive and subj is not None else [c for c in verb.children if c.dep_ == "dobj"]
    hosts = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    hosts += [subj] if subj is not None and not passive else []
    return (guests, hosts) if guests else None


def invitees(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The actors invited to the event noun."""
    sides = invitation_sides(noun)
    return [m for g in sides[0] for m in np_actors(mention_of, g)] if sides else []


def inviters(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The actors inviting to the event noun, its host."""
    sides = invitation_sides(noun)
    return [m for h in sides[1] for m in np_actors(mention_of, h)] if sides else []
