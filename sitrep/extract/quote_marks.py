"""Quoted spans of a text from its quote marks alone (no parse): which mark opens, which closes, what they enclose.

Marks come in two families. Double marks: straight ``"``, curly “ ” „ ‟, guillemets « », and pairs of single
marks typeset as one (‘‘ ’’ '' ``). Single marks: ‘ ’ ' ‹ ›, where ’ and ' are also apostrophes. A mark's role
comes from what surrounds it (like Markdown's flanking rules), not its shape, so a reversed opening mark
(”…”, »…«, „…“) pairs like any other: a mark after a space or an opening bracket and before a word opens; a mark
after a word and before a space or punctuation closes.

Double-mark spans follow the typographic conventions of news copy:
- a quote still open at the end of a paragraph whose next paragraph opens with a mark continues there (one span
  per paragraph, the later ones flagged ``continued``);
- a quote still open at the end of a paragraph whose closing mark comes in one of the next few paragraphs runs
  over the break (again one span per paragraph);
- a quote still open when the text ends (a cut-off article) runs to the end of the text; one open at the end
  of a paragraph with nothing to close it ends with its paragraph.
Single-mark spans stay inside one paragraph and outside double-mark spans (a quote inside a quote is part of
the outer one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARKS = re.compile(r"‘‘|’’|''|``|[\"“”„‟«»]")
SINGLE_MARKS = re.compile(r"[‘’'‹›`]")
#: characters after which a mark opens (besides the start of the text and white space)
OPEN_BEFORE = set("([{—–-/:;,")
#: characters before which a mark closes (besides white space and the end of the text)
CLOSE_AFTER = set(".,;:!?)]}—–-…/")
#: a closing mark may be glued to the sentence punctuation before it ('world,"he said')
END_PUNCT = set(".,;:!?…")
#: how many paragraph breaks a quote may run over before its closing mark
MAX_PARAGRAPHS = 4
#: a single-mark quote longer than this is a misread apostrophe, not a quote
MAX_SINGLE_WORDS = 40


@dataclass
class Span:
    """Quoted text [start, end) inside the marks; ``continued`` when it continues the span before it."""

    start: int
    end: int
    continued: bool = False
    closed: bool = True


def _role(text: str, i: int, j: int) -> str:
    """'open', 'close' or 'either' for the mark text[i:j]."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    left_free = before.isspace() or before in OPEN_BEFORE
    right_free = after.isspace() or after in CLOSE_AFTER
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    if before in END_PUNCT and after.isalpha():
        return "either"  # 'said,"we' or ',"he said': decided by whether a quote is open
    return "either"


def _paragraph_end(text: str, pos: int) -> int:
    n = text.find("\n", pos)
    return len(text) if n < 0 else n


def _parts(text: str, start: int, end: int, closed: bool) -> list[Span]:
    """[start, end) cut at paragraph breaks, blank paragraphs dropped."""
    out: list[Span] = []
    pos = start
    for chunk in text[start:end].split("\n"):
        s, e = pos, pos + len(chunk)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(s, e, continued=bool(out), closed=closed))
    return out


def double_spans(text: str) -> list[Span]:
    """Spans enclosed by double marks, in text order."""
    marks = [(m.start(), m.end(), _role(text, m.start(), m.end())) for m in DOUBLE_MARKS.finditer(text)]
    out: list[Span] = []
    open_at: int | None = None  # position just after the opening mark
    k = 0
    while k < len(marks):
        i, j, role = marks[k]
        k += 1
        if open_at is None:
            if role != "close":
                open_at = j
            continue
        breaks = text.count("\n", open_at, i)
        if breaks == 0:
            if role == "open" and text[i - 1 : i].isspace() and i - open_at > 1:
                # a second opening mark in the paragraph: the first was never closed (or is a stray mark)
                out += _parts(text, open_at, i, closed=False) if len(text[open_at:i].split()) >= 4 else []
                open_at = j
                continue
            out += _parts(text, open_at, i, closed=True)
            open_at = None
            continue
        par_start = text.rfind("\n", 0, i) + 1
        at_par_start = not text[par_start:i].strip()
        if role == "open" and at_par_start and breaks <= MAX_PARAGRAPHS:
            # typographic continuation: the paragraph before had no closing mark
            first = _parts(text, open_at, _paragraph_end(text, open_at), closed=False)
            out += first
            open_at = j
            if first:
                out.append(Span(-1, -1, continued=True))  # marker: the next span continues this one
            continue
        if role != "open" and breaks <= MAX_PARAGRAPHS:
            out += _parts(text, open_at, i, closed=True)
            open_at = None
            continue
        # the quote ended with its paragraph; this mark starts afresh
        out += _parts(text, open_at, _paragraph_end(text, open_at), closed=False)
        open_at = j if role != "close" else None
    if open_at is not None:
        rest = text[_paragraph_end(text, open_at) :]
        last_paragraph = not rest.strip()
        end = len(text) if last_paragraph else _paragraph_end(text, open_at)
        out += _parts(text, open_at, end, closed=False)
    return _link_continuations(out)


def _link_continuations(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    carry = False
    for sp in spans:
        if sp.start < 0:
            carry = True
            continue
        if carry:
            sp.continued = True
            carry = False
        out.append(sp)
    return out


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark between two letters ("don't", "Côte d’Ivoire") is an apostrophe."""
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def single_spans(text: str, taken: list[Span]) -> list[Span]:
    """Spans enclosed by single marks, inside one paragraph and outside the double-mark spans."""
    inside = [(s.start - 2, s.end + 2) for s in taken]
    out: list[Span] = []
    marks = [m.start() for m in SINGLE_MARKS.finditer(text) if not _is_apostrophe(text, m.start())]
    marks = [i for i in marks if not any(a <= i < b for a, b in inside)]
    k = 0
    while k < len(marks):
        i = marks[k]
        k += 1
        if _role(text, i, i + 1) != "open":
            continue
        par_end = _paragraph_end(text, i)
        for n in range(k, len(marks)):
            j = marks[n]
            if j > par_end:
                break
            if _role(text, j, j + 1) == "close" or (j + 1 == len(text)):
                words = text[i + 1 : j].split()
                if 0 < len(words) <= MAX_SINGLE_WORDS and not text[j - 1].isspace():
                    out.append(Span(i + 1, j))
                    k = n + 1
                break
    return out


def quoted_spans(text: str) -> list[Span]:
    """Every quoted span of ``text`` (double marks first, then single marks outside them), in text order."""
    doubles = double_spans(text)
    return sorted(doubles + single_spans(text, doubles), key=lambda s: s.start)
