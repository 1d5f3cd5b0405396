"""Entity mentions from a spaCy Doc, and corpus-wide entity resolution.

``doc_mentions`` turns the (noisy) small-model NER into clean mentions with exact character offsets:
spans are split at line breaks, trimmed of quotes/bullets, a leading "the" and a trailing possessive;
leading titles ("Gen.", "President", "Spokeswoman") are kept out of the resolved name and recorded as the
mention's title; country names, demonyms and cities are relabelled from the offline gazetteer whatever the
model guessed ("Mali/PERSON" -> GPE, "Ukrainian/GPE" -> NORP); person names seen in the article are
propagated to spans the model mislabelled or missed ("Raisi/GPE", "Lavrov/ORG"). Each mention carries hints
for resolution: ``name`` (clean name), ``title``, ``role`` and ``country_iso3`` read from titles and
appositives ("Cuban President Miguel Díaz-Canel", "his Venezuelan counterpart X", "X, the Russian Security
Council secretary"), ``kind`` (country | city | seat | role) and ``geonameid`` for places. Unnamed
office-holders ("Russia's foreign minister", "the Cuban president") are mentions with label ``ROLE`` and
``nominal`` true: resolution links them to the named holder of that office (entity type PERSON); they carry
their own label so that event extraction, which looks for named persons, is not misled by them.

``resolve_entities`` groups mentions of the whole corpus into entities: persons by order-preserving,
transliteration-tolerant name matching (surname-only mentions go to the full name seen in the same article,
and across articles only when one person fits); organisations by content words plus their country; places
by gazetteer id. Canonical name = the most complete name, with accents restored from any accented variant.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from sitrep.extract import actors
from sitrep.extract.entity_names import (
    CORE_TITLES,
    NAME_PARTICLES,
    TITLE_WORDS,
    diacritic_count,
    fold,
    is_name_part_of,
    is_titlecase_name,
    name_key,
    name_tokens,
    names_equal,
    skeleton,
)
from sitrep.timewords import MONTHS

KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
# Labels the small model sometimes puts on names; kept only when the gazetteer or the article confirms them.
LOOSE_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
PERSONLIKE_RELABEL = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"}
DETERMINERS = {"the", "his", "her", "its", "their", "a", "an", "our", "whose"}
ORG_STOPWORDS = {"the", "of", "and", "for", "on", "in", "de", "s"}
ORG_WORDS = {
    "ministry",
    "council",
    "union",
    "bank",
    "party",
    "committee",
    "agency",
    "service",
    "office",
    "army",
    "navy",
    "force",
    "forces",
    "assembly",
    "parliament",
    "court",
    "commission",
    "university",
    "company",
    "corporation",
    "group",
    "organization",
    "organisation",
    "foundation",
    "institute",
    "department",
    "government",
    "summit",
    "forum",
    "news",
    "times",
    "post",
    "press",
    "network",
    "fund",
    "guard",
    "embassy",
    "consulate",
    "program",
    "programme",
    "center",
    "centre",
    "school",
    "club",
    "league",
    "daily",
    "weekly",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "gazeta",
    "radio",
    "tv",
    "television",
    "command",
    "people",
    "front",
    "brigade",
    "battalion",
    "regiment",
    "division",
    "corps",
    "militia",
    "movement",
    "coalition",
    "alliance",
    "association",
    "board",
    "authority",
    "administration",
    "federation",
    "congress",
    "senate",
    "house",
    "state",
    "states",
    "airlines",
    "airways",
    "inc",
    "ltd",
    "llc",
    "corp",
    "co",
    "plc",
    "ag",
    "sa",
    "gmbh",
    "spa",
    "nv",
    "bv",
    "srl",
    "pty",
    "caucus",
    "reserve",
    "police",
    "garda",
}
# Proper names that are never a person: internet platforms and apps, and news agencies/outlets (named in
# datelines, credits and "told X"), which the small model often tags PERSON. Folded, one word each.
_PLATFORMS_TEXT = """
    twitter facebook instagram youtube whatsapp tumblr linkedin reddit quora snapchat tiktok pinterest
    telegram wikipedia google uber airbnb netflix spotify skype wechat weibo digg newsvine
