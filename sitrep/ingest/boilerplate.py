"""Remove site chrome from article text, line by line, keeping an audit of every removed line and why.

The rules are general shapes of web-page furniture (summary widgets, navigation, share bars, reader comments,
copyright footers, photo captions and credits, tag lists, player controls, FAQ blocks), never strings of one
site. A rule only ever removes a whole line that matches a narrow shape, so body sentences survive: prose lines
are removed only when they are captions (carry a photo credit), exact/near repeats of another line, or inside a
clearly marked reader-comment section or FAQ block.

`clean_lines` is the entry point; it returns the kept body text, the audit list and the header facts
(byline, date lines, source credits) that :mod:`sitrep.ingest.metadata` turns into article metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.ingest.header_lines import pass_lines, pass_menus, pass_outlet_name
from sitrep.ingest.line_shapes import LineDoc, has_prose, is_caption, is_prose, norm
from sitrep.ingest.page_blocks import (
    pass_comment_section,
    pass_duplicates,
    pass_faq,
    pass_link_lists,
    pass_navigation_targets,
    pass_signoff,
    pass_tag_runs,
)
from sitrep.ingest.reflow import is_hard_wrapped, split_inline_share_runs, unwrap

__all__ = ["Cleaned", "clean_lines", "is_hard_wrapped", "norm", "split_inline_share_runs", "unwrap"]


@dataclass
class Cleaned:
    """Result of cleaning: the body, the audit, and header facts for metadata."""

    title: str
    body: str
    removed: list[dict] = field(default_factory=list)
    header: dict = field(default_factory=dict)


def clean_lines(text: str, title: str | None = None, *, header_facts: bool = True) -> Cleaned:
    """Clean ``text`` (the article body, title already split off) and audit what was removed.

    ``title`` enables repeated-title removal. ``header_facts`` collects byline/date/source lines for metadata.
    """
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines, share_runs = split_inline_share_runs(unwrap(lines) if is_hard_wrapped(lines) else lines)
    doc = LineDoc(lines)
    for i in share_runs:
        doc.drop(i, "share bar (inline)")
    header: dict = {"date_lines": [], "bylines": [], "sources": [], "copyrights": [], "urls": [], "authors": []}
    ntitle = norm(title or "")
    live = doc.live()
    first_prose = next(
        (k for k, i in enumerate(live) if is_prose(doc.lines[i]) and not is_caption(doc.lines[i])), len(live)
    )
    head_set = set(live[: max(first_prose, 8)])
    tail_set = set(live[-4:])
    pass_comment_section(doc)
    pass_lines(doc, live, ntitle, head_set, tail_set, header)
    pass_tag_runs(doc)
    pass_navigation_targets(doc)
    pass_link_lists(doc)
    pass_menus(doc, set(live[: max(first_prose, 8)]), header)
    pass_outlet_name(doc, set(live[: max(first_prose, 8)]), header)
    pass_duplicates(doc)
    pass_faq(doc)
    pass_signoff(doc)
    body = _join_kept(doc)
    removed = [{"text": doc.lines[i].strip(), "reason": r, "line": i} for i, r in enumerate(doc.why) if r]
    if not has_prose(body) and any(is_prose(doc.lines[i]) for i in live):
        # safety net: the rules must never eat the whole article; give back prose lines taken as captions/repeats
        for i in live:
            if doc.why[i] in ("image caption/credit", "repeated paragraph", "repeated title") and is_prose(
                doc.lines[i]
            ):
                doc.why[i] = None
        body = _join_kept(doc)
        removed = [{"text": doc.lines[i].strip(), "reason": r, "line": i} for i, r in enumerate(doc.why) if r]
    return Cleaned(title=title or "", body=body, removed=removed, header=header if header_facts else {})


def _join_kept(doc: LineDoc) -> str:
    """Rebuild the text from kept lines: consecutive kept lines stay adjacent; blank lines collapse to one."""
    parts: list[str] = []
    blank = False
    for s, r in zip(doc.lines, doc.why, strict=True):
        if r is not None:
            continue
        if not s.strip():
            blank = True
            continue
        if parts and blank:
            parts.append("")
        parts.append(s)
        blank = False
    return "\n".join(parts).strip()
