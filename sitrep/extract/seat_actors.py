"""A city standing for the organisation seated there (``data/seat_actors.tsv``): 'Brussels' as an actor of
relations, deals, demands and rulings ('talks with Brussels', 'Brussels fined the company', 'pressure from
Brussels', 'Brussels' demands') is the European Union, not Belgium. The mention is renamed to the organisation
when its city is the subject of an active verb, the owner of a noun, the object of 'with'/'against'/'between',
or the object of 'from'/'to' hung on an event noun of the lexicon ('a request to Brussels', not 'trips to
Brussels'); a coordinated name takes the position of the name it is joined to ('talks between London and
Brussels'). Elsewhere ('a summit in Brussels', 'flew to Brussels', 'Brussels police') it stays a place.

A capital in the same 'from' position on an event noun ('pressure from Washington', 'demands from Moscow'), or
addressed by a verb of addressing ('protested to Jakarta'), or in the 'from'/'to' phrase of a word that asks or
addresses a counterpart, or of its object ('demanded an explanation from Washington', 'voiced concern to Moscow':
``data/counterpart_preps.tsv``), is its state acting, not a place (``state_party``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract import event_agency, places
from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import lexicon, read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: dependencies of an actor standing on its own ('Brussels warned', "Brussels' demands")
ACTOR_DEPS = {"nsubj", "poss"}
#: prepositions whose object is a party to relations ('talks with', 'a case against', 'a deal between')
PARTY_PREPS = {"with", "against", "between"}
#: prepositions whose object is a party only when they hang on an event noun ('pressure from', 'a request to')
EVENT_NOUN_PREPS = {"from", "to"}
#: the class of object nouns (``data/trigger_objects.tsv``) that name a demand made of someone ('pressure')
DEMAND_CLASS = "@demand"


@cache
def seats() -> dict[str, str]:
    """City name (folded) -> the organisation it stands for as an actor."""
    return {r["city"].lower(): r["actor"] for r in read_tsv("seat_actors.tsv")}


def _acts_as_party(tok: Token) -> bool:
    """``tok`` (the head of a city name) stands in an actor's position of its clause."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ACTOR_DEPS:
        return tok.dep_ == "poss" or tok.head.pos_ in {"VERB", "AUX"} and tok.head.lemma_ != "be"
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in PARTY_PREPS:
        return True
    return prep.lower_ in EVENT_NOUN_PREPS and _event_noun(prep.head)


def _event_noun(head: Token) -> bool:
    """An event noun of the lexicon or a noun of demands ('pressure', 'an ultimatum': ``@demand`` of
    ``data/trigger_objects.tsv``), also when the parser took it for an infinitive with no object of its own
    ('yielded to pressure from Washington' parsed as 'to pressure')."""
    if lemma(head) not in lexicon().nouns and DEMAND_CLASS not in lexicon().classes.get(lemma(head), ()):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    objectless = not any(c.dep_ in {"dobj", "obj", "nsubj", "ccomp", "xcomp"} for c in head.children)
    return head.pos_ == "NOUN" or (head.pos_ == "VERB" and infinitive and objectless)


def rename_seat_actors(doc: Doc, mentions: list[dict]) -> None:
    """Rename in place the city mentions of ``seats()`` that stand in an actor's position to the organisation."""
    table = seats()
    for m in mentions:
        actor = table.get(m["surface"].lower())
        if actor is None or m["label"] != "GPE":
            continue
        span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        if span is None or not _acts_as_party(span.root):
            continue
        m.update(label="ORG", name=actor, country_iso3=None, kind=None, geonameid=None, context_country=None)


def state_party(tok: Token, surface: str) -> bool:
    """``tok`` (the head of the name ``surface``) is a capital standing for its state: the object of 'from' on an
    event noun ('pressure from Washington') or of 'to' after a verb of addressing ('protested to Jakarta')."""
    if tok.dep_ != "pobj":
        return False
    prep, head = tok.head, tok.head.head
    if prep.lower_ == "to" and lemma(head) in event_agency.vocab()["address_verbs"]:
        return True
    pressing = prep.lower_ == "from" and _event_noun(head)
    return (pressing or _counterpart_phrase(prep)) and bool(places.capital_iso3(surface))


@cache
def counterpart_preps() -> frozenset[tuple[str, str]]:
    """(preposition, lemma) pairs whose object is the counterpart asked or addressed
    (``data/counterpart_preps.tsv``)."""
    return frozenset((r["prep"], r["word"]) for r in read_tsv("counterpart_preps.tsv"))


def _counterpart_phrase(prep: Token) -> bool:
    """``prep`` hangs on a word of ``counterpart_preps`` or on that word's object ('demanded an explanation from
    Washington', 'voiced concern to Moscow')."""
    head = prep.head
    holders = [head] + ([head.head] if head.dep_ in {"dobj", "obj"} else [])
    return any((prep.lower_, lemma(h)) in counterpart_preps() for h in holders)