"""
_AGENCIES_TEXT = "sputnik reuters afp xinhua tass novosti interfax efe ansa dpa kyodo yonhap bernama urdupoint anadolu"
# News agencies report events, they are not parties to them (events.py keeps them out of actor roles).
NEWS_AGENCIES = frozenset(_AGENCIES_TEXT.split()) | {"irna"}
PLATFORM_OR_AGENCY = frozenset(_PLATFORMS_TEXT.split()) | NEWS_AGENCIES
# Coinages for events and currencies that the model tags PERSON ("Brexit", "the Euro"): not names of actors.
NOT_ACTOR_WORDS = frozenset({"brexit", "grexit", "frexit", "obamacare", "trumpcare", "eurozone"})
# A person's name is letters with inner apostrophes, periods, hyphens and spaces ("Sandra Day O'Connor").
_NAME_SHAPE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[.'’ʼ\ufffd]|-(?=[^\W\d_])|\s(?=[^\W\d_]))*\.?$")
_NOT_NAME_CHARS = re.compile(r"[^\w\s.'’ʼ-]|\d|_")
_SAINT = re.compile(r"^(?:St\.?|Saint|Ste\.?|Sainte)\s+[A-Z]")

# Words of a state body: a demonym or country right before such a name gives its country.
STATE_WORDS = {
    "ministry",
    "council",
    "army",
    "navy",
    "air",
    "force",
    "forces",
    "embassy",
    "government",
    "parliament",
    "police",
    "service",
    "agency",
    "guard",
    "cabinet",
    "court",
    "senate",
    "congress",
    "assembly",
    "duma",
    "bank",
    "department",
    "office",
    "committee",
    "commission",
    "military",
    "intelligence",
    "security",
    "administration",
}
PLACE_WORDS = {
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "arctic",
    "antarctic",
    "reef",
    "river",
    "sea",
    "ocean",
    "island",
    "islands",
    "mountain",
    "mountains",
    "airport",
    "bay",
    "gulf",
    "lake",
    "county",
    "valley",
    "canal",
    "strait",
    "desert",
    "peninsula",
    "square",
    "street",
    "avenue",
    "palace",
    "tower",
    "bridge",
    "station",
    "park",
    "cathedral",
    "church",
    "mosque",
    "temple",
    "region",
}
_LEAD_TRIM = " \t\r\n•·*-‐‑‒–—―−“”\"‘’'([{|/:;,.?!"
_TRAIL_TRIM = ' \t\r\n•·*‐‑‒–—―−“”"‘)]}|/:;,<>'
_POSSESSIVE_END = re.compile(r"\s*[’'ʼ]s?$")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
# A label glued before a name ("Source:-Al Jazeera", "READ MORE: China urges"): names have no colons.
_LEADING_LABEL = re.compile(r"^[A-Za-z][\w ]{0,15}:\s*[-–—]*\s*(?=[A-Z])")


# ----------------------------------------------------------------------------------------------- mentions
@dataclass
class _Span:
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

    def __post_init__(self) -> None:
        if self.outer_start < 0:
            self.outer_start = self.start


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at line breaks, bullets and pipes ("Nicaragua\\n • Raisi" is two names)."""
    parts, cur = [], start
    for m in re.finditer(r"[\n\r•|]+", text[start:end]):
        parts.append((cur, start + m.start()))
        cur = start + m.end()
    parts.append((cur, end))
    return [(s, e) for s, e in parts if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
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


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of whitespace-separated words inside a span."""
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]


def _is_title_word(word: str) -> bool:
    """A title word, also hyphenated ("Secretary-General", "Vice-President")."""
    parts = word.lower().strip(".,").split("-")
    return all(p in TITLE_WORDS for p in parts) and any(parts)


_FIRST_NAMES_IN_STOPWORDS = {"will", "may", "van", "mark", "bill", "can", "june", "guy", "rose", "else"}


def _peel_person(text: str, span: _Span) -> None:
    """Move leading titles and demonyms out of a person's name ("Gen. Nikolai Patrushev" -> title 'Gen.'),
    drop a leading function word ("Before Trump") and trailing lower-case words ("Donald Trump which")."""
    words = _words(text, span.start, span.end)
    while len(words) > 1:
        ws, we = words[0]
        word = text[ws:we]
        low = word.lower()
        if _is_title_word(word):
            span.title_words.append(word)
        elif word[:1].isupper() and actors.demonym_iso3(word):
            span.country = span.country or actors.demonym_iso3(word)
        elif low in STOP_WORDS and low not in _FIRST_NAMES_IN_STOPWORDS:
            pass
        else:
            break
        words.pop(0)
        span.start = words[0][0]
    while len(words) > 1 and text[words[-1][0]].islower() and text[words[-1][0] : words[-1][1]] not in NAME_PARTICLES:
        words.pop()
        span.end = words[-1][1]


# A lower-case English word glued to a name by a dash that stood for a space ("Fitzgerald-met",
# "Conway-sitting"); romanised given names keep theirs ("Kim Jong-chol", "Xi Jin-ping").
_GLUED_WORD = re.compile(r"-(?:[a-z]{4,}(?:ed|ing|ly|s)|met|said|says|told|and|the|who|was|has|had|for|with)$")


def _capitalised_words(s: str) -> int:
    """How many title-case words (not acronyms) a piece has, after dropping leading lower-case words."""
    return sum(1 for w in s.split() if w[:1].isupper() and not w.isupper())


# Punctuation a scraper glued between two words when it lost a space ("Treaty,-officially", 'Ocare!"?He').
_GLUED_PUNCT = re.compile(r"[,;:!?\"]+[-?\"]+(?=\w)")


def _is_date_like(surface: str) -> bool:
    """A day number next to a month word ("07th Feb", "May 2017", "Feb. 9"): a date, not a name."""
    words = re.findall(r"[A-Za-z]+|\d+", surface)
    has_month = any(w.lower() in MONTHS for w in words if not w.isdigit())
    return has_month and any(w.isdigit() for w in words) and len(words) <= 4


def _repair_person(text: str, span: _Span) -> bool:
    """Make a PERSON span look like a person's name, or give it up (False = drop the mention).

    Platforms and news agencies become organisations ("Twitter", "RT Sputnik"); "St"/"Saint" names go to the
    gazetteer as places ("St Petersburg"); coinages are dropped ("Hard Brexit"). Text a scraper glued on by
    losing punctuation is cut away ('twist,"?said Jeff Perkins' -> "Jeff Perkins", "Fitzgerald-met" ->
    "Fitzgerald"), and what still has digits or stray symbols ("Revs 52.5") is not a name."""
    toks = set(name_tokens(text[span.start : span.end]))
    if toks & NOT_ACTOR_WORDS:
        return False
    if toks & PLATFORM_OR_AGENCY:
        span.label = "ORG"
        return True
    if _SAINT.match(text[span.start : span.end]):
        span.label = "LOC"
        return True
    if "&" in text[span.start : span.end]:
        span.label = "ORG"  # "AT&T Wireless", "Johnson & Johnson"
        return True
    if re.search(r"\d|\w\"[a-z]{1,2}\b", text[span.start : span.end]):
        return False  # figures ("Revs 52.5") or a contraction with a stray quote ('Don"t')
    if re.search(r"\ufffd|\w\?\w", text[span.start : span.end]):
        return True  # a letter lost to bad encoding ("Fethullah G\ufffd\ufffdlen"): the name is whole, keep it as is
    bad = list(_NOT_NAME_CHARS.finditer(text[span.start : span.end]))
    if bad:
        cuts = [span.start] + [span.start + b.end() for b in bad]
        ends = [span.start + b.start() for b in bad] + [span.end]
        pieces = [_trim(text, s, e) for s, e in zip(cuts, ends, strict=True)]
        span.start, span.end = max(pieces, key=lambda p: (_capitalised_words(text[p[0] : p[1]]), p[0]))
    glued = _GLUED_WORD.search(text[span.start : span.end])
    if glued:
        span.end = span.start + glued.start()
    while span.end > span.start and text[span.end - 1] in "-.'’" and text[span.end - 2 : span.end] != " .":
        if text[span.end - 1] == "." and re.search(r"(?:^|\s)[A-Z][a-z]?\.$", text[span.start : span.end]):
            break  # an initial or "Jr."
        span.end -= 1
    lead = re.match(r"(?:[a-z][\w'’]*\s+)+(?=[A-Z])", text[span.start : span.end])  # "said Jeff Perkins"
    if lead and lead.group(0).split()[-1] not in NAME_PARTICLES:
        span.start += lead.end()
    span.outer_start = span.start
    surface = text[span.start : span.end]
    if not surface or not _NAME_SHAPE.match(surface) or not surface[0].isupper():
        return False
    _peel_person(text, span)
    surface = text[span.start : span.end]
    return bool(surface) and surface[0].isupper() and surface.lower() not in STOP_WORDS


def _gazetteer_label(text: str, span: _Span) -> None:
    """Relabel countries, demonyms and cities from the gazetteer, whatever the model said."""
    surface = text[span.start : span.end]
    if not surface or not (surface[0].isupper() or surface.isupper()) and span.label not in ("GPE", "NORP"):
        return
    seat = actors.seat_iso3(surface)
    if seat:
        span.label, span.country, span.kind = "ORG", seat, "seat"
        return
    iso = actors.country_iso3(surface)
    if iso:
        span.label, span.kind, span.country = "GPE", "country", iso
        return
    known, region_country = actors.region_iso3(surface)
    if known:
        span.label, span.kind, span.country = "GPE", "region", region_country
        return
    dem = actors.demonym_iso3(surface)
    if dem and span.label in ("NORP", "GPE", "LOC", "ORG", "PERSON", "LANGUAGE"):
        span.label, span.country = "NORP", dem
        return
    if span.label in ("GPE", "LOC", "ORG", "PERSON", "FAC", "NORP"):
        alternates = span.label in ("GPE", "LOC") or (span.label == "PERSON" and " " not in surface)
        city = actors.city_lookup(surface, alternates=alternates)
        min_pop = 15_000 if span.label in ("GPE", "LOC") else 200_000
        if city and city["population"] >= min_pop and (span.label != "PERSON" or " " not in surface):
            span.label, span.kind = "GPE", "city"
            span.country, span.geonameid = city["country_iso3"], city["geonameid"]
            return
    if span.label in ("GPE", "LOC") and set(name_tokens(surface)) & ORG_WORDS:
        span.label = "ORG"  # "the African Union/GPE"


_INNER_POSSESSIVE = re.compile(r"[’'ʼ]s(?:\s+|-(?=[A-Z]))|\s+[-–—/]+\s*|\s*[-–—/]+\s+")


def _split_possessive(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at an inner possessive or a spaced dash/slash: "Patrushev’s Diplomatic", "Denis Manturov - TASS",
    "Wu Zhiyi / China Daily" are two names each."""
    parts, cur = [], start
    for m in _INNER_POSSESSIVE.finditer(text, start, end):
        parts.append((cur, m.start()))
        cur = m.end()
    parts.append((cur, end))
    return [(a, b) for a, b in parts if b > a]


_JUNK = re.compile(r"https?:|www\.|@|\.com\b|\+|\d{3,}")
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _split_glued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at a lower/upper glue point when the right part starts with a country ("SallZambia")."""
    cuts = []
    for m in _GLUE.finditer(text, start, end):
        rest = text[m.start() : end].split()
        for n in (3, 2, 1):
            if len(rest) >= n and actors.country_iso3(" ".join(rest[:n])):
                cuts.append(m.start())
                break
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _split_leading_country(text: str, span: _Span) -> list[_Span]:
    """'Senegal Macky Sall' / 'South Africa Cyril Ramaphosa' (lists of leaders) -> country + person."""
    if span.label not in ("ORG", "PERSON", "GPE", "FAC") or span.kind:
        return [span]
    words = _words(text, span.start, span.end)
    for n in (3, 2, 1):
        if len(words) < n + 2:
            continue
        head_end = words[n - 1][1]
        iso = actors.country_iso3(text[span.start : head_end])
        rest = text[words[n][0] : span.end]
        if (
            iso
            and is_titlecase_name(rest)
            and len(rest.split()) <= 4
            and not set(name_tokens(rest)) & (ORG_WORDS | PLACE_WORDS)
        ):
            country = _Span(span.start, head_end, "GPE", kind="country", country=iso)
            person = _Span(words[n][0], span.end, "PERSON", outer_start=words[n][0], country=iso)
            _peel_person(text, person)
            return [country, person]
    return [span]


_ARABIC_ARTICLE = re.compile(r" ((?:al|el|ad|ash|as|an|at|ar|az)[-‐][A-Z][\w’'-]*)")


def _extend_right(doc: Doc, span: _Span) -> None:
    """Add trailing surnames the model left out ("Bruno Rodriguez" + "Parrilla", "Abdel Fattah" + "el-Sisi")."""
    m = _ARABIC_ARTICLE.match(doc.text, span.end)
    if m:
        span.end = m.end(1)
        return
    cs = doc.char_span(span.start, span.end, alignment_mode="expand")
    if cs is None:
        return
    i = cs.end
    while i < len(doc) and i < cs.end + 2:
        nxt = doc[i]
        if not (
            nxt.tag_ == "NNP"
            and nxt.is_title
            and nxt.is_alpha
            and not nxt.ent_type_
            and not nxt.is_sent_start
            and nxt.idx == span.end + 1
            and not _is_title_word(nxt.text)
            and not _looks_like_place(nxt.text)
            and nxt.lower_ not in ORG_WORDS | PLACE_WORDS
        ):
            break
        span.end = nxt.idx + len(nxt.text)
        i += 1


def _plural_common_noun(doc: Doc, span: _Span) -> bool:
    """A one-word span tagged as a plural noun is not a person."""
    cs = doc.char_span(span.start, span.end, alignment_mode="expand")
    return cs is not None and len(cs) == 1 and cs[0].tag_ in ("NNS", "NNPS")


def _initial_spans(doc: Doc) -> list[_Span]:
    """doc.ents of name-like labels, split, trimmed, peeled and gazetteer-relabelled."""
    text = doc.text
    out: list[_Span] = []
    for ent in doc.ents:
        if ent.label_ not in KEEP_LABELS and ent.label_ not in LOOSE_LABELS:
            continue
        pieces = [
            p
            for s0, e0 in _split_lines(text, ent.start_char, ent.end_char)
            for s1, e1 in _split_possessive(text, s0, e0)
            for p in _split_glued(text, s1, e1)
        ]
        for s, e in pieces:
            s, e = _trim(text, s, e)
            if e - s < 2 or not any(c.isalpha() for c in text[s:e]) or _JUNK.search(text[s:e]):
                continue
            glue = _GLUED_PUNCT.search(text[s:e])
            if glue and ent.label_ != "PERSON":  # "Lisbon Treaty,-officially": keep the name before the glue
                s, e = _trim(text, s, s + glue.start())
                if e - s < 2:
                    continue
            toks = set(name_tokens(text[s:e]))
            if _is_date_like(text[s:e]):
                continue  # "07th Feb", "May 2017" tagged as a name
            if toks & NOT_ACTOR_WORDS and not toks & ORG_WORDS:
                continue  # "Brexit", whatever the model called it
            if " " not in text[s:e] and _is_title_word(text[s:e]):
                continue  # "Supreme" (of "Supreme Leader"), "State" (of "Secretary of State")
            if text[s:e].islower() and (
                text[s:e] in STOP_WORDS or not (actors.country_iso3(text[s:e]) or actors.city_lookup(text[s:e]))
            ):
                continue  # "cts", "the", "us": lower-case words are not names
            for span in _split_leading_country(text, _Span(s, e, ent.label_, model_label=ent.label_)):
                if span.label == "ORG":
                    _office_holder(text, span)
                if span.label == "PERSON" and set(name_tokens(text[s:e])) & ORG_WORDS:
                    span.label = "ORG"  # "China Daily", "Rossiyskaya Gazeta"
                elif span.label == "PERSON" and set(name_tokens(text[s:e])) & PLACE_WORDS:
                    span.label = "LOC"  # "Great Barrier Reef"
                if span.label == "PERSON" and _plural_common_noun(doc, span):
                    continue  # "Observers", "Cubans" as a person
                if span.label == "PERSON" and not _repair_person(text, span):
                    continue
                if span.label == "PERSON":
                    _peel_person(text, span)
                    if len(pieces) == 1:
                        _extend_right(doc, span)
                _gazetteer_label(text, span)
                if span.label in LOOSE_LABELS or _common_word(doc, span):
                    continue
                out.append(span)
    return _keep_person_surnames(text, out)


_OFFICE_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")


def _office_holder(text: str, span: _Span) -> None:
    """'Minister of [International Relations and Cooperation Naledi Pandor]' tagged as one organisation: the
    portfolio's words are titles, the trailing two or more capitalised words are the office holder's name.
    Only after '<office> of', and only when every word before the name is a title word or a function word."""
    before = _OFFICE_OF.search(text[max(0, span.start - 40) : span.start])
    if not before or before.group(1).lower() not in CORE_TITLES:
        return
    words = _words(text, span.start, span.end)
    lead = 0
    while lead < len(words) and (
        _is_title_word(text[words[lead][0] : words[lead][1]]) or text[words[lead][0] : words[lead][1]] in {"and", "of"}
    ):
        lead += 1
    tail = [text[a:b] for a, b in words[lead:]]
    if lead == 0 or len(tail) < 2 or not all(w[:1].isupper() for w in tail):
        return
    if set(name_tokens(" ".join(tail))) & (ORG_WORDS | PLACE_WORDS) or any(actors.country_iso3(w) for w in tail):
        return
    span.title_words.extend(text[a:b] for a, b in words[:lead])
    span.start, span.label = words[lead][0], "PERSON"


def _common_word(doc: Doc, span: _Span) -> bool:
    """A one-word 'person' or 'organisation' that is only capitalised because it opens a sentence and that the
    article also writes in lower case ("Chemical pesticides ..." / "... chemical weapons"), or a one-word
    'person' followed by a figure ("Revs 52.5 mln", a table row): a common word, not a name."""
    text = doc.text
    word = text[span.start : span.end]
    if span.label not in ("PERSON", "ORG") or span.kind or " " in word or not word[:1].isupper() or word.isupper():
        return False
    if span.label == "PERSON" and re.match(r"\s+\d", text[span.end : span.end + 4]):
        return True
    tok = _token_at(doc, span.start)
    if tok is None:
        return False
    opens = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_quote and doc[tok.i - 1].is_sent_start)
    return opens and re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])", text) is not None


def _keep_person_surnames(text: str, spans: list[_Span]) -> list[_Span]:
    """A one-word 'person' the gazetteer called a city stays a person when the article names someone with
    that word ("Whitney Houston" ... "Houston said")."""
    name_words = {w for sp in spans if sp.label == "PERSON" for w in text[sp.start : sp.end].split()[1:]}
    for sp in spans:
        if sp.model_label == "PERSON" and sp.kind == "city" and text[sp.start : sp.end] in name_words:
            sp.label, sp.kind, sp.country, sp.geonameid = "PERSON", None, None, None
    return spans


def _person_forms(text: str, spans: list[_Span]) -> set[str]:
    """Surface forms that name a person in this article: full names and their surnames."""
    forms: set[str] = set()
    votes: Counter = Counter()
    for sp in spans:
        votes[(text[sp.start : sp.end], sp.label == "PERSON")] += 1
    for sp in spans:
        if sp.label != "PERSON":
            continue
        surface = text[sp.start : sp.end]
        words = surface.split()
        if not _person_shaped(surface):
            continue
        if len(words) == 1 and votes[(surface, False)] > votes[(surface, True)]:
            continue  # the model called it a person once, something else more often ("Brexit")
        forms.add(surface)
        last = words[-1]
        article = re.match(r"(?:al|el|ad|ash|as|an|at|ar|az)[-‐]([A-Z][\w’'-]{2,})$", last)
        if article:  # "el-Sisi" is also written "Sisi"
            forms.add(article.group(1))
        if len(words) > 1 and len(last) >= 3 and not _is_title_word(last) and not _looks_like_place(last):
            forms.add(last)
    return forms


def _looks_like_place(word: str) -> bool:
    return bool(actors.country_iso3(word) or actors.demonym_iso3(word) or actors.city_lookup(word, False))


def _token_at(doc: Doc, char: int):
    """The token containing a character offset (None outside tokens)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return doc[span.start] if span is not None and len(span) else None


def _extend_left(doc: Doc, start: int) -> int:
    """Include capitalised first names right before a propagated surname ("Fidel" + "Castro")."""
    tok = _token_at(doc, start)
    while tok is not None and tok.i > 0 and not tok.is_sent_start:
        prev = doc[tok.i - 1]
        if (
            prev.is_title
            and prev.tag_ == "NNP"
            and not _is_title_word(prev.text)
            and prev.lower_ not in ORG_WORDS | PLACE_WORDS
            and not _looks_like_place(prev.text)
            and prev.idx + len(prev.text) + 1 >= tok.idx
        ):
            start, tok = prev.idx, prev
        else:
            break
    return start


_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "madam", "mme", "m"}


