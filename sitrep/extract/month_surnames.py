"""A person's surname that is also a month's name, where the model reads it as a date ('Theresa May ... May said').

The model tags the lone word as a DATE, so the article's other mentions of the person do not reach it. When the
article names a person of two words or more whose surname is a month's name, a DATE of that one word becomes a
PERSON mention when it acts in its clause as a name does: no preposition, determiner or time word stands before
it ('in May', 'late May', 'this May') and a finite verb follows it ('May said', 'May was', 'May has').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.doc_text import doc_text
from sitrep.extract.mention_span import Span
from sitrep.timewords import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: tags of the word after the surname that show it is the subject of a finite verb
FINITE_TAGS = frozenset({"VBD", "VBZ"})
#: tags of the word before it that show a date ('in May', 'the May', 'next May')
DATE_LEAD_TAGS = frozenset({"IN", "DT", "JJ", "CD", "TO"})


def _month_surnames(text: str, spans: list[Span]) -> set[str]:
    out: set[str] = set()
    for sp in spans:
        words = text[sp.start : sp.end].split()
        if sp.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in MONTHS:
            out.add(words[-1])
    return out


def add_month_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` plus a PERSON mention for each month-named surname the model read as a date (see module doc)."""
    text = doc_text(doc)
    names = _month_surnames(text, spans)
    if not names:
        return spans
    added: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or len(ent) != 1 or ent.text not in names or ent.end >= len(doc):
            continue
        prev = doc[ent.start - 1] if ent.start > 0 and not ent[0].is_sent_start else None
        if prev is not None and (prev.tag_ in DATE_LEAD_TAGS or prev.lower_ in MONTHS):
            continue
        if doc[ent.end].tag_ not in FINITE_TAGS:
            continue
        s, e = ent.start_char, ent.end_char
        if not any(sp.start < e and s < sp.end for sp in spans):
            added.append(Span(s, e, "PERSON", model_label="DATE"))
    if not added:
        return spans
    return sorted([*spans, *added], key=lambda sp: (sp.start, sp.end))
