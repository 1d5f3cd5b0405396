"""The event candidates sitrep codes for one invented sentence, as the event-class tests read them."""

from __future__ import annotations

from sitrep.extract import entities, events


def coded(nlp, text: str) -> list[dict]:
    """The event candidates of ``text`` (no publication date)."""
    doc = nlp(text)
    return events.doc_event_candidates(doc, entities.doc_mentions(doc), None)


def readings(nlp, text: str) -> set[tuple[str, str | None]]:
    """(event_type, event_mode) of each candidate of ``text``."""
    return {(c["event_type"], c.get("event_mode")) for c in coded(nlp, text)}


def types(nlp, text: str) -> set[str]:
    """The event types coded for ``text``."""
    return {c["event_type"] for c in coded(nlp, text)}


def type_list(nlp, text: str) -> list[str]:
    """The event type of each candidate of ``text``, in order: one entry per candidate, so counts can be asserted."""
    return [c["event_type"] for c in coded(nlp, text)]


def token(doc, word: str):
    """The first token of ``doc`` whose text is ``word``."""
    return next(t for t in doc if t.text == word)
