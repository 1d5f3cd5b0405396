"""An act told as the means of an answer is aimed at the one answered: 'Beijing retaliated against Washington by
banning exports of gallium'. The ban (the gerund after 'by') names no one it is aimed at; the verb it is the means
of names him in its 'against' / 'at' / 'on' / 'to' phrase (the one retaliated against, hit back at, responded to,
or the owner of the act responded to: 'responded to the US sanctions by ...')."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.event_context import EventContext

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: prepositions of the one an answer is aimed at
ANSWERED_PREPS = frozenset({"against", "at", "on", "to"})


def means_targets(
    ctx: EventContext, doc: Doc, made: dict[int, dict], to_rows: Callable[[list[dict]], list[dict]]
) -> None:
    """Give each act of ``made`` (trigger index -> candidate, one sentence) told by a 'by' gerund and naming no
    target the actors of its governing verb's answered phrase."""
    for i, cand in made.items():
        tok = doc[i]
        if tok.dep_ != "pcomp" or tok.head.lower_ != "by" or any(p["role"] == "target" for p in cand["participants"]):
            continue
        verb = tok.head.head
        phrases = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ANSWERED_PREPS for p in c.children
                   if p.dep_ == "pobj"]  # fmt: skip
        own = {p.get("mention_idx") for p in cand["participants"]}
        found = {m["idx"]: m for p in phrases for t in p.subtree if (m := ctx.mention_of(t)) is not None}
        cand["participants"] += to_rows([{"mention": m, "role": "target"} for k, m in found.items() if k not in own])
