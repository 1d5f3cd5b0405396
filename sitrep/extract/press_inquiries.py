"""A news outlet's own inquiry ('a BBC Panorama investigation has found', 'CNN investigated the contracts'):
journalism, no investigation of an actor by an authority (PLOVER's ACCUSE 'investigate'). The outlet is told by
``event_frames.is_media`` (``media_words`` in ``data/event_frames.json``)."""

from __future__ import annotations

from collections.abc import Callable


def press_inquiry(cand: dict, etype: str, by_idx: dict[int, dict], is_media: Callable[[dict], bool]) -> bool:
    """The candidate is an investigation (ACCUSE 'investigate') one of whose investigators is a news outlet."""
    if etype != "ACCUSE" or cand.get("event_mode") != "investigate":
        return False
    sources = [by_idx.get(p.get("mention_idx")) for p in cand["participants"] if p["role"] == "source"]
    return any(m is not None and is_media(m) for m in sources)
