"""Terminal output for the analyst commands: rich styles on a terminal, plain text when piped.

Text is built as lines of (text, style) segments. On a terminal (rich's detection: a tty, or FORCE_COLOR) the
styles are rendered by rich; otherwise lines are printed plain, and a highlighted span (style "match") is marked
``**like this**`` so it survives a pipe, a file or a diff.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

Segment = tuple[str, str | None]

STYLES = {
    "title": "bold",
    "heading": "bold underline",
    "label": "dim",
    "match": "bold yellow",
    "quote": "italic",
    "id": "cyan",
    "meta": "green",
}
PLAIN_MARK = "**"


def highlight(text: str, spans: Iterable[tuple], base: str | None = None) -> list[Segment]:
    """Segments of ``text`` (whitespace runs, newlines included, shown as one space) with its spans styled.

    A span is (start, end) for a "match" or (start, end, style); overlapping spans are merged into the first.
    """
    clean = re.sub(r"\s", " ", text)
    lead = len(clean) - len(clean.lstrip())
    clean = clean.strip()
    merged: list[list] = []
    for span in sorted((s[0] - lead, s[1] - lead, s[2] if len(s) > 2 else "match") for s in spans):
        s, e, style = max(0, span[0]), min(len(clean), span[1]), span[2]
        if e <= s:
            continue
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e, style])
    out: list[Segment] = []
    pos = 0
    for s, e, style in merged:
        if s > pos:
            out.append((clean[pos:s], base))
        out.append((clean[s:e], style))
        pos = e
    if pos < len(clean):
        out.append((clean[pos:], base))
    return _squeeze(out)


def _squeeze(segments: list[Segment]) -> list[Segment]:
    """Runs of spaces collapsed to one across segment borders."""
    out: list[Segment] = []
    prev_space = False
    for text, style in segments:
        text = re.sub(" {2,}", " ", text)
        if prev_space and text.startswith(" "):
            text = text[1:]
        if text:
            out.append((text, style))
            prev_space = text.endswith(" ")
    return out


class Printer:
    """Prints lines of segments: rich on a terminal, plain otherwise."""

    def __init__(self, file=None) -> None:
        from rich.console import Console

        self.file = file or sys.stdout
        self.console = Console(file=self.file, highlight=False, soft_wrap=True)
        self.rich = self.console.is_terminal

    def line(self, *segments: Segment | str, indent: int = 0) -> None:
        segs = [(s, None) if isinstance(s, str) else s for s in segments]
        if indent:
            segs.insert(0, (" " * indent, None))
        if self.rich:
            from rich.text import Text

            text = Text()
            for s, style in segs:
                text.append(s, style=STYLES.get(style, style) if style else None)
            self.console.print(text)
        else:
            self.file.write("".join(f"{PLAIN_MARK}{s}{PLAIN_MARK}" if st == "match" else s for s, st in segs) + "\n")

    def blank(self) -> None:
        self.line("")
