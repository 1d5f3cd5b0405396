"""The place an attack hit, named as its object ('shelled Vello', 'a strike on the port of Vello', 'an offensive
to retake Vello'): where the attack happened, before a place its clause names otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_places import AREA_WORDS, SETTLEMENT_NOUNS, STRUCK_TYPES
from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import lexicon
from sitrep.extract.party_homes import parties_home
from sitrep.extract.place_holders import city_part
from sitrep.extract.unknown_places import written_place

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions that name what an attack hit ('drones at Vello', 'strikes on Vello', 'fired into Vello')
STRUCK_PREPS = frozenset({"on", "at", "against", "into", "in"})
#: area nouns whose 'of X' names the place hit ('the province of X'), beside the settlement nouns
STRUCK_AREA_NOUNS = frozenset({"town", "village", "region", "province"})


def struck_place(
    ctx: EventContext, trig: Token, etype: str, around: dict | None = None, parts: list[dict] | None = None
) -> dict | None:
    """The city or region an attack hit, named as its object: 'shelled Vello', 'a strike on Vello', 'hit the
    port city of Vello', 'launched an offensive to retake Vello'. A proper name the gazetteer knows counts even
    when the tagger missed the place (small models often tag a foreign city as a person). A settlement the
    gazetteer does not know ('struck the village of Kfar Tala', 'shelled Kfar Tala') is kept as written in the
    country of ``around`` (the event's other place), else of the discourse or the dateline, else of the one country
    the attack's ``parts`` belong to ('Libyan troops retook the port of Ras Lanuf'). None for other events or when
    no object is a place."""
    if etype not in STRUCK_TYPES:
        return None
    events = [trig] + [c for c in trig.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]  # 'launched strikes'
    heads = [c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"}]
    heads += [
        p for e in events for c in e.children if c.dep_ == "prep" and c.lower_ in STRUCK_PREPS for p in c.children
    ]
    heads += [o for p in _purposes(events) for o in p.children if o.dep_ == "dobj"]  # '... to retake Vello'
    heads += [
        p
        for h in heads
        if _holding_noun(h)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]  # 'regained control [of the ports of Vello]'
    areas, unknown = [], []
    for head in heads:
        if city := _the_city_named_before(ctx, head):
            return city
        for tok in _named_place_tokens(head):
            place = _named_place(ctx, tok)
            if place and place["level"] == "city":
                return place
            areas += [place] if place and place["level"] == "region" else []
            unknown += [tok] if place is None and _settlement_name(ctx, tok) else []
        areas += [area] if (area := _area_phrase(ctx, head)) else []
    return _unknown_settlement(ctx, unknown, areas[0] if areas else around, parts) or (areas[0] if areas else None)


#: the words a definite possessor of a site stands for a city with ('stormed [the city's] airport')
CITY_WORDS = frozenset({"city", "town"})


def _the_city_named_before(ctx: EventContext, head: Token) -> dict | None:
    """'closing in on western Vello, troops stormed the city's airport': a site whose possessor is 'the city' or
    'the town' lies in the city the sentence names before it, else in the city the discourse placed its story in."""
    poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ in CITY_WORDS]
    if not poss or not any(d.lower_ == "the" for d in poss[0].children):
        return None
    sent = head.sent
    named = [
        p
        for m in ctx.mentions
        if m["label"] in {"GPE", "LOC"} and sent.start_char <= m["start_char"] < poss[0].idx
        for p in [ctx.place_for(m["surface"])]
        if p and p["level"] == "city"
    ]
    if named:
        return named[-1]
    last = ctx.last_place
    return last if last and last.get("level") == "city" else None


#: entity labels of a name an attack hit that is a place though the gazetteer does not know it
SETTLEMENT_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _settlement_name(ctx: EventContext, tok: Token) -> bool:
    """A name hit by an attack that is a settlement: the X of 'the village of X' (however the tagger read it), or
    a name tagged as a place."""
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if holder is not None and (holder.lemma_ or holder.lower_).lower() in SETTLEMENT_NOUNS | STRUCK_AREA_NOUNS:
        return True
    m = ctx.mention_of(tok)
    return m is not None and m["label"] in SETTLEMENT_LABELS and not m["surface"].isupper()


def _unknown_settlement(
    ctx: EventContext, toks: list[Token], around: dict | None, parts: list[dict] | None = None
) -> dict | None:
    """The first unknown settlement hit, as written, in the country the event is otherwise placed in, else in the
    one country of its parties (the story names several, or none)."""
    if not toks:
        return None
    m = ctx.mention_of(toks[0])
    written = m["surface"] if m else " ".join(t.text for t in toks[0].subtree if t.dep_ == "compound" or t == toks[0])
    return written_place(ctx, written, around) or written_place(ctx, written, parties_home(ctx, parts))


def _named_place(ctx: EventContext, tok: Token) -> dict | None:
    """The place a proper name hit by an attack names (a city, a region or a country), else None."""
    m = ctx.mention_of(tok)
    if m and m["label"] in {"NORP", "ORG"}:
        return None
    surface = m["surface"] if m else " ".join(t.text for t in tok.subtree if t.dep_ == "compound" or t == tok)
    place = ctx.place_for(surface)
    if place is None and not (m and m["label"] == "PERSON"):
        place = places.resolve_place(surface)  # hit by an attack: a place by its syntax, even abroad
    return place


def _area_phrase(ctx: EventContext, head: Token) -> dict | None:
    """'shelled [the Donetsk region]', 'struck [Idlib province]': an area word with a name before it is that
    region of the name's country, keeping the phrase as written; not the namesake city the name alone is."""
    if (head.lemma_ or head.lower_).lower() not in AREA_WORDS:
        return None
    names = [c for c in head.lefts if c.dep_ == "compound" and _name_like(c)]
    if not names:
        return None
    written = " ".join(t.text for t in head.doc[names[0].i : head.i + 1])
    place = ctx.place_for(written) or ctx.place_for(" ".join(t.text for t in names))
    if not place or not place["location_country_iso3"]:
        return None
    return {**places.country_place(place["location_country_iso3"]), "level": "region", "written": written}


def _purposes(events: list[Token]) -> list[Token]:
    """The clauses of an attack's purpose ('launched an offensive [to retake Vello]'): what they take is what it
    struck."""
    return [c for e in events for c in e.children if c.dep_ in PURPOSE_DEPS and any(g.lower_ == "to" for g in c.lefts)]


#: dependencies of a clause of purpose on the attack it tells the aim of
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})


