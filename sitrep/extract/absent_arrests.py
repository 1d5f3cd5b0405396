"""An arrest ordered or a sentence passed in absentia is a threat of arrest (PLOVER 2021 manual, THREATEN and
COERCE ambiguities: "Issuing an in-absentia arrest should be coded as a THREAT 'arrest' rather than COERCE
'arrest'"): the person is out of reach, so nobody is detained ('issued an arrest warrant in absentia for the
former mayor', 'sentenced the exiled leader in absentia')."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the arrest reading an absent person's arrest turns into a threat of
ARREST = ("COERCE", "arrest")
THREAT = ("THREATEN", "arrest")
#: the words of 'in absentia' (the phrase's object, after 'in')
ABSENT_WORDS = {"absentia"}


def absent_reading(etype: str, mode: str | None, tok: Token, obj: Token | None) -> tuple[str, str | None]:
    """THREATEN arrest for an arrest told 'in absentia' on the trigger or on its object noun (the warrant);
    the reading unchanged else."""
    if (etype, mode) != ARREST:
        return etype, mode
    heads = [tok] + ([obj] if obj is not None else [])
    if any(_in_absentia(c) for h in heads for c in h.children):
        return THREAT
    return etype, mode


def _in_absentia(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(g.lower_ in ABSENT_WORDS for g in prep.children)
