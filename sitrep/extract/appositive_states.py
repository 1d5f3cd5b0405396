"""A person's state told by a descriptive appositive: "X, a Kenyan activist,", "X, a former U.S. Army sergeant,",
"X, a former U.S. Marine,": a demonym, a country or an organisation of one state first (after a determiner and
lower-case adjectives such as 'former'), then only lower-case words ending in a noun for a person (an occupation
or title word), or nothing but a service whose name also names its members (``data/service_members.tsv``). The
bench (bench/actor_country_sources.py) counts text cues right far more often than the corpus's place vote these
persons fall back to otherwise ("imprisoned in Russia since 2018" is not whose the prisoner is)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract import actors
from sitrep.extract.actor_cues import _is_person_noun, org_country_in_text
from sitrep.extract.data_files import read_tsv
from sitrep.extract.entity_vocab import DETERMINERS
from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@cache
def service_members() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv("service_members.tsv"))


def _state_of(doc: Doc, tok: Token, other: Span | None, cover: dict[int, Span]) -> str | None:
    """The state a demonym, a country or an organisation's name states (the organisation read now: it may come
    after the person in the attribution order)."""
    if other is None:
        return actors.demonym_iso3(tok.text) if tok.is_title else None
    if other.label in ("GPE", "NORP") and other.kind != "city":
        return other.country
    return (other.country or org_country_in_text(doc, other, cover)) if other.label == "ORG" else None


def appositive_state(doc: Doc, toks: list[Token], cover: dict[int, Span]) -> str | None:
    """The state of an appositive 'a (former) <state cue> [lower-case words] <person noun>' (see module doc)."""
    words = list(toks)
    while words and (words[0].lower_ in DETERMINERS or (words[0].is_lower and words[0].tag_ in ("JJ", "VBN"))):
        words.pop(0)
    age = next((n for n in range(len(words)) if words[n].lower_ == "old" and n <= 4), None)
    if age is not None and words[0].like_num:  # 'a 35-year-old Kenyan activist'
        words = words[age + 1 :]
    if not words:
        return None
    other = cover.get(words[0].i)
    country = _state_of(doc, words[0], other, cover)
    if not country:
        return None
    rest = [t for t in words[1:] if other is None or cover.get(t.i) is not other]
    prep = next((n for n, t in enumerate(rest) if t.pos_ == "ADP"), None)
    if prep:  # 'an American journalist for The Daily Planet': the noun before the preposition
        rest = rest[:prep]
    if not rest:  # 'a former U.S. Marine'; a demonym alone ('a Briton') names a person too
        if other is None or other.label == "NORP":
            return country
        return country if other.label == "ORG" and words[-1].lower_ in service_members() else None
    if not all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in rest):
        return None  # 'a Russian-born businessman', 'a US-based analyst', 'a Ruritanian-American writer'
    return country if rest[-1].pos_ == "NOUN" and _is_person_noun(rest[-1]) else None