def _is_office(word: str) -> bool:
    """A title word that names an office or rank ("President", "presidents", "Gen."), not "counterpart"."""
    for w in word.lower().strip(".,").split("-"):
        if w.endswith("s") and w[:-1] in CORE_TITLES:
            w = w[:-1]
        if w in CORE_TITLES and w not in _NOT_ROLE:
            return True
    return False


def _person_shaped(surface: str) -> bool:
    """Could be a person's name: 1-4 capitalised words, not an acronym, no organisation words or places."""
    words = surface.split()
    return (
        is_titlecase_name(surface)
        and len(words) <= 4
        and not (surface.isupper() and len(surface) <= 6)
        and not set(name_tokens(surface)) & (ORG_WORDS | PLACE_WORDS | PLATFORM_OR_AGENCY | NOT_ACTOR_WORDS)
        and not any(_looks_like_place(w) for w in words)
        and bool(_NAME_SHAPE.match(surface))
        and not _SAINT.match(surface)
    )


_NOT_ROLE = {"counterpart", "counterparts", "colleague"}


def _title_cue(doc: Doc, spans: list[_Span]) -> None:
    """A name the model called ORG/GPE/... right after a title is a person ("president, Miguel Díaz-Canel")."""
    text = doc.text
    for sp in spans:
        if sp.label == "PERSON" or sp.kind or sp.label == "NORP":
            continue
        surface = text[sp.start : sp.end]
        if not _person_shaped(surface):
            continue
        cs = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if cs is None or cs.start == 0:
            continue
        i = cs.start - 1
        if doc[i].text == "," and i > 0:
            i -= 1
        low = doc[i].lower_.strip(".")
        if _is_office(low) or low in CORE_TITLES or low in _HONORIFICS:
            sp.label = "PERSON"
            continue
        j = cs.end  # right appositive: "Faki Mahamat, chair of the African Union Commission"
        if j + 1 < len(doc) and doc[j].text == ",":
            k = j + 1 + (doc[j + 1].lower_ in DETERMINERS)
            if k < len(doc) and _is_office(doc[k].lower_):
                sp.label = "PERSON"
                continue
        # coordinated with a person: "Presidents Miguel Diaz-Canel and Ebrahim Raisi"
        if doc[cs.start - 1].lower_ == "and" and len(surface.split()) >= 2 and cs.start >= 2:
            prev = next(
                (
                    o
                    for o in spans
                    if o.end <= doc[cs.start - 2].idx + len(doc[cs.start - 2].text) and o.end >= doc[cs.start - 2].idx
                ),
                None,
            )
            if prev is not None and prev.label == "PERSON":
                sp.label = "PERSON"
                continue
        # ... or followed by one: "Assimi Goyta and Foreign Minister Abdoulaye Diop"
        if j < len(doc) and doc[j].lower_ == "and" and len(surface.split()) >= 2:
            k = j + 1
            while k < len(doc) and (_is_title_word(doc[k].text) or doc[k].lower_ in DETERMINERS):
                k += 1
            nxt = next((o for o in spans if k < len(doc) and o.start <= doc[k].idx < o.end), None)
            if nxt is not None and nxt.label == "PERSON":
                sp.label = "PERSON"


