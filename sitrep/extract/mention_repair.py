"""Mention repair: spaCy entities cut, trimmed, peeled of titles and relabelled from the gazetteer.

The small model splits, glues and mislabels names; every fix here covers a class of text (line breaks, glued
punctuation, leading titles, lists of leaders, possessives inside a span), never one sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract import actors
from sitrep.extract.actor_dictionary import agent_sector, armed_group_name, known_person
from sitrep.extract.doc_text import doc_text
from sitrep.extract.entity_names import (
    CORE_TITLES,
    NAME_PARTICLES,
    is_titlecase_name,
    name_tokens,
)
from sitrep.extract.entity_vocab import (
    FIRST_NAMES_IN_STOPWORDS,
    HONORIFICS,
    KEEP_LABELS,
    LOOSE_LABELS,
    NAME_ENDERS,
    NOT_ACTOR_WORDS,
    ORG_WORDS,
    PLACE_WORDS,
    PLATFORM_OR_AGENCY,
)
from sitrep.extract.group_noun_names import group_noun_opener
from sitrep.extract.mention_span import (
    NAME_SHAPE,
    NOT_NAME_CHARS,
    SAINT,
    Span,
    is_title_word,
    looks_like_place,
    split_lines,
    token_at,
    trim,
    word_spans,
)
from sitrep.extract.name_possessives import possessive_in_name
from sitrep.extract.org_holders import split_trailing_person
from sitrep.extract.outlet_tails import outlet_name_end
from sitrep.extract.postings import posted_before
from sitrep.extract.spacy_ids import STOP_WORDS
from sitrep.extract.title_fragments import title_fragment
from sitrep.timewords import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def peel_person(text: str, span: Span) -> None:
    """Move leading titles and demonyms out of a person's name ("Gen. Nikolai Patrushev" -> title 'Gen.'),
    drop a leading function word ("Before Trump") and trailing lower-case words ("Donald Trump which")."""
    words = word_spans(text, span.start, span.end)
    while len(words) > 1:
        ws, we = words[0]
        word = text[ws:we]
        low = word.lower()
        if is_title_word(word):
            span.title_words.append(word)
        elif word[:1].isupper() and actors.demonym_iso3(word):
            if span.country is None:
                span.country, span.country_cue = actors.demonym_iso3(word), "title"
        elif low in STOP_WORDS and low not in FIRST_NAMES_IN_STOPWORDS:
            pass
        else:
            break
        words.pop(0)
        span.start = words[0][0]
    while len(words) > 1 and _trails_name(text[words[-1][0] : words[-1][1]]):
        words.pop()
        span.end = words[-1][1]
    end_before_describer(text, span)


def _trails_name(word: str) -> bool:
    """A word that ends a person span but not a name: lower case ("Donald Trump which"), or a weekday the
    US press writes after a surname ("Trump Thursday signed", "met Trump Thursday")."""
    return (word[:1].islower() and word not in NAME_PARTICLES) or word.lower() in WEEKDAYS


def end_before_describer(text: str, span: Span) -> None:
    """A name the model ran on into a description ends before its describer ('Ana Ruiz Long-time Vega critic'
    -> 'Ana Ruiz'); two words at least stay a name."""
    words = word_spans(text, span.start, span.end)
    ender = next((i for i, (ws, _) in enumerate(words) if i >= 2 and _whole_word(text, ws) in NAME_ENDERS), None)
    if ender is not None:
        span.end = words[ender - 1][1]


def _whole_word(text: str, start: int) -> str:
    """The lower-cased whitespace word that starts at ``start``, past the span's end ('Long' of 'Long-time')."""
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].lower().strip(",.;:")


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