#: classes of ``data/trigger_objects.tsv`` whose nouns are sites a force takes or hits: a name compounded with one
#: ('stormed Vello airport', 'the Vello air base') is where the site is, so where the act happened
SITE_CLASSES = frozenset({"@territory", "@strongholds"})
#: the class of nouns of holding a place ('seized control of X'): their 'of X' is what the act took
HOLDING_CLASS = "@holding"
#: prepositions that locate a site themselves ('the Vello air base in northern Ruritania'): no compound name then
SITE_LOCATIVE_PREPS = frozenset({"in", "near", "outside", "inside"})


def _classes(tok: Token) -> tuple[str, ...]:
    return lexicon().classes.get((tok.lemma_ or tok.lower_).lower(), ()) if tok.pos_ == "NOUN" else ()


def _holding_noun(head: Token) -> bool:
    return HOLDING_CLASS in _classes(head)


def _site_names(head: Token) -> list[Token]:
    """The proper names compounded with a site noun ('Vello airport', 'the Vello air base'), unless a phrase of
    the site's own places it ('the Vello air base in northern Ruritania': a base named after somewhere else)."""
    if not SITE_CLASSES & set(_classes(head)) or lemma(head) in AREA_WORDS | SETTLEMENT_NOUNS | STRUCK_AREA_NOUNS:
        return []  # 'the Vello region' is an area of its own (``_area_phrase``), not a site named after Vello
    if any(c.dep_ == "prep" and c.lower_ in SITE_LOCATIVE_PREPS for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]


def _named_place_tokens(head: Token) -> list[Token]:
    """The proper-name heads under an attack's object: the object itself, the X of 'the city of X', or the name a
    site is called by ('Vello airport')."""
    out = [head] if _name_like(head) else _site_names(head)
    noun = (head.lemma_ or head.lower_).lower() if head.pos_ == "NOUN" else head.lower_  # 'the ports of X and Y'
    if noun in SETTLEMENT_NOUNS or noun in STRUCK_AREA_NOUNS or city_part(head):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out += [p for p in prep.children if _name_like(p)]
    return out


def _name_like(tok: Token) -> bool:
    """A proper name, or a capitalised word the tagger read as a noun ('Vello was hit', sentence-initial)."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper())
