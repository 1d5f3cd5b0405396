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

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from sitrep.ingest.dates import date_line

# --- single-line shapes -------------------------------------------------------------------------------------
_I = re.I
_LINE_RULES: list[tuple[str, re.Pattern]] = [
    (
        "summary widget",
        re.compile(
            r"^(no time to read\??|get (a|the) summary|summari[sz]e( this)?( article| story)?|"
            r"(listen|listen to)( this)?( article| story)?( \d+ min\w*)?|audio version|key points|tl;?dr)$",
            _I,
        ),
    ),
    ("reading time", re.compile(r"^(\d+\s*(min|mins|minutes?)\.?\s*read|reading time:?\s*\d+\s*(min\w*)?)$", _I)),
    (
        "navigation",
        re.compile(
            r"^(previous|next|prev|older|newer)( (article|post|story|page|item))?\s*[:»«<>›‹]*$|"
            r"^(back to top|go to top|skip to (main )?content|jump to|home\s*[>»›/].*)$",
            _I,
        ),
    ),
    ("site menu", re.compile(r"^(menu|search|sign in|log in|login|register|my account|open menu|close menu)$", _I)),
    (
        "advertisement",
        re.compile(
            r"^(advertisement|advertising|sponsored( content)?|ad|scroll to continue( with content)?|"
            r"(the )?story continues below( this)?( advertisement)?)$",
            _I,
        ),
    ),
    (
        "timestamp",
        re.compile(
            r"^(updated|published|posted|last updated)\s*:?\s*\d{1,3}\s*(minutes?|mins?|hours?|hrs?|days?)\s+ago$", _I
        ),
    ),
    (
        "continue-reading link",
        re.compile(
            r"^(continue reading|keep reading|read (the )?(full|rest of the)( article| story)?|read more|"
            r"click here to read|view (full )?article)\b.{0,80}$",
            _I,
        ),
    ),
    (
        "related link",
        re.compile(
            r"^(read|read also|also read|see also|related|related (article|post|story|content|news)s?|more|"
            r"recommended|you may also like|more on this( story| topic)?|watch|listen)\s*[:|»›]\s*.{1,200}$|"
            r"^(related( (articles|posts|stories|news|content|coverage))?|you may also like|recommended( for you)?|"
            r"most (read|popular|viewed)|trending( now)?|latest( news)?|more (stories|news))$",
            _I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(comments are closed\.?|comments? (are|is) disabled\.?|leave a (reply|comment)|post a comment|"
            r"add (a |your )?comment|your comment|you are replying to:?.*|cancel reply|join the (conversation|"
            r"discussion)|show comments|view comments|\d+\s+comments?|comments?\s*\(\d+\)|comments?)$",
            _I,
        ),
    ),
    ("comment captcha", re.compile(r"^\d{1,3}\s*[+\-x×*]\s*\d{1,3}\s*=\s*\??$")),
    (
        "media player controls",
        re.compile(
            r"^(?:\s*(?:play|pause|mute|unmute|settings|enter fullscreen|exit fullscreen|fullscreen|pip|"
            r"picture-in-picture|download|volume|replay|captions|subtitles|cc|live|video)\s*)+$|"
            r"^-?\d{1,2}:\d{2}(:\d{2})?$",
            _I,
        ),
    ),
    (
        "copyright footer",
        re.compile(
            r"^(©|\(c\)\s)\s*.{0,60}\b(19|20)\d{2}\b.{0,60}$|^copyright\s*(©|\(c\)|(19|20)\d{2}).{0,120}$|"
            r"all rights reserved\.?$",
            _I,
        ),
    ),
    ("image file name", re.compile(r"^\S+\.(jpe?g|png|gif|webp|svg|avif|bmp|tiff?)$", _I)),
    ("url line", re.compile(r"^(https?://|www\.)\S+$", _I)),
    ("source credit", re.compile(r"^source\s*:\s*\S.{0,80}$", _I)),
    ("tags line", re.compile(r"^(tags?|topics?|keywords?|filed under)\s*(:.{0,200})?$", _I)),
    ("article id", re.compile(r"^(news|article|story|post|content) (id|no\.?|number)\s*:?\s*\d+$", _I)),
    ("correction marker", re.compile(r"^corrections?\s*\d*$", _I)),
    (
        "follow prompt",
        re.compile(
            r"^(follow (us|\S+['’]s (live|telegram|twitter|whatsapp|channel|feed)).{0,60}|"
            r"subscribe\b.{0,30}\b(newsletter|channel|updates|alerts|podcast|notifications)\b.{0,30}|"
            r"sign up (for|to)\b.{0,60}|download (the|our) app\b.{0,40}|get the latest\b.{0,60})$",
            _I,
        ),
    ),
    (
        "share widget",
        re.compile(
            r"^(?:\s*(?:share|share this( article| story| post)?:?|share with love|share on|tweet|email|e-mail|print|"
            r"copy link|copied|whatsapp|facebook|twitter|telegram|linkedin|reddit|pinterest|vk|x)\s*[|·•]?\s*)+$",
            _I,
        ),
    ),
]
_SECTION_LABEL = re.compile(r"^[A-Z][A-Z&' -]{1,30}$")  # AFRICA, WORLD, LATIN AMERICA
_BREADCRUMB = re.compile(r"^\d{1,2}\.\s+[A-Z][\w&' -]{1,30}$|^[\w&' -]{1,30}(\s[>»›/|]\s[\w&' -]{1,30}){1,4}$")
_TAG_WORDS = re.compile(r"^[a-z][a-z' -]{0,40}$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")

# --- captions and credits -----------------------------------------------------------------------------------
_AGENCIES = (
    r"(?:AFP|AP|EPA|EFE|Reuters|REUTERS|Xinhua|XINHUA|TASS|Sputnik|RIA Novosti|Getty Images|Anadolu|ANADOLU|"
    r"IRNA|WANA|PA|ANSA|dpa|DPA|UPI|Bloomberg|Shutterstock|AAP|Kyodo|Yonhap|Prensa Latina)"
)
_CAPTION_PATTERNS = [
    re.compile(r"(^|[(\[/|–—-]\s*|[.!?]\s+)(photo|image|picture|foto|credit|photograph)s?\s*(:|©|\\|/)", _I),
    re.compile(r"(^|[(\[/|–—-]\s*|[.!?]\s+)(?i:photo|image|picture|photograph)s?\s+(?i:by)\s+[A-Z]"),
    re.compile(r"\[[^\]]{0,120}(" + _AGENCIES + r"|handout|photo|presidency|/)[^\]]{0,120}\]\s*$", _I),
    re.compile(r"\b" + _AGENCIES + r"\s*/\s*[A-Z][\w.'’ -]{1,40}$"),
    re.compile(r"©"),
    re.compile(r"^(?:[\w.'’ -]{0,40}\s(?:via|for)\s)?" + _AGENCIES + r"(?:\s*(?:via|/)\s*[\w .'’-]{1,40})?$"),
]
# A trailing "(AFP)" also ends wire paragraphs ("... said. (dpa)"): only a caption near the top of the page.
_WEAK_CAPTION = re.compile(r"\((" + _AGENCIES + r"|file( photo)?|archive|reference image)\)\s*\.?$", _I)
_COMMENT_SECTION = re.compile(
    r"^\d+\s+(thoughts?|comments?|responses?|replies|reactions?)\s+(on|to)\b|"
    r"^(leave a (reply|comment)|your comment|post a comment|reader comments|comments?\s*\(\d+\)|\d+\s+comments?)$",
    _I,
)
_BYLINE = re.compile(
    r"^(?P<pre>.{0,60}?)\b(?i:by|written by|words by|author:)\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|"
    r"van|von|del|la|al|bin|ibn)){0,4}(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})*)"
    r"\s*(?P<post>(?:[|,•·–—-].{0,60})?)$"
)
_REPORTS_VIA = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(reports?|writes?)\s+(via|for|from)\b"
)
_PERSON_LINE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|van|von|del|la|al|bin|ibn)){1,3}$")
_BULLET = re.compile(r"^\s*[•▪‣◦●*-]\s+")
_SENT_END = re.compile(r"[.!?…:;\"”’)]$")