def _propagate_persons(doc: Doc, spans: list[_Span]) -> list[_Span]:
    """Relabel or add mentions of person names already recognised elsewhere in the article."""
    text = doc.text
    forms = _person_forms(text, spans)
    if not forms:
        return spans
    for sp in spans:  # mislabelled spans: "Raisi/GPE", "Ebrahim Raisi/ORG", "Lavrov/ORG"
        if sp.label == "PERSON" or sp.kind:
            continue
        surface = text[sp.start : sp.end]
        if surface in forms:
            sp.label = "PERSON"
            continue
        if _person_shaped(surface) and (
            surface.split()[-1] in forms  # "Recep Tayyip Erdoğan/ORG" next to "Erdoğan/PERSON"
            or any(is_name_part_of(name_tokens(surface), name_tokens(f), strict=True) for f in forms)
        ):
            sp.label = "PERSON"  # "Zelenskyi/GPE" next to "Volodymyr Zelensky/PERSON"
            continue
        for form in sorted(forms, key=lambda f: (-len(f), f)):
            if surface.endswith(" " + form) and " " in form:  # "International Relations Naledi Pandor"
                sp.start, sp.label = sp.end - len(form), "PERSON"
                _peel_person(text, sp)
                break
    taken = sorted((sp.start, sp.end) for sp in spans)
    taken += [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in KEEP_LABELS]  # "May" (DATE)
    pattern = re.compile(
        r"(?<![\w\-’'])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) + r")(?![\w\-])"
    )
    added = []
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        if any(ts < e and s < te for ts, te in taken):
            continue
        nxt = re.match(r"\s+([A-Z]\w+)", text[e : e + 30])
        if nxt and not _is_title_word(nxt.group(1)) and nxt.group(1) not in ("The", "I"):
            continue  # part of a longer name we cannot delimit ("Putin Foundation")
        s = _extend_left(doc, s)
        if any(ts < e and s < te for ts, te in taken):
            continue
        added.append(_Span(s, e, "PERSON"))
        taken.append((s, e))
    return spans + added


