"""Typed event candidates from dependency parses (per article) and their merge across articles.

``doc_event_candidates`` finds trigger words (meet, hold talks, receive, visit, sign, pledge, "talks between X
and Y", "X's visit to Moscow", "during a meeting with his counterpart X"), collects the participants from the
trigger's syntactic arguments (subject, object, "with"/"between"/"by" phrases, possessors), resolves pronouns
and descriptions ("he", "the Iranian leader", "the two presidents") to the nearest fitting person mention,
and attaches a status, a date (``dates``) and a place (``places``). ``merge_events`` (in ``event_merge``)
turns candidates from all articles into one row per real happening.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.extract.event_candidates import doc_event_candidates  # noqa: F401  (public API lives here)
from sitrep.extract.event_merge import merge_events  # noqa: F401  (public API lives here)

PARAGRAPH_COMPONENT = "sitrep_paragraph_breaks"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line (or a line break) always starts a new sentence: headlines, captions, datelines and
    bullet lines are not run into the next paragraph. Runs before the parser, which keeps preset starts."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def add_components(nlp: Language) -> None:
    """Register sitrep's event-side components on a loaded pipeline (idempotent)."""
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPH_COMPONENT, before=before) if before else nlp.add_pipe(PARAGRAPH_COMPONENT)