@dataclass
class Cleaned:
    """Result of cleaning: the body, the audit, and header facts for metadata."""

    title: str
    body: str
    removed: list[dict] = field(default_factory=list)
    header: dict = field(default_factory=dict)


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORDS = re.compile(r"\w+")


def norm(s: str) -> str:
    """Casefolded, accent-free, punctuation-free form used to compare lines."""
    if not s.isascii():
        s = _COMBINING.sub("", unicodedata.normalize("NFKD", s))
    return " ".join(_WORDS.findall(s.casefold()))


def _words(s: str) -> int:
    return len(s.split())


def _has_prose(text: str) -> bool:
    return any(_is_prose(line) for line in text.split("\n"))


def _is_prose(s: str) -> bool:
    """A line that reads like a body paragraph: several words and sentence punctuation."""
    return _words(s) >= 12 and bool(re.search(r"[.!?…]", s))


def _weak_caption(s: str) -> bool:
    return _words(s) <= 40 and bool(_WEAK_CAPTION.search(s))


def _caption(s: str) -> bool:
    """A photo caption or credit line: carries a credit marker and is not a long paragraph."""
    if _words(s) > 70:
        return False
    return any(p.search(s) for p in _CAPTION_PATTERNS)


def _line_rule(s: str) -> str | None:
    for reason, pat in _LINE_RULES:
        if pat.search(s):
            return reason
    if _EMAIL.search(s) and (_PHONE.search(s) or _words(s) <= 12) and not _is_prose(s):
        return "contact footer"
    return None