def _dedupe(spans: list[_Span], text: str) -> list[_Span]:
    """Sorted, non-overlapping spans (the longer one wins an overlap); a person name the model cut in two
    ("Lázaro Alberto" + "Álvarez Casas", separated by one space) is joined again."""
    chosen: list[_Span] = []
    for sp in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if chosen and sp.start < chosen[-1].end:
            if sp.end - sp.start > chosen[-1].end - chosen[-1].start:
                chosen[-1] = sp
            continue
        prev = chosen[-1] if chosen else None
        if (
            prev is not None
            and prev.label == sp.label == "PERSON"
            and text[prev.end : sp.outer_start] == " "
            and not sp.title_words
        ):
            prev.end = sp.end
            prev.country = prev.country or sp.country
            continue
        chosen.append(sp)
    return chosen


# ------------------------------------------------------------------------------ actor context (role/country)
def _covering(spans: list[_Span], doc: Doc) -> dict[int, _Span]:
    """Token index -> span covering it."""
    cover: dict[int, _Span] = {}
    for sp in spans:
        cs = doc.char_span(sp.outer_start, sp.end, alignment_mode="expand")
        if cs is not None:
            for i in range(cs.start, cs.end):
                cover[i] = sp
    return cover


def _span_country(sp: _Span, text: str) -> str | None:
    if sp.label in ("GPE", "NORP") and sp.country:
        return sp.country
    if sp.label == "ORG":
        return sp.country or actors.org_country(text[sp.start : sp.end])
    return None


def _left_context(doc: Doc, sp: _Span, cover: dict[int, _Span]) -> tuple[list[str], str | None]:
    """Title words and country right before a name ("Russian Interior Minister", "Cuba's President")."""
    text = doc.text
    first = doc.char_span(sp.outer_start, sp.end, alignment_mode="expand")
    if first is None:
        return [], None
    words: list[str] = []
    country = None
    i, steps = first.start - 1, 0
    sent_start = first.sent.start
    while i >= sent_start and steps < 10:
        tok = doc[i]
        other = cover.get(i)
        low = tok.lower_.strip(".")
        if other is not None and other is not sp:
            if other.label == "PERSON":
                break
            c = _span_country(other, text)
            if other.label in ("GPE", "NORP") and not c:
                break
            country = country or c
            if other.label == "ORG":
                words.insert(0, text[other.start : other.end])
            first_tok = doc.char_span(other.outer_start, other.end, alignment_mode="expand")
            i = (first_tok.start if first_tok is not None else i) - 1
            steps += 1
            continue
        if low in ("'s", "’s", "'", "’", "ʼs"):
            i -= 1
            continue
        if _is_title_word(tok.text) or low in ("of", "-"):
            words.insert(0, tok.text)
        elif low in DETERMINERS or (tok.tag_ in ("JJ", "VBN") and tok.is_lower):
            pass
        elif (
            tok.text == ","
            and i > 0
            and (_is_title_word(doc[i - 1].text) or (cover.get(i - 1) is not None and cover[i - 1].label == "ORG"))
        ):
            pass  # "his Malian counterpart, Abdoulaye Diop"
        elif tok.is_title and actors.demonym_iso3(tok.text):
            country = country or actors.demonym_iso3(tok.text)
        else:
            break
        i -= 1
        steps += 1
    while words and words[0].lower() in ("of", "-"):
        words.pop(0)
    return words, country


def _appositive(doc: Doc, sp: _Span, cover: dict[int, _Span]) -> tuple[str | None, str | None]:
    """Role and country from ", the Russian Security Council secretary," after a name."""
    text = doc.text
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None:
        return None, None
    sent_end = span.sent.end
    j = span.end
    if j >= sent_end - 1 or doc[j].text != ",":
        return None, None
    k = j + 1
    first = doc[k]
    starts_ok = (
        first.lower_ in DETERMINERS
        or _is_title_word(first.text)
        or (cover.get(k) is not None and cover[k].label in ("GPE", "NORP", "ORG"))
        or bool(first.is_title and actors.demonym_iso3(first.text))
    )
    if not starts_ok:
        return None, None
    toks = []
    while k < sent_end and k - j <= 12 and doc[k].text not in {",", ";", "(", ")", "—", "–", ".", "\n"}:
        if doc[k].pos_ in ("VERB", "AUX") or (cover.get(k) is not None and cover[k].label == "PERSON"):
            return None, None
        toks.append(doc[k])
        k += 1
    if not toks or not any(_is_office(t.lower_) for t in toks):
        return None, None
    country = None
    for t in toks:
        other = cover.get(t.i)
        c = _span_country(other, text) if other is not None else None
        if c is None and t.is_title and other is None:
            c = actors.demonym_iso3(t.text)
        if c:
            country = c
            break
    while toks and toks[0].lower_ in DETERMINERS:
        toks.pop(0)
    role = text[toks[0].idx : toks[-1].idx + len(toks[-1].text)] if toks else None
    return role, country


_SPOUSE = {"wife", "husband", "spouse", "widow", "widower"}


def _spouse_country(doc: Doc, sp: _Span, spans: list[_Span]) -> str | None:
    """ "Maduro ... and his wife, Cilia Flores": a spouse named right after a person shares their country."""
    first = doc.char_span(sp.outer_start, sp.end, alignment_mode="expand")
    if first is None:
        return None
    lo = max(first.sent.start, first.start - 8)
    for i in range(first.start - 1, lo - 1, -1):
        if doc[i].lower_ in _SPOUSE and i > 0 and doc[i - 1].lower_ in ("his", "her"):
            before = [
                o for o in spans if o.label == "PERSON" and o.end <= doc[i].idx and o.start >= first.sent.start_char
            ]
            return before[-1].country if before else None
    return None


def _attribute(doc: Doc, spans: list[_Span]) -> None:
    """Fill role and country of persons and organisations from titles, appositives and neighbours."""
    text = doc.text
    cover = _covering(spans, doc)
    for sp in spans:
        if sp.label == "PERSON":
            words, country = _left_context(doc, sp, cover)
            words = words + sp.title_words
            if any(_is_office(w) for w in words):
                sp.role = re.sub(r"\s*-\s*", "-", " ".join(words))  # "Secretary - General" -> "Secretary-General"
            if not sp.title_words:  # titles the model left outside the name: "Gen." + "Nikolai Patrushev"
                run = []
                for w in reversed(words):
                    if not _is_title_word(w):
                        break
                    run.insert(0, w)
                sp.title_words = run
            sp.country = sp.country or country
            role, country = _appositive(doc, sp, cover)
            sp.role = sp.role or role
            sp.country = sp.country or country or _spouse_country(doc, sp, spans)
        elif sp.label == "ORG":
            sp.country = actors.org_country(text[sp.start : sp.end])
            if sp.country is None:
                cs = doc.char_span(sp.start, sp.end, alignment_mode="expand")
                i = cs.start - 1 if cs is not None else -1
                possessive = i >= 0 and doc[i].lower_ in ("'s", "’s", "ʼs")
                i -= possessive
                other = cover.get(i) if i >= 0 else None
                # "Cuba's Ministry of the Interior", "Russian Foreign Ministry" - but not "Russian OSCE envoy"
                national = possessive or bool(set(name_tokens(text[sp.start : sp.end])) & STATE_WORDS)
                if other is not None and other.label in ("GPE", "NORP") and other.kind != "city" and national:
                    sp.country = other.country