def repair_person(text: str, span: Span) -> bool:
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
    if SAINT.match(text[span.start : span.end]):
        span.label = "LOC"
        return True
    if "&" in text[span.start : span.end]:
        span.label = "ORG"  # "AT&T Wireless", "Johnson & Johnson"
        return True
    if re.search(r"\d|\w\"[a-z]{1,2}\b", text[span.start : span.end]):
        return False  # figures ("Revs 52.5") or a contraction with a stray quote ('Don"t')
    if re.search(r"\ufffd|\w\?\w", text[span.start : span.end]):
        return True  # a letter lost to bad encoding ("Fethullah G\ufffd\ufffdlen"): the name is whole, keep it as is
    bad = list(NOT_NAME_CHARS.finditer(text[span.start : span.end]))
    if bad:
        cuts = [span.start] + [span.start + b.end() for b in bad]
        ends = [span.start + b.start() for b in bad] + [span.end]
        pieces = [trim(text, s, e) for s, e in zip(cuts, ends, strict=True)]
        span.start, span.end = max(pieces, key=lambda p: (_capitalised_words(text[p[0] : p[1]]), p[0]))
    glued = _GLUED_WORD.search(text[span.start : span.end])
    if glued:
        span.end = span.start + glued.start()
    while span.end > span.start and text[span.end - 1] in "-.'’" and text[span.end - 2 : span.end] != " .":
        if text[span.end - 1] == "." and re.search(r"(?:^|\s)[A-Z][a-z]?\.$", text[span.start : span.end]):
            break  # an initial or "Jr."
        span.end -= 1
    lead = re.match(r"(?:[a-z][\w'’]*\s+)+(?=[A-Z])", text[span.start : span.end])  # "said Jeff Perkins"
    if lead:  # ... but the particles a name opens with stay ("said de Lima")
        kept = re.search(r"(?:(?<=\s)|^)(?:(?:" + "|".join(NAME_PARTICLES) + r")\s+)+$", lead.group(0))
        span.start += kept.start() if kept else lead.end()
    span.outer_start = span.start
    surface = text[span.start : span.end]
    if not surface or not NAME_SHAPE.match(surface) or not _opens_name(surface):
        return False
    peel_person(text, span)
    surface = text[span.start : span.end]
    return bool(surface) and _opens_name(surface) and (surface.lower() not in STOP_WORDS or _addressed(span, surface))


def _addressed(span: Span, surface: str) -> bool:
    """A capitalised surname that is also a common word, after an honorific ('Mrs May', 'Mr Long'): a name."""
    honorific = bool(span.title_words) and span.title_words[-1].lower().rstrip(".") in HONORIFICS
    return honorific and surface[:1].isupper() and " " not in surface


def _opens_name(surface: str) -> bool:
    """A person's name opens with a capital, or with particles before a capitalised surname ('de Lima')."""
    words = surface.split()
    lead = next((i for i, w in enumerate(words) if w not in NAME_PARTICLES), len(words))
    return surface[0].isupper() or (0 < lead < len(words) and words[lead][0].isupper())


#: the population a city needs for a span the model labelled so to be taken for it (a person's name that is
#: also a town's is common: the whole name must be a large city's, and no person the dictionary knows)
_CITY_MIN_POP = {"GPE": 15_000, "LOC": 15_000, "PERSON": 100_000, None: 200_000}


#: words right before a name that tell it is a place ('the town of Samarra', 'near Samarra')
_PLACE_LEAD = re.compile(r"\b(?:(?:city|town|village|port|district|province|region) of|in|near|outside)\s+$")


def _city_min_pop(text: str, span: Span) -> int:
    """The population threshold of ``_CITY_MIN_POP``, a town's own when the words before the name say it is a
    place."""
    if span.label in ("NORP", "ORG") and _PLACE_LEAD.search(text[max(0, span.start - 24) : span.start]):
        return _CITY_MIN_POP["GPE"]
    return _CITY_MIN_POP.get(span.label, _CITY_MIN_POP[None])


def _city_not_person(surface: str, population: int) -> bool:
    """A name the model took for a person's is the city it spells: one word of a large city (a person of the
    article with that surname gets it back later, ``_keep_person_surnames``); else the whole name of a city
    ("Jaffna", "Addis Ababa") that the dictionary knows no person by ("Bush", "Carney")."""
    if " " not in surface and population >= _CITY_MIN_POP[None]:
        return True
    return not known_person(surface)


