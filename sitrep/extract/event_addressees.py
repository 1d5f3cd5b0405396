"""A demand or a threat with no addressee of its own is addressed to whom its speaker's last act, a sentence or two
before, was: 'Turkey summoned the Dutch ambassador on Monday. It demanded an official apology.' -> the apology is
demanded of the Netherlands; 'Serbia protested to Croatia over the arrest. Belgrade demanded his release.' -> of
Croatia.

Only acts of ``acts`` in ``data/event_addressees.json`` carry an addressee over, only from an event coded at most
``SENTENCES_BACK`` sentences before whose source is the same state ('Turkey', 'Turkish officials', 'Ankara') or the
same mention, and never to the act's own side. tests/sitrep/extract/test_event_addressees21.py runs every example.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "event_addressees.json"
#: how many sentences before the act its speaker's addressed act may be told
SENTENCES_BACK = 2


@lru_cache(maxsize=1)
def data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def carried_targets(
    trig: Token, cand: dict, history: list[tuple[int, dict]], key: Callable[[dict], tuple]
) -> list[dict]:
    """Target rows for ``cand`` (the act of ``trig``) from its speaker's last addressed act (see the module doc);
    ``history``: (trigger index, candidate) of the events coded before it; ``key``: who a participant row stands for
    (``event_anaphora._key``)."""
    if cand["event_type"] not in data()["acts"] or any(p["role"] == "target" for p in cand["participants"]):
        return []
    own = {key(p) for p in cand["participants"] if p["role"] == "source"}
    if not own:
        return []
    sents = list(trig.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= trig.i < s.end)
    first = sents[max(0, at - SENTENCES_BACK)].start
    for i, prior in sorted(history, key=lambda h: h[0], reverse=True):
        if i < first:
            break
        if i >= trig.i or i >= sents[at].start:
            continue  # (an act of the same sentence has its own reading of the parties)
        sources = {key(p) for p in prior["participants"] if p["role"] == "source"}
        if not sources & own:
            continue
        rows = [p for p in prior["participants"] if p["role"] == "target" and key(p) not in own]
        return [{**p, "role": "target"} for p in rows]
    return []
