"""Names an editor completed in square brackets inside a quotation: '[Jean-Claude] Juncker', '[Johannes] Hahn'.

The model tags such a name with the bracket in it ('Jean-Claude] Juncker') or not at all. The surname standing
after the brackets is a person mention whose name is resolved with the bracketed given names ('Juncker' as
'Jean-Claude Juncker'); a bracketed title ('[President] Okafor') only tells it is a person. Mentions inside such a name
(with its brackets) are replaced by it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.doc_text import doc_text
from sitrep.extract.mention_span import Span, is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = r"[A-Z][\w’'.-]*"
#: '[Given Names] Surname' (up to four bracketed words, the surname one or two capitalised words)
BRACKETED = re.compile(r"\[(" + _WORD + r"(?:\s+" + _WORD + r"){0,3})\]\s+(" + _WORD + r"(?:\s+" + _WORD + r")?)")


def add_bracketed_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a PERSON mention for each surname after bracketed given names or a bracketed title."""
    text = doc_text(doc)
    added = []
    for m in BRACKETED.finditer(text):
        inner, surname = m.group(1).split(), m.group(2)
        if surname.split()[0].lower() in ("and", "or") or is_title_word(surname.split()[0]):
            continue
        s, e = m.start(2), m.end(2)
        if re.search(r"['’]s?$", surname):  # "[Vladimir] Putin's"
            e -= len(re.search(r"['’]s?$", surname).group(0))
            surname = text[s:e]
        clashing = [sp for sp in spans if sp.start < e and m.start() < sp.end]
        if any(sp.end > e for sp in clashing):
            continue  # a longer name runs on after the surname
        spans = [sp for sp in spans if sp not in clashing]
        titled = all(is_title_word(w) for w in inner)
        added.append(
            Span(s, e, "PERSON", model_label="PERSON", name=None if titled else f"{' '.join(inner)} {surname}")
        )
    return sorted([*spans, *added], key=lambda sp: (sp.start, sp.end)) if added else spans
