"""A mention under repair (``Span``) and the small text helpers every mention step shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.extract import actors
from sitrep.extract.entity_names import (
    CORE_TITLES,
    NAME_PARTICLES,
    TITLE_WORDS,
    is_titlecase_name,
    name_tokens,
)
from sitrep.extract.entity_vocab import (
    NOT_ACTOR_WORDS,
    NOT_ROLE,
    ORG_WORDS,
    PLACE_WORDS,
    PLATFORM_OR_AGENCY,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A person's name is letters with inner apostrophes, periods, hyphens and spaces ("Sandra Day O'Connor").
NAME_SHAPE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[.'’ʼ\ufffd]|-(?=[^\W\d_])|\s(?=[^\W\d_]))*\.?$")
NOT_NAME_CHARS = re.compile(r"[^\w\s.'’ʼ-]|\d|_")
SAINT = re.compile(r"^(?:St\.?|Saint|Ste\.?|Sainte)\s+[A-Z]")

_LEAD_TRIM = " \t\r\n•·*-‐‑‒–—―−“”\"‘’'([{|/:;,.?!"
_TRAIL_TRIM = ' \t\r\n•·*‐‑‒–—―−“”"‘)]}|/:;,<>'
_POSSESSIVE_END = re.compile(r"\s*[’'ʼ]s?$")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
# A label glued before a name ("Source:-Al Jazeera", "READ MORE: China urges"): names have no colons.
_LEADING_LABEL = re.compile(r"^[A-Za-z][\w ]{0,15}:\s*[-–—]*\s*(?=[A-Z])")


# ----------------------------------------------------------------------------------------------- mentions
@dataclass
class Span:
    """A working mention: char span of the name, the span incl. peeled titles, label and hints."""

    start: int
    end: int
    label: str
    outer_start: int = -1  # start including a peeled title / demonym
    title_words: list[str] = field(default_factory=list)
    country: str | None = None
    role: str | None = None
    kind: str | None = None
    geonameid: int | None = None
    model_label: str = ""
    country_cue: str | None = None  # how the country was read when it matters ("title": a demonym before it)
    context_country: str | None = None  # the one country its sentence names (a weak cue, used last)
    addressed: str | None = None  # a state the text shows is not the person's (told what to do; a posting)
    affiliation: Span | None = None  # the organisation named in the person's title ("RSF leader X")
    voice: Span | None = None  # the organisation an appositive's post says the person speaks for (", director at X")
    name: str | None = None  # the name to resolve by when not the surface ('the bloc' -> its antecedent)
    state_body: bool = False  # an organisation the text calls a state's ("the state corporation, X")

    def __post_init__(self) -> None:
        if self.outer_start < 0:
            self.outer_start = self.start


def split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at line breaks, bullets and pipes ("Nicaragua\\n • Raisi" is two names)."""
    parts, cur = [], start
    for m in re.finditer(r"[\n\r•|]+", text[start:end]):
        parts.append((cur, start + m.start()))
        cur = start + m.end()
    parts.append((cur, end))
    return [(s, e) for s, e in parts if e > s]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding punctuation, a leading 'the' and a trailing possessive; returns the new span."""
    for _ in range(3):
        while start < end and text[start] in _LEAD_TRIM:
            start += 1
        while end > start and text[end - 1] in _TRAIL_TRIM:
            end -= 1
        m = _LEADING_THE.match(text[start:end]) or _LEADING_LABEL.match(text[start:end])
        if m and end - start > m.end():
            start += m.end()
        m = _POSSESSIVE_END.search(text[start:end])
        if m and m.start() > 0:
            end = start + m.start()
    return start, end


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of whitespace-separated words inside a span."""
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]


def is_title_word(word: str) -> bool:
    """A title word, also hyphenated ("Secretary-General", "Vice-President")."""
    parts = word.lower().strip(".,").split("-")
    return all(p in TITLE_WORDS for p in parts) and any(parts)


def looks_like_place(word: str) -> bool:
    return bool(actors.country_iso3(word) or actors.demonym_iso3(word) or actors.city_lookup(word, False))


def token_at(doc: Doc, char: int):
    """The token containing a character offset (None outside tokens)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return doc[span.start] if span is not None and len(span) else None


def is_office(word: str) -> bool:
    """A title word that names an office or rank ("President", "presidents", "Gen."), not "counterpart"."""
    for w in word.lower().strip(".,").split("-"):
        if w.endswith("s") and w[:-1] in CORE_TITLES:
            w = w[:-1]
        if w in CORE_TITLES and w not in NOT_ROLE:
            return True
    return False


def person_shaped(surface: str) -> bool:
    """Could be a person's name: 1-4 capitalised words, not an acronym, no organisation words or places."""
    words = surface.split()
    return (
        is_titlecase_name(surface)
        and len(words) <= 4
        and not (surface.isupper() and len(surface) <= 6)
        and not set(name_tokens(surface)) & (ORG_WORDS | PLACE_WORDS | PLATFORM_OR_AGENCY | NOT_ACTOR_WORDS)
        and not any(looks_like_place(w) for i, w in enumerate(words) if not (i and words[i - 1] in NAME_PARTICLES))
        and bool(NAME_SHAPE.match(surface))
        and not SAINT.match(surface)
    )


def covering(spans: list[Span], doc: Doc) -> dict[int, Span]:
    """Token index -> span covering it."""
    cover: dict[int, Span] = {}
    for sp in spans:
        cs = doc.char_span(sp.outer_start, sp.end, alignment_mode="expand")
        if cs is not None:
            for i in range(cs.start, cs.end):
                cover[i] = sp
    return cover


def span_country(sp: Span, text: str) -> str | None:
    if sp.label in ("GPE", "NORP") and sp.country:
        return sp.country
    if sp.label == "ORG":
        return sp.country or actors.org_country(text[sp.start : sp.end])
    return None