def doc_mentions(doc: Doc) -> list[dict]:
    """Clean entity mentions of one article with exact char offsets and resolution hints (see module doc)."""
    text = doc.text
    spans = _initial_spans(doc)
    _title_cue(doc, spans)
    spans = _dedupe(_propagate_persons(doc, spans), text)
    _attribute(doc, spans)
    spans = _nominal_roles(doc, spans)
    sent_starts = [s.start_char for s in doc.sents]
    out = []
    for sp in spans:
        while sp.start < sp.end and text[sp.start] in '"?!“':  # spans grown by propagation may pick up quotes
            sp.start += 1
        surface = text[sp.start : sp.end]
        if not surface:
            continue
        sent_idx = max(0, _bisect(sent_starts, sp.start))
        out.append(
            {
                "idx": len(out),
                "surface": surface,
                "label": sp.label,
                "model_label": sp.model_label or sp.label,
                "start_char": sp.start,
                "end_char": sp.end,
                "sent_idx": sent_idx,
                "name": surface,
                "title": " ".join(sp.title_words) or None,
                "role": sp.role,
                "country_iso3": sp.country,
                "kind": sp.kind,
                "geonameid": sp.geonameid,
                "nominal": sp.kind == "role",
            }
        )
    return out


# Offices specific enough that "Russia's foreign minister" names one person (not "leader", "official").
OFFICE_HEADS = {
    "president",
    "minister",
    "secretary",
    "chancellor",
    "premier",
    "king",
    "queen",
    "emir",
    "sultan",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
}
_GENERIC_QUALIFIERS = {"former", "late", "then", "retired", "acting", "interim", "new", "top", "senior"}


def role_key(role: str | None) -> frozenset[str]:
    """Comparable office words of a role ("Minister of Foreign Affairs" ~ "foreign minister")."""
    if not role:
        return frozenset()
    words = {w[:-1] if w.endswith("s") and w[:-1] in TITLE_WORDS else w for w in name_tokens(role)}
    return frozenset(w for w in words if w in TITLE_WORDS and w not in {"of", "the", "affairs"})


def _nominal_roles(doc: Doc, spans: list[_Span]) -> list[_Span]:
    """Unnamed office-holders as person mentions: "Russia's foreign minister", "the Cuban president".

    Only a country or demonym followed by title words ending in a specific office, and not followed by a
    name (then the words are that person's title, already read by ``_attribute``). The country mention
    inside becomes part of the role mention."""
    text = doc.text
    out, drop = [], set()
    for n, sp in enumerate(spans):
        if not (sp.label in ("GPE", "NORP") and sp.country and sp.kind != "city"):
            continue
        cs = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if cs is None:
            continue
        i = cs.end
        if sp.label == "GPE":
            if i >= len(doc) or doc[i].lower_ not in ("'s", "’s", "ʼs"):
                continue
            i += 1
        elif cs.start == 0 or doc[cs.start - 1].lower_ != "the":
            continue
        j = i
        while j < len(doc) and doc[j].lower_.strip(".") in TITLE_WORDS and doc[j].lower_ not in _GENERIC_QUALIFIERS:
            j += 1
        if j == i or doc[j - 1].lower_ not in OFFICE_HEADS:
            continue
        if j < len(doc) and (doc[j].is_title or doc[j].lower_ in ("'s", "’s")) and doc[j].tag_ == "NNP":
            continue  # "Russia's Foreign Minister Sergey Lavrov": a title, not an unnamed person
        if (
            j + 1 < len(doc)
            and doc[j].text == ","
            and any(o.label == "PERSON" and o.outer_start <= doc[j + 1].idx < o.end for o in spans)
        ):
            continue  # "Iran's foreign minister, Hossein Amir-Abdolahian, ..."
        if any(o.start < doc[j - 1].idx + len(doc[j - 1].text) and o.end > doc[i].idx for o in spans if o is not sp):
            continue
        start = sp.start if sp.label == "GPE" else doc[cs.start - 1].idx
        end = doc[j - 1].idx + len(doc[j - 1].text)
        role = text[doc[i].idx : end]
        out.append(_Span(start, end, "ROLE", kind="role", country=sp.country, role=role, model_label=sp.label))
        drop.add(n)
    if not out:
        return spans
    return sorted([sp for n, sp in enumerate(spans) if n not in drop] + out, key=lambda s: s.start)


def _bisect(starts: list[int], pos: int) -> int:
    import bisect

    return bisect.bisect_right(starts, pos) - 1


def add_components(nlp) -> None:  # noqa: ANN001 - spaCy Language
    """No extra pipeline components: mention repair runs on the finished Doc in ``doc_mentions``."""
    return None


# ------------------------------------------------------------------------------------------- resolution
@dataclass
class _M:
    """A mention during resolution."""

    article_id: str
    m: dict
    label: str
    tokens: tuple[str, ...]


def entity_id_for(canonical_name: str, entity_type: str, qualifier: str = "") -> str:
    """Stable id: hash of type, folded canonical name and (for organisations) country."""
    raw = f"{entity_type}|{fold(canonical_name)}|{qualifier}"
    return "ent_" + hashlib.sha256(raw.encode()).hexdigest()[:16]


def _relabel_persons(items: list[_M]) -> None:
    """Corpus-wide: names the model mislabelled as ORG/GPE/... but that match a known person become PERSON."""
    person_names: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for it in items:
        votes[it.tokens][it.label] += 1
        if it.label == "PERSON" and len(it.tokens) >= 2:
            for tok in it.tokens:
                person_names[skeleton(tok)[:2]].add(it.tokens)
    for it in items:
        if it.label not in PERSONLIKE_RELABEL or it.m.get("kind") or not it.tokens:
            continue
        if it.label in ("NORP", "LOC") or not is_titlecase_name(it.m["name"]):
            continue
        if it.m["name"].isupper() and len(it.m["name"]) <= 6:
            continue  # acronyms are organisations ("TASS", "WHO")
        words = set(it.tokens)
        if words & (ORG_WORDS | PLACE_WORDS | PLATFORM_OR_AGENCY | NOT_ACTOR_WORDS):
            continue
        if not _NAME_SHAPE.match(it.m["name"]):
            continue
        v = votes[it.tokens]
        if v["PERSON"] and v["PERSON"] * 2 >= sum(v.values()) - v["PERSON"]:
            it.label = "PERSON"
            continue
        cands = person_names.get(skeleton(it.tokens[-1])[:2], set())
        if any(is_name_part_of(it.tokens, p, strict=True) for p in cands):
            it.label = "PERSON"


