"""A pullout someone else's forces are asked or blamed for: 'Iraq demanded the withdrawal of Turkish troops'.

The forces a withdrawal noun's 'of' phrase names are the source of a pullout announced or ordered ('Russia
announced the withdrawal of its troops': Russia withdraws, ``event_arg_nouns.withdrawn_forces``). When the noun is
what a demand asks for or a blame is about ('demanded the withdrawal of Turkish troops', 'called for the pullout of
Russian forces', 'condemned the withdrawal of US troops'), the forces are whom the act is aimed at: its target,
unless they are of the act's own side ('Israel demanded the withdrawal of its troops' keeps them with Israel).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_nouns import withdrawn_forces
from sitrep.extract.gazetteer import capital_iso3, country_iso3, demonym_iso3

if TYPE_CHECKING:
    from spacy.tokens import Token

#: categories whose object is what is asked for or blamed: the forces of a withdrawal there are the target
ASKED_OR_BLAMED = {"REQUEST", "ACCUSE"}
#: prepositions of a verb whose object is the thing asked for ('called for', 'pressed for')
ASKING_PREPS = {"for"}


def _withdrawal_nouns(tok: Token, own: Token | None) -> list[Token]:
    """The nouns an act takes as what it asks for or blames: its object, its 'for' object, a light verb's noun."""
    nouns = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    nouns += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ASKING_PREPS for g in c.children
              if g.dep_ == "pobj"]  # fmt: skip
    if own is not None:
        nouns += [g for c in own.children if c.dep_ == "prep" and c.lower_ in ASKING_PREPS for g in c.children
                  if g.dep_ == "pobj"]  # fmt: skip
    return nouns


def _state(m: dict) -> str | None:
    surface = m.get("surface") or ""
    return m.get("country_iso3") or demonym_iso3(surface) or country_iso3(surface) or capital_iso3(surface)


def asked_forces(
    mention_of: Callable[[Token], dict | None],
    tok: Token,
    own: Token | None,
    plover: str,
    sources: list[dict],
    targets: list[dict],
) -> None:
    """Move the forces of a withdrawal asked for or blamed from ``sources`` to ``targets`` (or add them there)."""
    if plover not in ASKED_OR_BLAMED:
        return
    for noun in _withdrawal_nouns(tok, own):
        forces = withdrawn_forces(mention_of, noun)
        if not forces:
            continue
        kept = [s for s in sources if all(s is not f and s.get("idx") != f.get("idx") for f in forces)]
        mine = {_state(s) for s in kept} - {None}
        theirs = [f for f in forces if _state(f) and _state(f) not in mine]
        if not theirs:
            continue
        moved = {id(f) for f in theirs} | {f.get("idx") for f in theirs}
        sources[:] = [s for s in sources if id(s) not in moved and s.get("idx") not in moved]
        targets += [f for f in theirs if all(f.get("idx") != t.get("idx") for t in targets)]
