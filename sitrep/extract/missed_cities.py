"""City names the tagger missed: a proper name in the place of a place ('clashes in Mazar-i-Sharif', 'the port of
Odesa') that the model left untagged, or cut into parts it labelled as something else ('Mazar/LOC -i-Sharif'),
is made one city mention when the gazetteer knows the whole name as a city. Small models miss many foreign town
names and split hyphenated ones; a mention the rest of the pipeline never sees cannot place an event, and the
story then falls back on the capital.

Only where the grammar says the name is a place: the object of a preposition of place ('in', 'at', 'near', ...) or
of the 'of' of a settlement noun ('the town of X', 'the outskirts of X') (``data/missed_city_cues.tsv``); only a
city of a country the article names (any city of that name with 15,000 inhabitants), or a great city anywhere
(``GREAT_CITY``); never a name the model gave a date, a number or a work, nor one a whole mention already covers
(the gazetteer has had its say on those: ``mention_repair``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract import gazetteer
from sitrep.extract.data_files import word_sets
from sitrep.extract.doc_text import doc_text
from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CUES = word_sets("missed_city_cues.tsv")
#: prepositions whose object is a place ('in X', 'near X')
PLACE_PREPS = _CUES["prep"]
#: nouns whose 'of X' is a city ('the town of X', 'the streets of X')
SETTLEMENT_NOUNS = _CUES["settlement"]
#: lower-case words inside a city's name ('Sharm el-Sheikh', 'Mazar-i-Sharif')
CONNECTORS = _CUES["connector"]
#: a city this large is read anywhere; a smaller one only in a country the article names
GREAT_CITY = 100_000
#: the smallest city of a country the article names
SMALL_CITY = 15_000
#: the model label of a city read so: the grammar made it a place, so it is a place and never an acting party
#: (``place_roles``)
READ_AS_PLACE = "place"
#: labels the model may have put on a part of the name: replaced by the whole city
PART_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC", ""})


def _place_object(tok: Token) -> bool:
    """``tok`` heads the object of a preposition of place, or of a settlement noun's 'of'."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in PLACE_PREPS:
        return True
    return prep.lower_ == "of" and bool({prep.head.lower_, prep.head.lemma_.lower()} & SETTLEMENT_NOUNS)


#: the longest lower-case word between two hyphens of a name ('Aix-en-Provence', 'Stratford-upon-Avon')
INFIX_LEN = 4


def _hyphened_infix(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is a short lower-case word between two hyphens inside a name."""
    t = toks[i]
    return t.is_lower and t.is_alpha and len(t) <= INFIX_LEN and toks[i - 1].text == "-" and toks[i + 1].text == "-"


def _name_tokens(tok: Token) -> list[Token] | None:
    """The tokens from just after the preposition (past a 'the') to ``tok``, when they spell a proper name."""
    start = tok.head.i + 1
    doc = tok.doc
    while start < tok.i and doc[start].lower_ == "the":
        start += 1
    toks = list(doc[start : tok.i + 1])
    for i, t in enumerate(toks):
        inner = 0 < i < len(toks) - 1
        if t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ", "ADV", "PRON"} and t.text.isalpha():
            continue
        if inner and (t.text == "-" or t.lower_ in CONNECTORS or _hyphened_infix(toks, i)):
            continue
        return None
    return toks if toks and toks[0].text[:1].isupper() else None


def _city(name: str, countries: set[str]) -> gazetteer.City | None:
    found = [c for iso3 in sorted(countries) if (c := gazetteer.city(name, iso3, SMALL_CITY))]
    if found:
        return max(found, key=lambda c: c.population)
    return gazetteer.city(name, None, GREAT_CITY)


def _free(out: list[Span], s: int, e: int) -> list[Span] | None:
    """The spans inside [s, e) that the city replaces, or None when a mention already reads it or runs past it."""
    over = [sp for sp in out if sp.start < e and s < sp.end]
    if any(sp.start < s or sp.end > e or sp.kind or (sp.start, sp.end) == (s, e) for sp in over):
        return None  # a longer name, a mention already read, or the whole name the gazetteer has had its say on
    return over


def _replace(out: list[Span], over: list[Span], s: int, e: int, city: gazetteer.City) -> list[Span]:
    kept = [sp for sp in out if all(sp is not o for o in over)]
    city_span = Span(s, e, "GPE", kind="city", country=city.iso3, geonameid=city.geonameid, model_label=READ_AS_PLACE)
    return [*kept, city_span]


def _echoes(doc: Doc, out: list[Span], found: dict[str, gazetteer.City]) -> list[Span]:
    """The other occurrences of a name read as a city ('the X airport', "X's mayor"): the same city."""
    text = doc_text(doc)
    for name, city in found.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            span = doc.char_span(m.start(), m.end())
            if span is None or any(t.ent_type_ not in PART_LABELS for t in span):
                continue
            if (over := _free(out, m.start(), m.end())) is not None:
                out = _replace(out, over, m.start(), m.end(), city)
    return out


def add_missed_cities(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the city names the model missed in the place of a place, and their other occurrences (see
    module)."""
    countries = {sp.country for sp in spans if sp.country}
    out = list(spans)
    found: dict[str, gazetteer.City] = {}
    for tok in doc:
        if not _place_object(tok) or tok.ent_type_ not in PART_LABELS:
            continue
        toks = _name_tokens(tok)
        if toks is None or any(t.ent_type_ not in PART_LABELS for t in toks):
            continue
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        over = _free(out, s, e)
        if over is None or (city := _city(doc_text(doc)[s:e], countries)) is None:
            continue
        out = _replace(out, over, s, e, city)
        found[doc_text(doc)[s:e]] = city
    if not found:
        return spans
    return sorted(_echoes(doc, out, found), key=lambda sp: (sp.start, sp.end))
