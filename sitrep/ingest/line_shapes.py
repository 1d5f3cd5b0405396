"""What one line of an article page looks like: the single-line shapes of site chrome (summary widgets, share
bars, copyright footers, photo captions and credits, bylines, section labels), the prose test, the line
normalisation used to compare lines, and :class:`LineDoc`, the lines of a page with a removal reason each.

Used by :mod:`sitrep.ingest.boilerplate` and its passes (:mod:`sitrep.ingest.header_lines`,
:mod:`sitrep.ingest.page_blocks`).
"""

from __future__ import annotations

import re
import unicodedata

# --- single-line shapes -------------------------------------------------------------------------------------
_I = re.I
LINE_RULES: list[tuple[str, re.Pattern]] = [
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
            r"you are replying to:?.*|add (a |your )?comment|your comment|cancel reply|join the (conversation|"
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
SECTION_LABEL = re.compile(r"^[A-Z][A-Z&' -]{1,30}$")  # AFRICA, WORLD, LATIN AMERICA
BREADCRUMB = re.compile(r"^\d{1,2}\.\s+[A-Z][\w&' -]{1,30}$|^[\w&' -]{1,30}(\s[>»›/|]\s[\w&' -]{1,30}){1,4}$")
TAG_WORDS = re.compile(r"^[a-z][a-z' -]{0,40}$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")

# --- captions and credits -----------------------------------------------------------------------------------
AGENCIES = (
    r"(?:AFP|AP|EPA|EFE|Reuters|REUTERS|Xinhua|XINHUA|TASS|Sputnik|RIA Novosti|Getty Images|Anadolu|ANADOLU|"
    r"IRNA|WANA|PA|ANSA|dpa|DPA|UPI|Bloomberg|Shutterstock|AAP|Kyodo|Yonhap|Prensa Latina)"
)
_CAPTION_PATTERNS = [
    re.compile(r"(^|[(\[/|–—-]\s*|[.!?]\s+)(photo|image|picture|foto|credit|photograph)s?\s*(:|©|\\|/)", _I),
    re.compile(r"(^|[(\[/|–—-]\s*|[.!?]\s+)(?i:photo|image|picture|photograph)s?\s+(?i:by)\s+[A-Z]"),
    re.compile(r"\[[^\]]{0,120}(" + AGENCIES + r"|handout|photo|presidency|/)[^\]]{0,120}\]\s*$", _I),
    re.compile(r"\b" + AGENCIES + r"\s*/\s*[A-Z][\w.'’ -]{1,40}$"),
    re.compile(r"©"),
    re.compile(r"^(?:[\w.'’ -]{0,40}\s(?:via|for)\s)?" + AGENCIES + r"(?:\s*(?:via|/)\s*[\w .'’-]{1,40})?$"),
]
# A trailing "(AFP)" also ends wire paragraphs ("... said. (dpa)"): only a caption near the top of the page.
_WEAK_CAPTION = re.compile(r"\((" + AGENCIES + r"|file( photo)?|archive|reference image)\)\s*\.?$", _I)
COMMENT_SECTION = re.compile(
    r"^\d+\s+(thoughts?|comments?|responses?|replies|reactions?)\s+(on|to)\b|"
    r"^(leave a (reply|comment)|your comment|post a comment|reader comments|comments?\s*\(\d+\)|\d+\s+comments?)$",
    _I,
)
BYLINE = re.compile(
    r"^(?P<pre>.{0,60}?)\b(?i:by|written by|words by|author:)\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|"
    r"van|von|del|la|al|bin|ibn)){0,4}(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})*)"
    r"\s*(?P<post>(?:[|,•·–—-].{0,60})?)$"
)
REPORTS_VIA = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(reports?|writes?)\s+(via|for|from)\b")
PERSON_LINE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|van|von|del|la|al|bin|ibn)){1,3}$")
BULLET = re.compile(r"^\s*[•▪‣◦●*-]\s+")
SENT_END = re.compile(r"[.!?…:;\"”’)]$")


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORDS = re.compile(r"\w+")


def norm(s: str) -> str:
    """Casefolded, accent-free, punctuation-free form used to compare lines."""
    if not s.isascii():
        s = _COMBINING.sub("", unicodedata.normalize("NFKD", s))
    return " ".join(_WORDS.findall(s.casefold()))


def n_words(s: str) -> int:
    return len(s.split())


def has_prose(text: str) -> bool:
    return any(is_prose(line) for line in text.split("\n"))


def is_prose(s: str) -> bool:
    """A line that reads like a body paragraph: several words and sentence punctuation."""
    return n_words(s) >= 12 and bool(re.search(r"[.!?…]", s))


def weak_caption(s: str) -> bool:
    return n_words(s) <= 40 and bool(_WEAK_CAPTION.search(s))


def is_caption(s: str) -> bool:
    """A photo caption or credit line: carries a credit marker and is not a long paragraph."""
    if n_words(s) > 70:
        return False
    return any(p.search(s) for p in _CAPTION_PATTERNS)


def line_rule(s: str) -> str | None:
    for reason, pat in LINE_RULES:
        if pat.search(s):
            return reason
    if _EMAIL.search(s) and (_PHONE.search(s) or n_words(s) <= 12) and not is_prose(s):
        return "contact footer"
    return None


def title_like(s: str) -> bool:
    return 0 < n_words(s) <= 25 and not s.rstrip().endswith(".")


class LineDoc:
    """Lines plus a parallel list of removal reasons (None = kept)."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.why: list[str | None] = [None] * len(lines)

    def live(self) -> list[int]:
        return [i for i, s in enumerate(self.lines) if s.strip() and self.why[i] is None]

    def drop(self, i: int, reason: str) -> None:
        if self.why[i] is None and self.lines[i].strip():
            self.why[i] = reason


TABULAR = re.compile(r"\S(\s{3,}|\t)\S")