class _Clusters:
    """Global person clusters with a token-prefix index for candidate lookup."""

    def __init__(self) -> None:
        self.names: list[set[tuple[str, ...]]] = []
        self.index: dict[str, set[int]] = defaultdict(set)

    def candidates(self, tokens: tuple[str, ...]) -> set[int]:
        return set(self.index.get(skeleton(tokens[-1])[:2], set()))

    def add(self, cid: int | None, names: set[tuple[str, ...]]) -> int:
        if cid is None:
            self.names.append(set())
            cid = len(self.names) - 1
        self.names[cid] |= names
        for n in names:
            for tok in n:
                self.index[skeleton(tok)[:2]].add(cid)
        return cid

    def matching(self, tokens: tuple[str, ...]) -> list[int]:
        """Clusters with a name that ``tokens`` is a form of (or equal to)."""
        out = []
        for cid in sorted(self.candidates(tokens)):
            if any(is_name_part_of(tokens, n, first_ok=len(tokens[0]) <= 3) for n in self.names[cid]):
                out.append(cid)
        return out


def _local_person_groups(mentions: list[_M]) -> list[list[_M]]:
    """Within one article: surname-only and partial names join the full name seen there.

    Full names cluster first (longest first); a shorter form joins the one full name it fits, or - when
    several fit (Raúl Castro / Fidel Castro) - the nearest preceding one (else the nearest following).
    """
    groups: list[dict] = []  # {"longest": tokens, "names": set, "members": [...]}
    by_len = sorted({m.tokens for m in mentions}, key=lambda t: (-len(t), t))
    for toks in by_len:
        fits = [g for g in groups if any(is_name_part_of(toks, n) for n in g["names"])]
        if not fits and len(toks) == 1:  # a first-name or East Asian surname reference: "Xi" for "Xi Jinping"
            fits = [g for g in groups if any(is_name_part_of(toks, n, first_ok=True) for n in g["names"])]
            fits = fits if len(fits) == 1 else []
        if len(fits) == 1 or (fits and len(toks) >= 2 and len({id(g) for g in fits}) == 1):
            fits[0]["names"].add(toks)
        elif not fits:
            groups.append({"longest": toks, "names": {toks}, "members": []})
        # several fits: decided per mention below
    name_to_group = {}
    for g in groups:
        for n in g["names"]:
            name_to_group[n] = g
    for m in sorted(mentions, key=lambda x: x.m["start_char"]):
        g = name_to_group.get(m.tokens)
        if g is None:
            fits = [g2 for g2 in groups if any(is_name_part_of(m.tokens, n) for n in g2["names"])]
            before = [g2 for g2 in fits if g2["members"]]
            if before:
                g = max(before, key=lambda g2: g2["members"][-1].m["start_char"])
            else:
                g = min(
                    fits,
                    key=lambda g2: min(
                        (x.m["start_char"] for x in mentions if x.tokens in g2["names"]), default=10**12
                    ),
                )
        g["members"].append(m)
    return [g["members"] for g in groups if g["members"]]


def _dominant(fits: list[int], members: dict[int, list[_M]]) -> list[int]:
    """Of several people a surname fits, the one the corpus is overwhelmingly about ("Trump" -> Donald Trump
    when other Trumps are rare); otherwise all of them (ambiguous: the surname stays its own entity)."""
    sizes = sorted(((len({m.article_id for m in members[c]}), c) for c in fits), reverse=True)
    top, rest = sizes[0][0], sum(n for n, _ in sizes[1:])
    return [sizes[0][1]] if top >= 3 and top >= 4 * rest else fits


def _cluster_persons(items: list[_M]) -> list[list[_M]]:
    """Corpus-wide person clusters (see module doc)."""
    by_article: dict[str, list[_M]] = defaultdict(list)
    for it in items:
        by_article[it.article_id].append(it)
    local_groups = []
    for aid in sorted(by_article):
        local_groups += _local_person_groups(by_article[aid])

    def longest(group: list[_M]) -> tuple[str, ...]:
        return max((m.tokens for m in group), key=lambda t: (len(t), t))

    local_groups.sort(key=lambda g: (-len(longest(g)), longest(g), g[0].article_id))
    clusters = _Clusters()
    members: dict[int, list[_M]] = defaultdict(list)
    for group in local_groups:
        names = {m.tokens for m in group}
        top = longest(group)
        fits = clusters.matching(top)
        if len(fits) > 1:
            exact = [c for c in fits if any(names_equal(top, n) for n in clusters.names[c])]
            if exact:  # the same full name: the person most written about under it
                fits = [max(exact, key=lambda c: (len({m.article_id for m in members[c]}), -c))]
            else:
                fits = _dominant(fits, members)
        cid = clusters.add(fits[0] if len(fits) == 1 else None, names)
        members[cid] += group
    return [members[c] for c in sorted(members)]


def _attach_nominals(persons: list[list[_M]], nominals: list[_M]) -> list[list[_M]]:
    """An unnamed office-holder joins the one named person with that office and country - in the same
    article if there is one there, else in the corpus; otherwise it is its own entity ("foreign minister
    of Russia")."""
    offices: dict[tuple[str, frozenset], set[int]] = defaultdict(set)
    in_article: dict[tuple[str, str, frozenset], set[int]] = defaultdict(set)
    for n, group in enumerate(persons):
        country = _vote([it.m.get("country_iso3") for it in group])
        for it in group:
            key = role_key(it.m.get("role"))
            if country and key & OFFICE_HEADS:
                offices[(country, key)].add(n)
                in_article[(it.article_id, country, key)].add(n)
    alone: dict[tuple, list[_M]] = defaultdict(list)
    for it in nominals:
        key = (it.m.get("country_iso3"), role_key(it.m.get("role")))
        local = in_article.get((it.article_id, *key), set())
        cands = local if local else offices.get(key, set())
        if len(cands) == 1:
            persons[next(iter(cands))].append(it)
        else:
            alone[(key[0], tuple(sorted(key[1])))].append(it)
    return persons + [alone[k] for k in sorted(alone)]


def _org_key(it: _M) -> tuple[tuple[str, ...], str | None]:
    """Content words (sorted) and the organisation's country. Country words that only say whose it is
    ("Russian Security Council", "Ministry of the Interior of Cuba") are left out of the content when two
    or more words remain, so "Bank of Japan" keeps "japan" and "Reuters Taiwan" keeps "taiwan"."""
    country = it.m.get("country_iso3")
    words = [w for w in it.tokens if w not in ORG_STOPWORDS]
    name = it.m["name"]
    leading = 0
    while leading < len(words) - 1 and (actors.demonym_iso3(words[leading]) or actors.country_iso3(words[leading])):
        leading += 1
    kept = words[leading:]
    trailing = re.search(r"\bof (?:the )?([\w .'’-]+)$", name)
    if trailing and (actors.country_iso3(trailing.group(1)) or actors.demonym_iso3(trailing.group(1))):
        n = len(name_tokens(trailing.group(1)))
        if len(kept) - n >= 2:
            kept = kept[:-n]
    if len(kept) < 2 and len(words) >= 2 and kept != words:
        kept = words
    return tuple(sorted(kept)), country