def _gazetteer_label(text: str, span: Span) -> None:
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
    if actors.regional_demonym(surface):
        return  # 'South American', 'West Africans': a region's people, no country (not 'American')
    words = surface.split()
    dem = len(words) > 1 and (actors.demonym_iso3(words[0]) or actors.demonym_iso3(words[-1]))
    if dem and span.label == "NORP":  # 'Indian Muslims', 'Bosnian Serbs' (the state first), 'Recent American'
        span.country = dem
        return
    if span.label in ("GPE", "LOC", "ORG", "PERSON", "FAC", "NORP"):
        alternates = span.label in ("GPE", "LOC") or (span.label == "PERSON" and " " not in surface)
        city = actors.city_lookup(surface, alternates=alternates)
        if (
            city
            and city["population"] >= _city_min_pop(text, span)
            and (span.label != "PERSON" or _city_not_person(surface, city["population"]))
        ):
            span.label, span.kind = "GPE", "city"  # "Jaffna/PERSON", "Addis Ababa/PERSON" (not "Bush/PERSON")
            span.country, span.geonameid = city["country_iso3"], city["geonameid"]
            return
    if span.label in ("GPE", "LOC") and set(name_tokens(surface)) & ORG_WORDS:
        span.label = "ORG"  # "the African Union/GPE"
        return
    sub = span.label in ("GPE", "LOC") and actors.subdivision_iso3(surface)
    if sub:  # a state or province of one country ('Helmand', 'Chiapas', 'Balochistan'): that country's
        span.label, span.kind, span.country = "GPE", "region", sub


_INNER_POSSESSIVE = re.compile(r"[’'ʼ]s(?:\s+|-(?=[A-Z]))|\s+[-–—/]+\s*|\s*[-–—/]+\s+")


