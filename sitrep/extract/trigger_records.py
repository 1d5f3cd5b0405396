"""The records of a matched event trigger: a ``Reading`` (how it is coded) and a ``Trigger`` (the token, its reading
and the object noun that selected it). Kept apart from ``event_triggers`` so that the modules it consults can build
triggers of their own without importing it back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Reading:
    """One way a trigger is coded: PLOVER category, mode, CAMEO code and where it comes from."""

    plover: str
    mode: str | None
    cameo: str = ""
    reversed: bool = False
    negated: str | None = None
    origin: str = "cameo"


@dataclass(frozen=True)
class Trigger:
    """A matched trigger: its reading and the object noun that selected it (None for the bare word)."""

    token: Token
    reading: Reading
    object: Token | None
