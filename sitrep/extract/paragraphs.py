"""sitrep's one pipeline component: a blank line (or a line break) starts a sentence.

Kept apart from the extraction modules so a process that only parses (an NLP worker whose per-article
extraction runs in another process, ``sitrep.extract.parallel``) loads spaCy and this, nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
    """Register sitrep's components on a loaded pipeline (idempotent)."""
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPH_COMPONENT, before=before) if before else nlp.add_pipe(PARAGRAPH_COMPONENT)
