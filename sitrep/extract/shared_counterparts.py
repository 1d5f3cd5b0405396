"""A counterpart shared by coordinated acts: 'Scholz met Tusk on Monday and agreed to boost defence cooperation'.
The meeting names Tusk; the agreement, coordinated with it and sharing its subject, names no counterpart of its
own, and stood apart with Scholz alone. It takes the meeting's counterparts as its targets. Only the pairs of types
in ``data/shared_counterparts.tsv`` share (a meeting and the agreement reached at it), only when the act has no
subject of its own ('met Tusk, and Macron agreed'), no counterpart of its own, and a source of the meeting.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: roles that name a counterpart of an act
COUNTER_ROLES = frozenset({"target", "participant"})
#: links of an act's own subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@lru_cache(maxsize=1)
def shared_pairs() -> frozenset[tuple[str, str]]:
    """(meeting type, act type) pairs whose act takes the meeting's counterparts."""
    return frozenset((r["meeting"], r["act"]) for r in read_tsv("shared_counterparts.tsv"))


def _named(cand: dict, roles: frozenset[str]) -> set:
    return {p["mention_idx"] for p in cand["participants"] if p["role"] in roles and p.get("mention_idx") is not None}


def share_counterparts(doc: Doc, made: dict[int, dict]) -> None:
    """Give each act of ``made`` (trigger index -> candidate, one sentence) coordinated with a meeting the
    meeting's counterparts, when the act names none and no subject of its own."""
    for i, act in made.items():
        tok = doc[i]
        meeting = made.get(tok.head.i) if tok.dep_ == "conj" else None
        if meeting is None or (meeting["event_type"], act["event_type"]) not in shared_pairs():
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in tok.children) or _named(act, COUNTER_ROLES):
            continue
        sources = _named(meeting, frozenset({"source"}))
        if not sources or not _named(act, frozenset({"source"})) & sources:
            continue
        counterparts = [p for p in meeting["participants"] if p["role"] in COUNTER_ROLES]
        act["participants"] += [{**p, "role": "target"} for p in counterparts if p.get("mention_idx") not in sources]