def _cluster_orgs(items: list[_M]) -> list[list[_M]]:
    """Organisations: same content words; one without a country joins the article's one with a country."""
    keyed = [(it, *_org_key(it)) for it in items]
    in_article: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for it, content, country in keyed:
        if country:
            in_article[(it.article_id, content)].add(country)
    groups: dict[tuple, list[_M]] = defaultdict(list)
    for it, content, country in keyed:
        if country is None and len(in_article.get((it.article_id, content), ())) == 1:
            country = next(iter(in_article[(it.article_id, content)]))
            it.m = {**it.m, "country_iso3": country}
        groups[(content, country or "")].append(it)
    _merge_acronyms(groups)
    return [groups[k] for k in sorted(groups)]


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ORG_STOPWORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _merge_acronyms(groups: dict[tuple, list[_M]]) -> None:
    """An acronym ("UN", "NATO", "AU") joins the one organisation in the corpus whose initials it spells."""
    by_initials: dict[str, set[tuple]] = defaultdict(set)
    for key, members in groups.items():
        for it in members:
            ini = _initials(it.m["name"])
            if ini:
                by_initials[ini].add(key)
    for key in sorted(groups):
        members = groups.get(key)
        if not members:
            continue
        name = members[0].m["name"]
        if not (
            name.isupper() and name.isalpha() and 2 <= len(name) <= 6 and all(it.m["name"] == name for it in members)
        ):
            continue
        targets = sorted(by_initials.get(name, set()) - {key})
        if not targets:
            continue
        sizes = sorted(((len({it.article_id for it in groups[t]}), t) for t in targets), reverse=True)
        dominant = len(sizes) == 1 or sizes[0][0] >= 3 * sum(n for n, _ in sizes[1:])
        if dominant and _acronym_supported(members, groups[sizes[0][1]]):
            groups[sizes[0][1]] += groups.pop(key)


def _acronym_supported(acronym: list[_M], full: list[_M]) -> bool:
    """An acronym joins a full name only when some article uses both, or the full name is at least as common:
    a widely used acronym ("BBC", 16 articles) must not be swallowed by a rare name with the same initials
    ("Bank of British Columbia", one article)."""
    acr_articles = {it.article_id for it in acronym}
    full_articles = {it.article_id for it in full}
    return bool(acr_articles & full_articles) or len(full_articles) >= len(acr_articles)


def _place_key(it: _M) -> tuple:
    m = it.m
    if m.get("kind") == "country" and m.get("country_iso3"):
        return ("country", m["country_iso3"])
    if m.get("kind") == "city" and m.get("geonameid"):
        return ("city", m["geonameid"])
    return (it.label, it.tokens)


def _accent_words(canonical: str, surfaces: list[str]) -> str:
    """Restore accents word by word from any accented variant ("Diaz-Canel Bermudez" + "Díaz-Canel")."""
    best: dict[str, tuple[int, str]] = {}
    for s in surfaces:
        for w in s.split():
            k = fold(w)
            cand = (diacritic_count(w), w)
            if k not in best or cand > best[k]:
                best[k] = cand
    out = []
    for w in canonical.split():
        n, accented = best.get(fold(w), (0, w))
        out.append(accented if n > diacritic_count(w) else w)
    return " ".join(out)


def _canonical(group: list[_M], entity_type: str) -> str:
    """Most complete name form (most tokens, then most articles), properly accented."""
    if entity_type == "GPE" and group[0].m.get("kind") == "country":
        return actors.country_names().get(group[0].m["country_iso3"], group[0].m["name"])
    if entity_type == "PERSON" and all(it.m.get("nominal") for it in group):
        role = Counter(it.m["role"] for it in group).most_common(1)[0][0]
        country = actors.country_names().get(group[0].m.get("country_iso3") or "", "")
        return f"{role[:1].upper()}{role[1:]} of {country}" if country else role
    if entity_type == "GPE" and group[0].m.get("kind") == "city":
        city = actors.city_lookup(group[0].m["name"])
        if city:
            return city["name"]
    articles: dict[str, set[str]] = defaultdict(set)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    named = [it for it in group if not it.m.get("nominal")] or group
    for it in named:
        k = " ".join(it.tokens)
        articles[k].add(it.article_id)
        surfaces[k][it.m["name"]] += 1
    n_articles = len({it.article_id for it in named})
    multi = [k for k in articles if len(k.split()) > 1] or list(articles)
    common = [k for k in multi if 2 * len(articles[k]) >= n_articles] or multi
    key = max(common, key=lambda k: (len(k.split()), len(articles[k]), sum(surfaces[k].values()), k))
    form = max(
        surfaces[key], key=lambda s: (diacritic_count(s), s[:1].isupper() and not s.isupper(), surfaces[key][s], s)
    )
    all_surfaces = [s for c in surfaces.values() for s in c]
    return _accent_words(form, all_surfaces)


def _vote(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return max(counts, key=lambda v: (counts[v], v))


def _role(group: list[_M]) -> str | None:
    counts = Counter(it.m.get("role") for it in group if it.m.get("role"))
    if not counts:
        return None
    return max(counts, key=lambda r: (counts[r], len(r), r))


def resolve_entities(analyses: list[dict]) -> tuple[list[dict], dict[tuple[str, int], str]]:
    """Group the corpus's mentions into entities; returns contract rows and (article_id, idx) -> entity_id."""
    items: list[_M] = []
    for a in sorted(analyses, key=lambda a: a["article_id"]):
        for m in a["mentions"]:
            name = m.get("name") or m["surface"]
            toks = name_tokens(name)
            if not toks:
                toks = (fold(name),)
            label = "PERSON" if m.get("nominal") else m["label"]
            items.append(_M(a["article_id"], {**m, "name": name}, label, toks))
    _relabel_persons(items)
    groups: list[tuple[str, list[_M]]] = []
    persons = _cluster_persons([it for it in items if it.label == "PERSON" and not it.m.get("nominal")])
    groups += [("PERSON", g) for g in _attach_nominals(persons, [it for it in items if it.m.get("nominal")])]
    groups += [("ORG", g) for g in _cluster_orgs([it for it in items if it.label == "ORG"])]
    other: dict[tuple, list[_M]] = defaultdict(list)
    for it in items:
        if it.label not in ("PERSON", "ORG"):
            label = "GPE" if it.m.get("kind") in ("country", "city") else it.label
            key = _place_key(it) if label in ("GPE", "LOC") else (label, name_key(it.m["name"]) or it.tokens)
            other[(label, key)].append(it)
    groups += [(label, g) for (label, _), g in sorted(other.items(), key=lambda kv: repr(kv[0]))]
    return _rows(groups)


def _qualifier(etype: str, group: list[_M], country: str | None) -> str:
    """What besides the name tells entities apart: an organisation's country, a place's gazetteer id."""
    if etype == "ORG":
        return country or ""
    if etype in ("GPE", "LOC"):
        m = group[0].m
        return f"{m.get('kind') or ''}:{m.get('geonameid') or m.get('country_iso3') or ''}"
    return ""


def _rows(groups: list[tuple[str, list[_M]]]) -> tuple[list[dict], dict[tuple[str, int], str]]:
    """Contract rows; groups that end up with the same id are merged."""
    by_id: dict[str, dict] = {}
    mention_entity: dict[tuple[str, int], str] = {}
    for etype, group in groups:
        canonical = _canonical(group, etype)
        country = _vote([it.m.get("country_iso3") for it in group])
        eid = entity_id_for(canonical, etype, _qualifier(etype, group, country))
        row = by_id.setdefault(
            eid, {"entity_id": eid, "canonical_name": canonical, "entity_type": etype, "_members": []}
        )
        row["_members"] += group
        for it in group:
            mention_entity[(it.article_id, it.m["idx"])] = eid
    entities = []
    for eid in sorted(by_id):
        row = by_id[eid]
        group = row.pop("_members")
        row["country_iso3"] = _vote([it.m.get("country_iso3") for it in group])
        row["role"] = _role(group) if row["entity_type"] in ("PERSON", "ORG") else None
        row["aliases"] = sorted({it.m["surface"] for it in group})
        row["num_articles"] = len({it.article_id for it in group})
        entities.append(row)
    return entities, mention_entity
