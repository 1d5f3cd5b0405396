"""Photo credits run into the text: the photographer named after a credit word or a news agency and its colon or
slash ('Photo: Ana Kessler', 'REUTERS/Ana Kessler', 'AP Photo/Ana Kessler', 'Photo by Ana Kessler', 'Ana
Kessler/Wire') is no actor of the story. A credit glued to the next sentence makes the model run the photographer's
name into its first word ('REUTERS/Ana Kessler Vell, who heads ...'): the words after the name that the article
names a person by elsewhere are that person."""

from __future__ import annotations

import re

from sitrep.extract.entity_vocab import CREDIT_WORDS, NEWS_AGENCIES
from sitrep.extract.mention_span import Span

_MARKS = "|".join(re.escape(w) for w in sorted(CREDIT_WORDS | NEWS_AGENCIES | {"ap"}, key=lambda w: (-len(w), w)))
#: right before a name: a credit word or an agency with its colon, slash or 'by', or a slash glued to a name
#: that follows one such mark on the same line ('Photo: Ana Kessler/Wire')
_BEFORE = re.compile(rf"(?:\b(?:{_MARKS})\s*(?::|/|\bby\b)|\b(?:{_MARKS})\b[^\n]{{0,60}}\w/)\s*$", re.IGNORECASE)
#: inside a name: an agency's or a credit word's slash ('AP Photo/Ana Kessler' taken as one organisation)
_INSIDE = re.compile(rf"\b(?:{_MARKS})\s*/\s*[A-Z]", re.IGNORECASE)
#: words of a photographer's name the credit opens with
NAME_WORDS = 2


def drop_credits(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the photographers' names of credits (see module doc); a name run on into the next
    sentence keeps its words that name another person of the article."""
    known = _person_words(text, spans)
    out = []
    for sp in spans:
        before = text[max(0, sp.outer_start - 80) : sp.outer_start]
        if _INSIDE.search(text[sp.start : sp.end]) or (sp.label == "PERSON" and _BEFORE.search(before)):
            tail = _known_tail(text, sp, known)
            if tail is not None:
                out.append(tail)
            continue
        out.append(sp)
    return out


def _person_words(text: str, spans: list[Span]) -> set[str]:
    """Surnames of the persons the article names outside any credit."""
    words = set()
    for sp in spans:
        if sp.label == "PERSON" and not _BEFORE.search(text[max(0, sp.outer_start - 80) : sp.outer_start]):
            words.add(text[sp.start : sp.end].split()[-1])
    return words


def _known_tail(text: str, sp: Span, known: set[str]) -> Span | None:
    """The words after the photographer's name when the article names a person by the last of them, or writes
    that word elsewhere ('Ana Kessler Vell' -> 'Vell'), as a person span of their own."""
    words = list(re.finditer(r"\S+", text[sp.start : sp.end]))
    if len(words) <= NAME_WORDS:
        return None
    last = words[-1].group()
    elsewhere = re.search(rf"\b{re.escape(last)}\b", text[: sp.start] + " " + text[sp.end :])
    if last not in known and not elsewhere:
        return None
    start = sp.start + words[NAME_WORDS].start()
    return Span(start, sp.end, "PERSON", model_label=sp.model_label)
