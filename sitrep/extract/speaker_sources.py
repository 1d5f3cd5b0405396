"""The speaker of 'his country' acts too: 'Mexican Economy Minister Ildefonso Guajardo said his country could slap
tariffs on US goods'. The subject 'his country' stands for the speaker's state (``speaker_states``), and the act
had that state alone for source; the minister who announced it is its source as well (a person's word for his
state is his own act, as PLOVER codes a threat voiced by a minister). Only a named person speaking adds himself."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_syntax import SUBJ
from sitrep.extract.speaker_states import REPORTED, described_state

if TYPE_CHECKING:
    from spacy.tokens import Doc


def add_speakers(
    ctx: EventContext, doc: Doc, made: dict[int, dict], to_rows: Callable[[list[dict]], list[dict]]
) -> None:
    """Add, as a source, the person who says the act of ``made`` (trigger index -> candidate, one sentence)
    whose subject is 'his country' in the clause he reports."""
    for i, cand in made.items():
        subj, passive = subject_token(doc[i])
        if subj is None or passive or not described_state(subj) or subj.head.dep_ not in REPORTED:
            continue
        speaker = next((c for c in subj.head.head.children if c.dep_ in SUBJ), None)
        if speaker is None:
            continue
        person = next(
            (m for t in speaker.subtree if (m := ctx.mention_of(t)) is not None and m["label"] == "PERSON"), None
        )
        if person is not None and all(p.get("mention_idx") != person["idx"] for p in cand["participants"]):
            at = sum(1 for p in cand["participants"] if p["role"] == "source")  # (after the sources, as parsed)
            cand["participants"][at:at] = to_rows([{"mention": person, "role": "source"}])