def _title_like(s: str) -> bool:
    return 0 < _words(s) <= 25 and not s.rstrip().endswith(".")


class _Doc:
    """Lines plus a parallel list of removal reasons (None = kept)."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.why: list[str | None] = [None] * len(lines)

    def live(self) -> list[int]:
        return [i for i, s in enumerate(self.lines) if s.strip() and self.why[i] is None]

    def drop(self, i: int, reason: str) -> None:
        if self.why[i] is None and self.lines[i].strip():
            self.why[i] = reason


_TABULAR = re.compile(r"\S(\s{3,}|\t)\S")
_SENT_PUNCT_END = re.compile(r"[.!?:;\"”’')\]]$")


def is_hard_wrapped(lines: list[str]) -> bool:
    """True for text wrapped at a fixed width (wire copy, e-mail): most long lines break mid-sentence."""
    long = [ln.strip() for ln in lines if len(ln.strip()) >= 35]
    if len(long) < 3:
        return False
    mid = [ln for ln in long if not _SENT_PUNCT_END.search(ln)]
    short_enough = sum(len(ln) <= 100 for ln in long) / len(long)
    return len(mid) >= 2 and len(mid) / len(long) >= 0.5 and short_enough >= 0.9


def unwrap(lines: list[str]) -> list[str]:
    """Join wrapped lines into one line per paragraph; blank lines, indented starts and tables break paragraphs."""
    out: list[str] = []
    para: list[str] = []
    width = max((len(ln) for ln in lines), default=0)

    def flush() -> None:
        if para:
            text = para[0]
            for nxt in para[1:]:
                text = text + nxt if text.endswith("-") and nxt[:1].islower() else f"{text} {nxt}"
            out.append(text)
            para.clear()

    prev = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            flush()
            out.append("")
        elif _TABULAR.search(line):
            flush()
            out.append(raw.rstrip())
        else:
            starts_para = raw[:1].isspace() or (prev and _SENT_PUNCT_END.search(prev) and len(prev) < 0.7 * width)
            if starts_para:
                flush()
            para.append(line)
        prev = line
    flush()
    return out


_SHARE_SITE = (
    r"(?:facebook|twitter|google\+?|whats\s?app|tumblr|linkedin|stumble(?:upon)?|digg|reddit|newsvine|pinterest|"
    r"telegram|vk|xing|flipboard|pocket|messenger|e-?mail|print|sms|viber|weibo|wechat|skype|copy link)"
)
# A run of four or more sharing-service names (a share bar flattened into the text by a scraper), with an
# optional "Send"/"Share" lead and "Permalink <url>" tail. Prose never lists four services back to back.
_INLINE_SHARE = re.compile(
    r"(?i:\b(?:send|share)(?:\s+(?:this|on|via))?\s+)?"
    r"(?i:(?<![\w+])" + _SHARE_SITE + r"(?:\s+" + _SHARE_SITE + r"){3,}(?![\w+]))"
    r"(?:\s+(?i:permalink)(?:\s+https?://\S+)?)?"
    r"|(?i:\bpermalink)\s+https?://\S+"
)


def split_inline_share_runs(lines: list[str]) -> tuple[list[str], list[int]]:
    """Cut share-bar runs out of the lines that carry them ("... losses. Send Facebook Twitter Google+ Whatsapp
    Tumblr Permalink http://x.com/p/1 Toshiba shares ..."): each run becomes a line of its own (to be dropped
    with an audit entry), the prose on either side stays as separate lines. Returns (lines, indices of runs)."""
    out: list[str] = []
    runs: list[int] = []
    for line in lines:
        pos = 0
        for m in _INLINE_SHARE.finditer(line):
            before = line[pos : m.start()].rstrip()
            if before.strip():
                out.append(before)
            runs.append(len(out))
            out.append(m.group(0).strip())
            pos = m.end()
        rest = line[pos:].strip() if pos else line
        if rest.strip() or not pos:
            out.append(rest)
    return out, runs


def clean_lines(text: str, title: str | None = None, *, header_facts: bool = True) -> Cleaned:
    """Clean ``text`` (the article body, title already split off) and audit what was removed.

    ``title`` enables repeated-title removal. ``header_facts`` collects byline/date/source lines for metadata.
    """
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines, share_runs = split_inline_share_runs(unwrap(lines) if is_hard_wrapped(lines) else lines)
    doc = _Doc(lines)
    for i in share_runs:
        doc.drop(i, "share bar (inline)")
    header: dict = {"date_lines": [], "bylines": [], "sources": [], "copyrights": [], "urls": [], "authors": []}
    ntitle = norm(title or "")
    live = doc.live()
    first_prose = next(
        (k for k, i in enumerate(live) if _is_prose(doc.lines[i]) and not _caption(doc.lines[i])), len(live)
    )
    head_set = set(live[: max(first_prose, 8)])
    tail_set = set(live[-4:])
    _pass_comment_section(doc)
    _pass_lines(doc, live, ntitle, head_set, tail_set, header)
    _pass_tag_runs(doc)
    _pass_navigation_targets(doc)
    _pass_link_lists(doc)
    _pass_menus(doc, set(live[: max(first_prose, 8)]), header)
    _pass_outlet_name(doc, set(live[: max(first_prose, 8)]), header)
    _pass_duplicates(doc)
    _pass_faq(doc)
    _pass_signoff(doc)
    body = _join_kept(doc)
    removed = [{"text": doc.lines[i].strip(), "reason": r, "line": i} for i, r in enumerate(doc.why) if r]
    if not _has_prose(body) and any(_is_prose(doc.lines[i]) for i in live):
        # safety net: the rules must never eat the whole article; give back prose lines taken as captions/repeats
        for i in live:
            if doc.why[i] in ("image caption/credit", "repeated paragraph", "repeated title") and _is_prose(
                doc.lines[i]
            ):
                doc.why[i] = None
        body = _join_kept(doc)
        removed = [{"text": doc.lines[i].strip(), "reason": r, "line": i} for i, r in enumerate(doc.why) if r]
    return Cleaned(title=title or "", body=body, removed=removed, header=header if header_facts else {})


def _pass_lines(doc: _Doc, live: list[int], ntitle: str, head: set[int], tail: set[int], header: dict) -> None:
    """Single-line rules, plus header-only rules (bylines, date lines, section labels)."""
    for i in live:
        if doc.why[i] is not None:
            continue
        s = doc.lines[i].strip()
        if _TABULAR.search(s):
            continue
        ns = norm(s)
        if ntitle and ns and (ns == ntitle or (len(ns) > 20 and fuzz.ratio(ns, ntitle) >= 92)):
            doc.drop(i, "repeated title")
            continue
        reason = _line_rule(s)
        if reason:
            doc.drop(i, reason)
            if reason == "source credit":
                header["sources"].append(s.split(":", 1)[1].strip())
            elif reason == "copyright footer":
                header["copyrights"].append(s)
            elif reason == "url line" and i in head:
                header["urls"].append(s)
            continue
        m = _REPORTS_VIA.match(s)
        if m and _words(s) <= 8:
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
        if _caption(s) or (i in head and i != live[0] and _weak_caption(s)):
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
    kept = [p for p in parts if not re.fullmatch(_AGENCIES, p)] or parts
    return ", ".join(kept)


def _byline_shape(name: str, pre: str, post: str) -> bool:
    """A byline: "By Jane Roe", "<date> by Jane Roe", "By Jane Roe | <date>", "By Jane Roe, Reuters"."""
    first = name.split()[0]
    if _NOT_NAMES.match(first) or (pre and not date_line(pre)):
        return False
    return not post or bool(date_line(post)) or (_words(post) <= 4 and not post.endswith("."))


def _header_rule(doc: _Doc, i: int, s: str, header: dict, top: bool) -> bool:
    """Rules that only apply before the first prose paragraph."""
    m = _BYLINE.match(s)
    pre = m["pre"].strip(" |,•·–—-") if m else ""
    post = m["post"].strip(" |,•·–—-") if m else ""
    if m and _byline_shape(m["name"], pre, post):
        pre_date = date_line(pre) if pre else None
        post_date = date_line(post) if post else None
        header["bylines"].append({"line": i, "text": s, "author": _authors(m["name"]), "date": pre_date or post_date})
        doc.drop(i, "byline")
        return True
    if top and (
        (_SECTION_LABEL.match(s) and _words(s) <= 3)
        or (_BREADCRUMB.match(s) and not _SENT_END.search(s) and _words(s) <= 6 and re.search(r"[>»›|/]|^\d", s))
    ):
        doc.drop(i, "section label")
        return True
    return False


def _pass_author_lines(doc: _Doc, live: list[int], head: set[int], header: dict) -> None:
    """A bare person-name line next to a header date line is a byline ("Noureldein Ghanem" / "June 15, 2023")."""
    date_idx = {d["line"] for d in header["date_lines"]}
    if not date_idx:
        return
    for pos, i in enumerate(live):
        if i not in head or doc.why[i] is not None or not _PERSON_LINE.match(doc.lines[i].strip()):
            continue
        neighbours = {live[pos - 1] if pos else -1, live[pos + 1] if pos + 1 < len(live) else -1}
        if neighbours & date_idx:
            header["authors"].append(doc.lines[i].strip())
            doc.drop(i, "byline")


def _pass_comment_section(doc: _Doc) -> None:
    """From a reader-comment section header ("1 thought on …", "Leave a Reply") to the end: reader comments."""
    live = doc.live()
    for pos, i in enumerate(live):
        if pos >= max(2, len(live) // 3) and _COMMENT_SECTION.search(doc.lines[i].strip()):
            doc.drop(i, "comments")
            for j in range(i + 1, len(doc.lines)):
                doc.drop(j, "reader comments")
            return


def _pass_tag_runs(doc: _Doc) -> None:
    """Runs of two or more isolated short lower-case lines ("africa", "mali", "sergey lavrov") are tag lists."""
    live = doc.live()
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 2:
            for j in run:
                doc.drop(j, "tag list")
        run.clear()

    for _pos, i in enumerate(live):
        s = doc.lines[i].strip()
        isolated = (i == 0 or not doc.lines[i - 1].strip() or doc.why[i - 1]) and (
            i + 1 >= len(doc.lines) or not doc.lines[i + 1].strip() or doc.why[i + 1]
        )
        if _TAG_WORDS.match(s) and len(s.split()) <= 4 and isolated:
            run.append(i)
        else:
            flush()
    flush()


def _pass_navigation_targets(doc: _Doc) -> None:
    """The linked headline right after a "Previous Article"/"Next Article" label is navigation too."""
    for i, r in enumerate(doc.why):
        if r != "navigation":
            continue
        for j in range(i + 1, min(i + 4, len(doc.lines))):
            s = doc.lines[j].strip()
            if not s:
                continue
            if doc.why[j] is None and _title_like(s) and _words(s) <= 20:
                doc.drop(j, "navigation")
            break


_LIST_LABEL = re.compile(
    r"^(related( (articles|posts|stories|news|content|coverage))?|you may also like|recommended( for you)?|"
    r"most (read|popular|viewed)|trending( now)?|latest( news)?|more (stories|news)|read (more|also|next))\s*:?$",
    _I,
)
_COPYRIGHT_LINE = next(p for r, p in _LINE_RULES if r == "copyright footer")
_MENU_ITEM = re.compile(r"^[A-Z][^\W\d_]*(?:[ &'-]+[^\W\d_]+)?$")
_MENU_SEP = re.compile(r"\s+[|·•]\s+")


def _pass_link_lists(doc: _Doc) -> None:
    """Headlines listed under a "Related Posts" / "Most Read" label are links, not body."""
    for i, r in enumerate(doc.why):
        if r not in ("related link", "continue-reading link") or not _LIST_LABEL.match(doc.lines[i].strip()):
            continue
        taken = 0
        for j in range(i + 1, len(doc.lines)):
            s = doc.lines[j].strip()
            if not s or doc.why[j] is not None:
                continue
            if taken >= 10 or not (_title_like(s) and _words(s) <= 14):
                break
            doc.drop(j, "related link")
            taken += 1


def _pass_menus(doc: _Doc, head: set[int], header: dict) -> None:
    """Header site chrome: runs of 3+ one/two-word lines (a menu), bars of short segments ("date | Log in")."""
    live = [i for i in doc.live() if i in head]
    run: list[int] = []
    for i in [*live, -1]:
        s = doc.lines[i].strip() if i >= 0 else ""
        if i >= 0 and 0 < _words(s) <= 2 and _MENU_ITEM.match(s):
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                doc.drop(j, "navigation menu")
        run = []
    for i in live:
        s = doc.lines[i].strip()
        parts = _MENU_SEP.split(s)
        if doc.why[i] is None and len(parts) >= 2 and all(_words(p) <= 4 and not _is_prose(p) for p in parts):
            dates = [d for p in parts if (d := date_line(p))]
            doc.drop(i, "header bar")
            if dates:
                header["date_lines"].append({"line": i, "date": dates[0], "text": s, "head": True})


def _pass_outlet_name(doc: _Doc, head: set[int], header: dict) -> None:
    """A header line repeating the site name of the copyright footer ("The Daily Courier") is the outlet line."""
    from sitrep.ingest.metadata import outlet_from_header

    footers = [ln.strip() for ln in doc.lines if _COPYRIGHT_LINE.search(ln.strip())]
    name = outlet_from_header({"copyrights": footers})
    if not name:
        return
    for i in sorted(head):
        if doc.why[i] is None and norm(doc.lines[i]) == norm(name):
            doc.drop(i, "outlet line")
            header.setdefault("outlets", []).append(doc.lines[i].strip())


def _pass_duplicates(doc: _Doc) -> None:
    """Repeated paragraphs: keep one copy. A standfirst or bullet dek that the body repeats is dropped."""
    live = doc.live()
    seen: dict[str, int] = {}
    for i in live:
        ns = norm(doc.lines[i])
        if not _is_prose(doc.lines[i]) or _TABULAR.search(doc.lines[i]):
            continue
        if ns in seen:
            first = seen[ns]
            if live.index(first) < 3:  # a standfirst at the top repeated by the body: keep the body copy
                doc.drop(first, "repeated paragraph")
                seen[ns] = i
            else:
                doc.drop(i, "repeated paragraph")
        else:
            seen[ns] = i
    live = doc.live()
    for pos, i in enumerate(live[: max(3, len(live) // 3)]):
        s = doc.lines[i]
        if not _BULLET.match(s) or _words(s) < 6:
            continue
        body = _BULLET.sub("", s)
        for j in live[pos + 1 :]:
            if not _BULLET.match(doc.lines[j]) and fuzz.token_set_ratio(body, doc.lines[j]) >= 85:
                doc.drop(i, "summary bullet repeated in body")
                break


def _pass_faq(doc: _Doc) -> None:
    """A trailing FAQ block: a heading, then two or more question/answer pairs, at the end of the text."""
    live = doc.live()
    k = len(live)
    pairs = 0
    while k >= 2:
        q, a = doc.lines[live[k - 2]].strip(), doc.lines[live[k - 1]].strip()
        if q.endswith("?") and _words(q) <= 30 and not a.endswith("?"):
            pairs += 1
            k -= 2
        else:
            break
    if pairs >= 2 and k >= 1:
        heading = doc.lines[live[k - 1]].strip()
        answers = [doc.lines[i] for i in live[k + 1 :: 2]]
        before = " ".join(doc.lines[i] for i in live[: k - 1])
        if _title_like(heading) and _words(heading) <= 12 and (_FAQ_CUE.search(heading) or _restates(answers, before)):
            for i in live[k - 1 :]:
                doc.drop(i, "FAQ block")


_FAQ_CUE = re.compile(r"\b(faq|frequently asked|questions|exploring|understanding|what you need to know|explained|"
                      r"key takeaways|learn more)\b", re.I)  # fmt: skip
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _restates(answers: list[str], before: str, share: float = 0.6) -> bool:
    """True when the answers mostly reuse the article's own words (a generated FAQ), unlike a real interview."""
    vocab = {w.casefold() for w in _CONTENT_WORD.findall(before)}
    shares = []
    for a in answers:
        words = [w.casefold() for w in _CONTENT_WORD.findall(a)]
        if words:
            shares.append(sum(w in vocab for w in words) / len(words))
    return bool(shares) and sum(shares) / len(shares) >= share


def _pass_signoff(doc: _Doc) -> None:
    """A wire-service sign-off as the very last line ("Reuter", "AFP")."""
    live = doc.live()
    if live and re.fullmatch(r"(?i)(reuters?|afp|ap|tass|efe|xinhua)\.?", doc.lines[live[-1]].strip()):
        doc.drop(live[-1], "wire sign-off")


def _join_kept(doc: _Doc) -> str:
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
