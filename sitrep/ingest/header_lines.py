"""Passes over the page header (the lines before the first prose paragraph) and single-line rules: repeated
titles, bylines, date lines, section labels, menus and header bars, the outlet line. Each pass marks lines
of a :class:`~sitrep.ingest.line_shapes.LineDoc` with a reason and collects header facts (bylines, dates,
sources, copyrights) for :mod:`sitrep.ingest.metadata`."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from sitrep.ingest.dates import date_line
from sitrep.ingest.line_shapes import (
    AGENCIES,
    BREADCRUMB,
    BYLINE,
    LINE_RULES,
    PERSON_LINE,
    REPORTS_VIA,
    SECTION_LABEL,
    SENT_END,
    TABULAR,
    LineDoc,
    is_caption,
    is_prose,
    line_rule,
    n_words,
    norm,
    weak_caption,
)

COPYRIGHT_LINE = next(p for r, p in LINE_RULES if r == "copyright footer")
MENU_ITEM = re.compile(r"^[A-Z][^\W\d_]*(?:[ &'-]+[^\W\d_]+)?$")
MENU_SEP = re.compile(r"\s+[|·•]\s+")


def pass_lines(doc: LineDoc, live: list[int], ntitle: str, head: set[int], tail: set[int], header: dict) -> None:
    """Single-line rules, plus header-only rules (bylines, date lines, section labels)."""
    for i in live:
        if doc.why[i] is not None:
            continue
        s = doc.lines[i].strip()
        if TABULAR.search(s):
            continue
        ns = norm(s)
        if ntitle and ns and (ns == ntitle or (len(ns) > 20 and fuzz.ratio(ns, ntitle) >= 92)):
            doc.drop(i, "repeated title")
            continue
        reason = line_rule(s)
        if reason:
            doc.drop(i, reason)
            if reason == "source credit":
                header["sources"].append(s.split(":", 1)[1].strip())
            elif reason == "copyright footer":
                header["copyrights"].append(s)
            elif reason == "url line" and i in head:
                header["urls"].append(s)
            continue
        m = REPORTS_VIA.match(s)
        if m and n_words(s) <= 8:
            header["authors"].append(m["name"])
            doc.drop(i, "byline")
            continue
        if (i in head or i in tail) and (d := date_line(s)):
            doc.drop(i, "date line")
            header["date_lines"].append({"line": i, "date": d, "text": s, "head": i in head})
            continue
        if re.fullmatch(r"(19|20)\d{2}", s) and i in tail and (i == 0 or not doc.lines[i - 1].strip()):
            doc.drop(i, "date line")
            continue
        if i in head and _header_rule(doc, i, s, header, top=i in live[:3]):
            continue
        if is_caption(s) or (i in head and i != live[0] and weak_caption(s)):
            doc.drop(i, "image caption/credit")
    _pass_author_lines(doc, live, head, header)


_NOT_NAMES = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|the|this|that|then|now|today|early|late|law|contrast|comparison|"
    r"default|far|chance|design|mistake|accident|night|day|noon|midnight)$",
    re.I,
)


def _authors(names: str) -> str:
    """Byline names without a trailing wire-agency credit ("Jane Roe, Reuters" -> "Jane Roe")."""
    parts = [p.strip() for p in re.split(r",", names) if p.strip()]
    kept = [p for p in parts if not re.fullmatch(AGENCIES, p)] or parts
    return ", ".join(kept)


def _byline_shape(name: str, pre: str, post: str) -> bool:
    """A byline: "By Jane Roe", "<date> by Jane Roe", "By Jane Roe | <date>", "By Jane Roe, Reuters"."""
    first = name.split()[0]
    if _NOT_NAMES.match(first) or (pre and not date_line(pre)):
        return False
    return not post or bool(date_line(post)) or (n_words(post) <= 4 and not post.endswith("."))


def _header_rule(doc: LineDoc, i: int, s: str, header: dict, top: bool) -> bool:
    """Rules that only apply before the first prose paragraph."""
    m = BYLINE.match(s)
    pre = m["pre"].strip(" |,•·–—-") if m else ""
    post = m["post"].strip(" |,•·–—-") if m else ""
    if m and _byline_shape(m["name"], pre, post):
        pre_date = date_line(pre) if pre else None
        post_date = date_line(post) if post else None
        header["bylines"].append({"line": i, "text": s, "author": _authors(m["name"]), "date": pre_date or post_date})
        doc.drop(i, "byline")
        return True
    if top and (
        (SECTION_LABEL.match(s) and n_words(s) <= 3)
        or (BREADCRUMB.match(s) and not SENT_END.search(s) and n_words(s) <= 6 and re.search(r"[>»›|/]|^\d", s))
    ):
        doc.drop(i, "section label")
        return True
    return False


def _pass_author_lines(doc: LineDoc, live: list[int], head: set[int], header: dict) -> None:
    """A bare person-name line next to a header date line is a byline ("Ana Petrova" / "March 3, 2021")."""
    date_idx = {d["line"] for d in header["date_lines"]}
    if not date_idx:
        return
    for pos, i in enumerate(live):
        if i not in head or doc.why[i] is not None or not PERSON_LINE.match(doc.lines[i].strip()):
            continue
        neighbours = {live[pos - 1] if pos else -1, live[pos + 1] if pos + 1 < len(live) else -1}
        if neighbours & date_idx:
            header["authors"].append(doc.lines[i].strip())
            doc.drop(i, "byline")


def pass_menus(doc: LineDoc, head: set[int], header: dict) -> None:
    """Header site chrome: runs of 3+ one/two-word lines (a menu), bars of short segments ("date | Log in")."""
    live = [i for i in doc.live() if i in head]
    run: list[int] = []
    for i in [*live, -1]:
        s = doc.lines[i].strip() if i >= 0 else ""
        if i >= 0 and 0 < n_words(s) <= 2 and MENU_ITEM.match(s):
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                doc.drop(j, "navigation menu")
        run = []
    for i in live:
        s = doc.lines[i].strip()
        parts = MENU_SEP.split(s)
        if doc.why[i] is None and len(parts) >= 2 and all(n_words(p) <= 4 and not is_prose(p) for p in parts):
            dates = [d for p in parts if (d := date_line(p))]
            doc.drop(i, "header bar")
            if dates:
                header["date_lines"].append({"line": i, "date": dates[0], "text": s, "head": True})


def pass_outlet_name(doc: LineDoc, head: set[int], header: dict) -> None:
    """A header line repeating the site name of the copyright footer ("The Daily Courier") is the outlet line."""
    from sitrep.ingest.metadata import outlet_from_header

    footers = [ln.strip() for ln in doc.lines if COPYRIGHT_LINE.search(ln.strip())]
    name = outlet_from_header({"copyrights": footers})
    if not name:
        return
    for i in sorted(head):
        if doc.why[i] is None and norm(doc.lines[i]) == norm(name):
            doc.drop(i, "outlet line")
            header.setdefault("outlets", []).append(doc.lines[i].strip())
