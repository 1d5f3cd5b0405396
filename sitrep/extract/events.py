"""Typed event candidates from dependency parses (per article) and their merge across articles.

``doc_event_candidates`` finds trigger words (meet, hold talks, receive, visit, sign, pledge, "talks between X
and Y", "X's visit to Moscow", "during a meeting with his counterpart X"), collects the participants from the
trigger's syntactic arguments (subject, object, "with"/"between"/"by" phrases, possessors), resolves pronouns
and descriptions ("he", "the Iranian leader", "the two presidents") to the nearest fitting person mention,
and attaches a status, a date (``dates``) and a place (``places``). ``merge_events`` (in ``event_merge``)
turns candidates from all articles into one row per real happening.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sitrep.extract import aux_subjects, event_candidates, glued_objects, group_nationals, state_namesakes, token_memo
from sitrep.extract.event_merge import merge_events  # noqa: F401  (public API lives here)

if TYPE_CHECKING:
    from spacy.tokens import Doc


def doc_event_candidates(doc: Doc, mentions: list[dict], published_at: date | None, caption_text: str = "") -> list:
    """``event_candidates.doc_event_candidates``, with the names the article uses for a US state read as the state
    (``state_namesakes.reading``: 'a Georgia judge ... Atlanta'); the parse stands still from the repair on, so
    answers about its tokens are kept meanwhile (``token_memo``)."""
    glued_objects.repair(doc)  # 'slammed President Trump Tuesday night': Trump is the object
    aux_subjects.repair(doc)  # 'X has, since Monday, shelled the town': X is the verb's subject
    with state_namesakes.reading(mentions), token_memo.memoized(doc, fresh=True):
        cands = event_candidates.doc_event_candidates(doc, mentions, published_at, caption_text)
    group_nationals.add_group_states(doc, mentions, cands)  # 'sanctions on several lawmakers. Citizens of X ...'
    return cands


def __getattr__(name: str):  # noqa: ANN202
    """The paragraph-break component (``paragraphs``, which lives apart: a parse-only worker process loads it
    without the extraction code), importable from here but loaded at first use: it registers with spaCy, which
    the flow process (it assembles events, it never parses) does not load."""
    if name in ("PARAGRAPH_COMPONENT", "add_components", "paragraph_breaks"):
        from sitrep.extract import paragraphs

        return getattr(paragraphs, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