def _split_possessive(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at an inner possessive or a spaced dash/slash: "Patrushev’s Diplomatic", "Denis Manturov - TASS",
    "Wu Zhiyi / China Daily" are two names each; a country's own name stays whole ("Democratic People's
    Republic of Korea")."""
    if actors.country_iso3(text[start:end]):
        return [(start, end)]
    parts, cur = [], start
    for m in _INNER_POSSESSIVE.finditer(text, start, end):
        if m.group().lstrip()[:1] in "’'ʼ" and possessive_in_name(text, start, m.start()):
            continue  # "Donetsk People's Republic", "St George's University": one name
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


def _split_leading_country(text: str, span: Span) -> list[Span]:
    """'Senegal Macky Sall' / 'South Africa Cyril Ramaphosa' (lists of leaders) -> country + person."""
    if span.label not in ("ORG", "PERSON", "GPE", "FAC") or span.kind:
        return [span]
    words = word_spans(text, span.start, span.end)
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
            country = Span(span.start, head_end, "GPE", kind="country", country=iso)
            posted = posted_before(text, span.start)  # "Envoy for [Syria Staffan de Mistura]": not his country
            person = Span(words[n][0], span.end, "PERSON", outer_start=words[n][0], country=None if posted else iso)
            person.addressed = iso if posted else None
            peel_person(text, person)
            return [country, person]
    return [span]


_ARABIC_ARTICLE = re.compile(r" ((?:al|el|ad|ash|as|an|at|ar|az)[-‐][A-Z][\w’'-]*)")


def _drop_capitalised_plural(doc: Doc, span: Span) -> None:
    """ "U.S. Arms control advisers", "against U.S. Measures": a country name and one capitalised plural common
    noun (title-cased or all-caps copy) taken for an organisation is the country alone; a plural that names
    people by the Phoenix agents file ("Marines", "Diplomats") or an organisation word stays."""
    if span.label != "ORG" or span.kind:
        return
    text = doc_text(doc)
    words = word_spans(text, span.start, span.end)
    last = doc.char_span(words[-1][0], words[-1][1]) if len(words) >= 2 else None
    if last is None or len(last) != 1 or last[0].tag_ not in ("NNS", "NNPS"):
        return
    low = last[0].lower_
    if low in ORG_WORDS or agent_sector(low) or agent_sector(low[:-1]) or not low.endswith("s"):
        return
    head_end = words[-2][1]
    iso = actors.country_iso3(text[span.start : head_end])
    if iso and len(words) <= 4:
        span.end, span.label, span.kind, span.country = head_end, "GPE", "country", iso


def _extend_right(doc: Doc, span: Span) -> None:
    """Add trailing surnames the model left out ("Bruno Rodriguez" + "Parrilla", "Abdel Fattah" + "el-Sisi")."""
    m = _ARABIC_ARTICLE.match(doc_text(doc), span.end)
    if m:
        span.end = m.end(1)
        return
    cs = doc.char_span(span.start, span.end, alignment_mode="expand")
    if cs is None:
        return
    i = cs.end
    while i < len(doc) and i < cs.end + 2:
        nxt = doc[i]
        owed = _ends_in_particle(doc, span)  # 'Marine Le' + 'Pen': a name never ends in its particle
        if not (
            nxt.tag_ == "NNP"
            and nxt.is_title
            and nxt.is_alpha
            and not nxt.ent_type_
            and (owed or not nxt.is_sent_start)
            and nxt.idx == span.end + 1
            and not is_title_word(nxt.text)
            and (owed or not looks_like_place(nxt.text))
            and nxt.lower_ not in ORG_WORDS | PLACE_WORDS
            and _whole_word(doc_text(doc), nxt.idx) not in NAME_ENDERS
        ):
            break
        span.end = nxt.idx + len(nxt.text)
        i += 1


def _ends_in_particle(doc: Doc, span: Span) -> bool:
    """The span's last word is a name particle after another word ('Marine Le', 'Jorge Del'): the surname
    that follows is owed to it even when it is also a place's name or the parser starts a sentence there."""
    words = word_spans(doc_text(doc), span.start, span.end)
    return len(words) >= 2 and doc_text(doc)[words[-1][0] : words[-1][1]].lower() in NAME_PARTICLES


def _plural_common_noun(doc: Doc, span: Span) -> bool:
    """A one-word span tagged as a plural noun is not a person."""
    cs = doc.char_span(span.start, span.end, alignment_mode="expand")
    return cs is not None and len(cs) == 1 and cs[0].tag_ in ("NNS", "NNPS")


def _clean_piece(text: str, s: int, e: int, label: str) -> tuple[int, int] | None:
    """A piece of an entity trimmed to a name, or None when it is no name at all (junk, a date, a coinage,
    a lone title word, a lower-case word)."""
    s, e = trim(text, s, outlet_name_end(text, s, e))  # "KCNA news agency" -> "KCNA"
    if e - s < 2 or not any(c.isalpha() for c in text[s:e]) or _JUNK.search(text[s:e]):
        return None
    glue = _GLUED_PUNCT.search(text[s:e])
    if glue and label != "PERSON":  # "Lisbon Treaty,-officially": keep the name before the glue
        before = trim(text, s, s + glue.start())  # ... or after it when no name is before ('said,"-Ministry of X')
        named = re.search(r"\b[A-Z]", text[before[0] : before[1]]) and before[1] - before[0] >= 2
        s, e = before if named else trim(text, s + glue.end(), e)
        if e - s < 2:
            return None
    surface = text[s:e]
    toks = set(name_tokens(surface))
    if _is_date_like(surface):
        return None  # "07th Feb", "May 2017" tagged as a name
    if toks & NOT_ACTOR_WORDS and not toks & ORG_WORDS:
        return None  # "Brexit", whatever the model called it
    if " " not in surface and is_title_word(surface):
        return None  # "Supreme" (of "Supreme Leader"), "State" (of "Secretary of State")
    if surface.islower() and (
        surface in STOP_WORDS or not (actors.country_iso3(surface) or actors.city_lookup(surface))
    ):
        return None  # "cts", "the", "us": lower-case words are not names
    return s, e


def _finish_span(doc: Doc, span: Span, whole: bool) -> bool:
    """Label fixes, person repair and gazetteer relabelling of one span; False drops it. ``whole``: the span
    is the entity's only piece (then a person's name may be extended to the right)."""
    text = doc_text(doc)
    if span.label != "PERSON" and _honorific_name(text, span):
        span.label = "PERSON"  # 'Mr Najib' tagged as a facility
    if span.label == "PERSON":
        end_before_describer(text, span)
    words = set(name_tokens(text[span.start : span.end]))
    if span.label == "ORG":
        _office_holder(text, span)
    if span.label == "PERSON" and (words & ORG_WORDS or armed_group_name(text[span.start : span.end])):
        span.label = "ORG"  # "China Daily", "Rossiyskaya Gazeta"; an armed group's name ("Houthis")
    elif span.label == "PERSON" and words & PLACE_WORDS:
        span.label = "LOC"  # "Great Barrier Reef"
    if span.label == "PERSON" and (_plural_common_noun(doc, span) or not repair_person(text, span)):
        return False  # "Observers", "Cubans" as a person; what repair cannot make a name
    if span.label == "PERSON":
        peel_person(text, span)
        if whole:
            _extend_right(doc, span)
    _gazetteer_label(text, span)
    if title_fragment(doc, span):
        return False  # "British Home" of "British Home Secretary Amber Rudd"
    return not (span.label in LOOSE_LABELS or _common_word(doc, span) or group_noun_opener(doc, span))


def _honorific_name(text: str, span: Span) -> bool:
    """An honorific and capitalised names after it ('Mr Najib', 'Dr. Ana Ruiz'): a person's name, whatever the
    model tagged it."""
    words = [text[a:b] for a, b in word_spans(text, span.start, span.end)]
    rest = words[1:]
    return bool(rest) and words[0].lower().rstrip(".") in HONORIFICS and all(w[:1].isupper() for w in rest)


def initial_spans(doc: Doc) -> list[Span]:
    """doc.ents of name-like labels, split, trimmed, peeled and gazetteer-relabelled."""
    text = doc_text(doc)
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in KEEP_LABELS and ent.label_ not in LOOSE_LABELS:
            continue
        pieces = [
            p
            for s0, e0 in split_lines(text, ent.start_char, ent.end_char)
            for s1, e1 in _split_possessive(text, s0, e0)
            for p in _split_glued(text, s1, e1)
        ]
        for s0, e0 in pieces:
            cleaned = _clean_piece(text, s0, e0, ent.label_)
            if cleaned is None:
                continue
            s, e = cleaned
            whole = Span(s, e, ent.label_, model_label=ent.label_)
            for span in (p for c in _split_leading_country(text, whole) for p in split_trailing_person(text, c)):
                _drop_capitalised_plural(doc, span)
                if _finish_span(doc, span, len(pieces) == 1):
                    out.append(span)
    return _keep_person_surnames(text, out)


_OFFICE_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")


def _office_holder(text: str, span: Span) -> None:
    """'Minister of [Trade and Industry Jana Holm]' tagged as one organisation: the
    portfolio's words are titles, the trailing two or more capitalised words are the office holder's name.
    Only after '<office> of', and only when every word before the name is a title word or a function word."""
    before = _OFFICE_OF.search(text[max(0, span.start - 40) : span.start])
    if not before or before.group(1).lower() not in CORE_TITLES:
        return
    words = word_spans(text, span.start, span.end)
    lead = 0
    while lead < len(words) and (
        is_title_word(text[words[lead][0] : words[lead][1]]) or text[words[lead][0] : words[lead][1]] in {"and", "of"}
    ):
        lead += 1
    tail = [text[a:b] for a, b in words[lead:]]
    if lead == 0 or len(tail) < 2 or not all(w[:1].isupper() for w in tail):
        return
    if set(name_tokens(" ".join(tail))) & (ORG_WORDS | PLACE_WORDS) or any(actors.country_iso3(w) for w in tail):
        return
    span.title_words.extend(text[a:b] for a, b in words[:lead])
    span.start, span.label = words[lead][0], "PERSON"


def _common_word(doc: Doc, span: Span) -> bool:
    """A one-word 'person' or 'organisation' that is only capitalised because it opens a sentence and that the
    article also writes in lower case ("Chemical pesticides ..." / "... chemical weapons"), or a one-word
    'person' followed by a figure ("Revs 52.5 mln", a table row): a common word, not a name."""
    text = doc_text(doc)
    word = text[span.start : span.end]
    if span.label not in ("PERSON", "ORG") or span.kind or " " in word or not word[:1].isupper() or word.isupper():
        return False
    if span.label == "PERSON" and re.match(r"\s+\d", text[span.end : span.end + 4]):
        return True
    tok = token_at(doc, span.start)
    if tok is None:
        return False
    opens = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_quote and doc[tok.i - 1].is_sent_start)
    return opens and re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])", text) is not None


def _keep_person_surnames(text: str, spans: list[Span]) -> list[Span]:
    """A one-word 'person' the gazetteer called a city stays a person when the article names someone with
    that word ("Whitney Houston" ... "Houston said")."""
    name_words = {w for sp in spans if sp.label == "PERSON" for w in text[sp.start : sp.end].split()[1:]}
    for sp in spans:
        if sp.model_label == "PERSON" and sp.kind == "city" and text[sp.start : sp.end] in name_words:
            sp.label, sp.kind, sp.country, sp.geonameid = "PERSON", None, None, None
    return spans
