"""The place of an event: the most specific place tied to the trigger's clause, else the discourse's place
or the dateline city (which place mentions are locations rather than acting states: ``place_roles``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract import government_seats, places
from sitrep.extract.abroad_venues import venue_abroad
from sitrep.extract.content_clauses import told_by_noun
from sitrep.extract.described_places import describes_participant, posting_tokens
from sitrep.extract.doc_text import span_text
from sitrep.extract.event_arg_places import deployment_origin
from sitrep.extract.event_arg_words import VENUE_NOUNS
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_hosts import host_country
from sitrep.extract.event_lexicon import NOUNS
from sitrep.extract.event_syntax import PLACE_LABELS, clause_head, clause_tokens, lemma, verb_base
from sitrep.extract.fronted_areas import misplaced_area
from sitrep.extract.happening_phrases import cause_tokens, time_adjunct, within_other_happening
from sitrep.extract.owner_states import owner_state
from sitrep.extract.place_holders import (
    ACTED_ON_TYPES,
    city_part,
    compass_part,
    edge_part,
    on_acted_object,
    place_word,
)
from sitrep.extract.place_hows import told
from sitrep.extract.sea_places import AT_SEA, DEPLOYMENT_TYPES, sea_destination
from sitrep.extract.speaker_venues import speaker_venue
from sitrep.extract.unknown_places import written_place

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: a capital described by its country ('the Peruvian capital', "Chile's capital"): resolved as a whole
_CAPITAL = re.compile(r"\b(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:'s|’s)?\s+capital\b")
#: a capital named after the word ('the capital, Quito', 'the capital Quito')
_CITY_OF = re.compile(r"\bcapital,?\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")


#: speech acts: what is demanded, threatened or denied may name a place that is not where it was said
SPEECH_PLACE_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
#: dependents of a speech act that hold its content ('demanded [the release of X in Y]', 'warned [that ...]')
CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})
#: prepositions whose object is what a speech act is about ('condemned X [for the raid on Y]', 'called [for a
#: truce in Y]', 'protested [over the arrests in Y]'): no place where it was said. Not 'of': an 'of' phrase
#: that is not a clause ('accused X of abuses'): tried, it dropped more right places than wrong ones
CONTENT_PREPS = frozenset({"for", "over"})
#: verbs of motion (and of receiving a guest: "welcomed X to Y"): "to X" names where they happen
MOTION_VERBS = {"visit", "arrive", "travel", "tour", "land", "welcome"}
#: nouns of motion ('a visit to X', 'the trip to X')
MOTION_NOUNS = {"visit", "visits", "trip", "tour"}

#: prepositions before a place used as a location ('in X', 'near X', 'inside X', 'the city of X')
PLACE_PREPS = {"in", "at", "to", "into", "of", "near", "outside", "inside", "on"}
#: of those, the ones of direction: a location only for motion ('travelled to X', 'a visit to X')
DIRECTION_PREPS = {"to", "into"}
#: prepositions whose untagged proper-name object is where the event happened ('met in Tiraspol')
UNTAGGED_PLACE_PREPS = {"in", "at"}
#: nouns of a journey whose 'to X' is where it goes
JOURNEY_NOUNS = {"visit", "visits", "trip", "tour", "journey", "way"}
#: nouns whose 'of X' names a place ('the city of X', 'the port of X', 'the towns of X and Y'), by lemma
SETTLEMENT_NOUNS = {"city", "capital", "town", "port", "village"}
#: word stems of verbs whose object is the place visited ('visited X', 'toured X')
VISIT_STEMS = ("visit", "tour")


def _content_tokens(trig: Token) -> set[int]:
    """Token ids of a speech act's content: the subtrees of its objects and complement clauses, of a preposition
    that introduces a clause ('accused X [of shelling villages near Y]') and of one that names its matter."""
    heads = {trig, clause_head(trig)}
    held = [
        c
        for h in heads
        for c in h.children
        if c.dep_ in CONTENT_DEPS
        or (c.dep_ == "prep" and (c.lower_ in CONTENT_PREPS or any(g.dep_ == "pcomp" for g in c.children)))
    ]
    return {t.i for c in held for t in c.subtree}


#: measures a state takes at home: a place they are taken from ('withdrew its diplomats from [its embassy in
#: X]', 'recalled its envoy from X', 'banned imports from X') is not where they were decided
MEASURE_PLACE_TYPES = frozenset({"SANCTION"})
#: the preposition of what a measure takes people or goods away from
ORIGIN_PREPS = frozenset({"from"})
#: prepositions of the state a measure is laid on ('sanctions on X', 'an embargo against X'): a target, no place
LAID_ON_PREPS = frozenset({"on", "against"})


def _origin_tokens(trig: Token, obj: Token | None) -> set[int]:
    """Token ids of the 'from' phrases of a measure's verb and of its object ('withdrew [four diplomats] [from
    the mission in X]', 'a ban on imports [from X]'), and the state it is laid on ('imposed sanctions on [X]')."""
    heads = [trig, clause_head(trig)] + ([obj] if obj is not None else [])
    heads += [c for h in list(heads) for c in h.children if c.dep_ in {"dobj", "pobj"}]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    laid_on = {p.i for c in preps if c.lower_ in LAID_ON_PREPS for p in c.children if p.dep_ == "pobj"}
    return laid_on | {t.i for c in preps if c.lower_ in ORIGIN_PREPS for t in c.subtree}


def event_place(
    ctx: EventContext, trig: Token, sent: Span, participant_idx: set[int], etype: str = "", obj: Token | None = None
) -> tuple[dict | None, str]:
    """(place, source): the most specific place tied to the trigger's clause ("sentence"), else the
    previous event's place ("discourse") or the dateline city ("dateline"). For a speech act, a place inside
    what was said ('threatened force to restore order in X') is not where it was said. ``obj``: the event noun a
    light verb governs ('carried out strikes inside X': the place of the strikes). A place known only as a
    country or a region takes the name of a town the clause names as where it happened that the gazetteer does
    not know ('missiles hit worshippers in Sirwa'): reports name small places no gazetteer lists."""
    if sea := sea_destination(ctx, trig, sent, etype):
        return told(ctx, sea, AT_SEA, "sea")  # 'sent two warships to the Black Sea': at sea, in no country
    content = _content_tokens(trig) if etype in SPEECH_PLACE_TYPES else set()
    if etype in MEASURE_PLACE_TYPES:
        content |= _origin_tokens(trig, obj) | cause_tokens(trig, clause_head(trig)) | posting_tokens(trig, obj)
    if etype in DEPLOYMENT_TYPES:  # 'launched from its base in X': where the forces leave from
        content |= deployment_origin(trig)
    # a deployment goes where its 'to X' says ('deployed troops to X'), as a journey does
    motion = verb_base(trig) in MOTION_VERBS or trig.lower_ in MOTION_NOUNS or etype in DEPLOYMENT_TYPES
    place, source = _stated_place(ctx, trig, sent, participant_idx, etype, obj, content, motion)
    if source != "sentence" and (venue := speaker_venue(ctx, trig, etype)):
        return told(ctx, venue, "sentence", "speaker_venue")  # 'X lambasted Y. "...," X said while speaking in Z'
    if place and place.get("latitude") is None and source != "dateline":
        town = _unknown_town(ctx, trig, sent, participant_idx, content, motion, UNKNOWN_PLACE_LABELS)
        how = str(ctx.memo.get("place_how")) + "+town" * bool(town)
        return told(ctx, {**place, "written": town} if town else place, source, how)
    if place and source == "sentence":
        return place, source
    town = _unknown_town(ctx, trig, sent, participant_idx, content, motion, UNKNOWN_TOWN_LABELS)
    if town and (written := written_place(ctx, town, place)):
        return told(ctx, written, "sentence", "unknown_town")  # 'clashes in X' told after 'Y - ...': X, in that country
    return place, source


#: labels of a name the gazetteer does not know that the clause places its act in, within a known country
UNKNOWN_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: ... and of one that places it where nothing else in the sentence does: a town (not a sea, a range, a building)
UNKNOWN_TOWN_LABELS = frozenset({"GPE"})


def _unknown_town(
    ctx: EventContext,
    trig: Token,
    sent: Span,
    participant_idx: set[int],
    content: set[int],
    motion: bool,
    labels: frozenset[str],
) -> str | None:
    """The nearest place name tied to the trigger as where it happened ('in Sirwa', 'at Ouadi Doum') that the
    gazetteer knows neither as a city, a region nor a country."""
    clause = clause_head(trig)
    best: tuple[int, str] | None = None
    for m in ctx.mentions:
        if m["label"] not in labels or not (sent.start_char <= m["start_char"] < sent.end_char):
            continue
        if m["idx"] in participant_idx or m["surface"].isupper() or m["idx"] in ctx.reference_idx:
            continue  # an actor, a dateline ('KABUL -'), or where a distance is measured from
        span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        if span is None or span.root.i in content or not _is_locative(span, motion):
            continue
        if not _tied_to(span.root, trig, clause) or ctx.place_for(m["surface"]) or _known(m["surface"]):
            continue  # (a known city abroad that the story does not place its acts in is no unknown town)
        if within_other_happening(span.root, {trig, clause}):
            continue
        dist = abs(m["start_char"] - trig.idx)
        if best is None or dist < best[0]:
            best = (dist, m["surface"])
    return best[1] if best else None


def _known(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a city or a region anywhere."""
    return bool(places.resolve_place(name) or places.region_place(name))


def _stated_place(
    ctx: EventContext,
    trig: Token,
    sent: Span,
    participant_idx: set[int],
    etype: str,
    obj: Token | None,
    content: set[int],
    motion: bool,
) -> tuple[dict | None, str]:
    """(place, source) from the places the sentence ties to the trigger, else the discourse's or the dateline's."""
    wide = etype in STRUCK_TYPES
    cands = _clause_places(ctx, trig, sent, participant_idx, motion, content, obj, wide, etype in ACTED_ON_TYPES)
    capitals = _capital_phrases(trig, sent) or _bare_capital(ctx, trig, sent)
    cands, how = cands + capitals, "clause" if cands else "capital"
    if not cands:
        how, cands = next(((way, c) for way, find in PLACE_FINDERS if (c := find(ctx, trig, content))), ("", []))
    if not cands and motion:
        cands, how = _places_right_after(ctx, trig, sent), "after_motion"
    if not cands and (home := host_country(ctx, trig, etype)):
        if ctx.last_place and ctx.last_place["location_country_iso3"] == home["location_country_iso3"]:
            return told(ctx, ctx.last_place, "discourse", "host_discourse")  # 'X flew to Lima. Y received X there'
        return told(ctx, _city_in_country(ctx, home) or home, "sentence", "host")
    if cands:
        best = min(cands, key=lambda c: (c[0], c[1]))[2]
        if best["level"] == "country" and (city := _city_in_country(ctx, best)):
            return told(ctx, city, "sentence", how + "+city_of_country")
        return told(ctx, best, "sentence", how)
    if ctx.last_place:
        return told(ctx, ctx.last_place, "discourse", "discourse")
    return told(ctx, ctx.dateline, "dateline", "dateline")


def _clause_places(
    ctx: EventContext,
    trig: Token,
    sent: Span,
    participant_idx: set[int],
    motion: bool,
    content: set[int],
    obj: Token | None = None,
    wide: bool = False,
    on_object: bool = False,
) -> list[tuple[int, int, dict]]:
    """(level rank, distance, place) of the place mentions used as locations in the trigger's clause: those
    tied to the trigger, else cities of the clause the parse hung on another noun; none inside ``content``.
    ``wide`` (attacks): the clauses of the operation the trigger governs count as its clause ('killed 300 and
    captured 40 in fighting near the base in northern X', 'killed 300 in routing a column to take the base in X').
    ``on_object`` (acts done to their object): a place on the object places the act ('bombed positions in X')."""
    clause = clause_head(trig)
    clause_toks = clause_tokens(trig) | ({t.i for t in trig.subtree} if trig.pos_ in {"NOUN", "PROPN"} else set())
    if time_adjunct(trig):
        clause_toks = {t.i for t in trig.subtree}  # 'Ahead of the summit, X spoke in Y': Y is not the summit's
    if wide:
        clause_toks |= _operation_tokens(trig)
    cands: list[tuple[int, int, dict]] = []
    loose: list[tuple[int, int, dict]] = []
    own = _noun_own_tokens(trig)
    for m in ctx.mentions:
        if m["label"] not in PLACE_LABELS | {"ORG"} or not (sent.start_char <= m["start_char"] < sent.end_char):
            continue
        if m["idx"] in participant_idx and m["label"] != "GPE":
            continue
        span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        if span is not None and m["idx"] in ctx.reference_idx:  # '(a village) 30 km north of X': not in X
            if span.root.i in clause_toks and (found := ctx.place_for(m["surface"])):
                loose.append((1, abs(m["start_char"] - trig.idx), places.country_place(found["location_country_iso3"])))
            continue  # ... in X's country
        if span is None or not _is_locative(span, motion) or span.root.i in content:
            continue
        if span.root.i not in clause_toks and (
            abs(span.root.i - trig.i) > 4 or clause.dep_ == "ccomp" or told_by_noun(clause)
        ):
            continue  # near the trigger but outside its clause: not where a reported act happened ('said in X that')
        if within_other_happening(span.root, {trig, clause}):
            continue  # 'ordered ships east in response to an attack on X': the attack's place
        found = ctx.place_for(m["surface"])
        place = _area_of(
            span, venue_abroad(span, found, trig, obj) if m["label"] == "GPE" else found, ctx.doc_countries
        )
        if not place or owner_state(span, found):
            continue  # ('tariffs on US goods': whose the goods are, not where the act is)
        if place["level"] == "country" and compass_part(span):
            place = {**place, "level": "region"}  # 'in northern X': no city of X the article names elsewhere
        if _tied_to(span.root, trig, clause, obj) or (on_object and on_acted_object(span.root, trig, clause)):
            rank = (place["level"] != "city") + 2 * (span.root.i not in own)
            cands.append((rank, abs(m["start_char"] - trig.idx), place))
        elif found and place["level"] == "city" and span.root.i in clause_toks:
            # 'signed a memorandum on grain exports in Istanbul': a city the context knows is rarely a topic's modifier
            loose.append((0, abs(m["start_char"] - trig.idx), place))
    return cands or loose


#: words after a name that make it an area, not its namesake town ('western Marib province', 'Idlib governorate')
AREA_WORDS = frozenset({"province", "region", "district", "governorate", "state", "county"})


def _area_of(span: Span, place: dict | None, named: set[str]) -> dict | None:
    """A city place read as the area the text names by a following area word ('in Marib province'): that
    area's country, keeping the name as written; other places unchanged. ``named``: the countries the article
    names (``fronted_areas``)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if not place or place["level"] != "city" or after is None or after.lower_ not in AREA_WORDS:
        return place
    if misplaced_area(after.lower_, place["location_country_iso3"], named):
        return None  # 'a Douglas County court' in a US story: no county of Ireland, which writes 'County X'
    return {**places.country_place(place["location_country_iso3"]), "level": "region", "written": span.text}


def _noun_own_tokens(trig: Token) -> set[int]:
    """Token ids of an event noun's own phrase ('a summit [between X and Y in Florida]'): a place there is the
    happening's own, before one of the clause it is told in ('Z was in Beijing to prepare a summit in Florida').
    For a verb: every token (no preference)."""
    if trig.pos_ not in {"NOUN", "PROPN"}:
        return set(range(len(trig.doc)))
    return {t.i for t in trig.subtree}


#: dependents that tell another happening than the operation's ('rebels [who fled to X]', 'said [that ...]')
OTHER_HAPPENING_DEPS = frozenset({"relcl", "ccomp", "acl", "parataxis", "appos", "advcl"})
#: ... except an adverbial clause of the operation's purpose ('to take the base') or manner ('routing a column')
OPERATION_CLAUSE_MARKS = frozenset({"to"})


def _operation_tokens(trig: Token) -> set[int]:
    """Token ids of the operation an attack trigger governs: its subtree with the verbs conjoined to it that
    share its subject ('killed 300 [and captured 40 in ...]'), and its clauses of purpose and manner, without
    relative, reported or other adverbial clauses (other happenings, other moments: 'after they fled to X')."""
    keep: set[int] = set()
    stack = [trig]
    while stack:
        t = stack.pop()
        keep.add(t.i)
        for c in t.children:
            if c.dep_ == "conj" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
                continue
            if c.dep_ in OTHER_HAPPENING_DEPS and not any(
                g.dep_ == "aux" and g.lower_ in OPERATION_CLAUSE_MARKS for g in c.children
            ):
                continue
            stack.append(c)
    return keep


#: entity labels of a place name the tagger missed: none, or a person (small models often tag a foreign town so)
MISSED_PLACE_LABELS = frozenset({"", "PERSON"})


def _untagged_places(ctx: EventContext, trig: Token) -> list[tuple[int, int, dict]]:
    """A proper name the NER left untagged (or tagged as a person) in the trigger's own 'in' / 'at' phrase ('met
    in Tiraspol'), or in that of its object ('deployed drones at Sidi Barrani'), when the gazetteer knows it as a
    city or a country; else a name tagged as a person there that the gazetteer does not know, as written in the
    story's country ('clashed with police in Kafr Hamra': small models tag many foreign towns as persons, and a
    person is not what an act happens in)."""
    out, unknown = [], []
    heads = [trig] + [c for c in trig.children if c.dep_ == "dobj"]
    for prep in [c for h in heads for c in h.children]:
        if prep.dep_ != "prep" or prep.lower_ not in UNTAGGED_PLACE_PREPS:
            continue
        for p in prep.children:
            if p.dep_ != "pobj" or p.pos_ != "PROPN" or p.ent_type_ not in MISSED_PLACE_LABELS:
                continue
            words = [c for c in p.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [p]
            name = " ".join(t.text for t in words)
            place = ctx.place_for(name)
            if place and place.get("level") in {"city", "country"}:
                out.append((place["level"] != "city", abs(p.idx - trig.idx), place))
            elif (
                place is None
                and (m := ctx.mention_of(p))
                and m["label"] == "PERSON"
                and (written := written_place(ctx, m["surface"]))
            ):
                unknown.append((1, abs(p.idx - trig.idx), written))
    return out or unknown


#: prepositions of a setting clause's place ('speaking in X', 'standing at X')
SETTING_PREPS = frozenset({"in", "at"})
#: how the parser hangs the city written after a venue's name ('at Stormont House, Belfast'): the venue's city
VENUE_CITY_DEPS = frozenset({"conj", "appos", "npadvmod"})


def _setting_places(ctx: EventContext, trig: Token, content: set[int]) -> list[tuple[int, int, dict]]:
    """The place of a participle clause that sets the scene before the trigger's clause ('Speaking in Oslo, the
    envoy urged ...', 'Addressing troops at Kandahar, he warned ...'): it has no subject of its own, so it tells
    where its subject did what the main clause says. Only a clause before the verb: one after it ('..., prompting
    protests in X') tells of a consequence, elsewhere."""
    clause = clause_head(trig)
    out = []
    for setting in clause.children:
        if setting.dep_ != "advcl" or setting.tag_ != "VBG" or setting.i > clause.i or setting.i in content:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in setting.children):
            continue
        for prep in setting.subtree:  # 'speaking [in X]', 'addressing reporters [in X]'
            if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS or clause_head(prep.head) != setting:
                continue
            for obj in (p for p in prep.children if p.dep_ == "pobj"):
                # a venue's name the gazetteer does not know: the city written after it ('at Stormont House, Belfast')
                for p in [obj] if _named_place(ctx, obj) else [c for c in obj.children if c.dep_ in VENUE_CITY_DEPS]:
                    if place := _named_place(ctx, p):
                        out.append((place["level"] != "city", abs(p.idx - trig.idx), place))
    return out


def _named_place(ctx: EventContext, tok: Token) -> dict | None:
    m = ctx.mention_of(tok)
    return ctx.place_for(m["surface"]) if m and m["label"] in PLACE_LABELS | {"ORG"} else None


def _capital_phrases(trig: Token, sent: Span) -> list[tuple[int, int, dict]]:
    """Places written as 'the Ruritanian capital' or 'the capital, Springfield' anywhere in the sentence."""
    out = []
    for rx in (_CAPITAL, _CITY_OF):
        for mm in rx.finditer(span_text(sent)):
            place = places.resolve_place(mm.group(0)) if rx is _CAPITAL else places.resolve_place(mm.group(1))
            if place:
                out.append((place["level"] != "city", abs(sent.start_char + mm.start() - trig.idx), place))
    return out


#: words before 'capital' that keep it bare: the capital of the country the story is about ('the country's capital')
BARE_CAPITAL_WORDS = frozenset({"the", "country", "nation", "'s", "’s"})


def _bare_capital(ctx: EventContext, trig: Token, sent: Span) -> list[tuple[int, int, dict]]:
    """'protested in the capital', 'clashes in the country's capital': the capital of the one country the
    sentence names (a name or a people: 'Ruritanian students'), else of the dateline's or the discourse's
    country. Only a 'capital' in the trigger's clause used as a location, with no name of its own after it."""
    clause_toks = clause_tokens(trig) | {t.i for t in trig.subtree}
    for tok in sent:
        if tok.lower_ != "capital" or tok.i not in clause_toks or tok.dep_ != "pobj":
            continue
        prep = tok.head
        of_part = prep.lower_ == "of" and city_part(prep.head)  # 'the centre of the capital'
        if prep.lower_ not in PLACE_PREPS - {"on", "of"} and not of_part:
            continue
        if any(c.dep_ in {"appos", "prep"} for c in tok.children):
            continue
        if any(c.dep_ in {"amod", "compound"} or c.lower_ not in BARE_CAPITAL_WORDS for c in tok.lefts):
            continue  # 'the Ruritanian capital' is read by _capital_phrases; 'a regional capital' is another city
        iso3 = _sentence_country(ctx, sent) or next(
            (p["location_country_iso3"] for p in (ctx.dateline, ctx.last_place) if p), None
        )
        place = places.capital_of(iso3) if iso3 else None
        return [(0, abs(tok.idx - trig.idx), place)] if place else []
    return []


def _sentence_country(ctx: EventContext, sent: Span) -> str | None:
    """The one country the sentence's place, people and title mentions name ('Ruritanian', 'the Ruritanian
    president')."""
    found = {
        places.country_cue(m["surface"]) if m["label"] in {"GPE", "NORP"} else m.get("country_iso3")
        for m in ctx.mentions
        if m["label"] in {"GPE", "NORP", "ROLE"} and sent.start_char <= m["start_char"] < sent.end_char
    } - {None}
    return found.pop() if len(found) == 1 else None


def _where_clause_place(ctx: EventContext, trig: Token) -> list[tuple[int, int, dict]]:
    """'... from Saint Petersburg, where Putin is meeting X', 'his remarks the day before in X, where he warned ...':
    the place the where-clause hangs off, or the place of that word's own 'in' / 'at' phrase."""
    clause = clause_head(trig)
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
        return []
    # the antecedent itself, else the place of its own 'in' / 'at' phrase ('the day before in X, where ...')
    heads = [clause.head] + [
        p for c in clause.head.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS for p in c.children
    ]
    for head in heads:
        m = ctx.mention_of(head)
        place = ctx.place_for(m["surface"]) if m and m["label"] in PLACE_LABELS else None
        if place:
            return [(place["level"] != "city", 0, place)]
    return []


#: prepositions of where a journey starts ('arrived from Lima', 'flew in from Quito'): the origin, not the venue
ORIGIN_PREPS = frozenset({"from"})


def _places_right_after(ctx: EventContext, trig: Token, sent: Span) -> list[tuple[int, int, dict]]:
    """Parser fallback for motion verbs: 'toured Lima, the Peruvian capital' parsed without an object. A place
    the journey starts from ('arrived from Lima') is no venue."""
    for t in sent[trig.i - sent.start + 1 : trig.i - sent.start + 5]:
        if t.lower_ in ORIGIN_PREPS:
            return []
        m = ctx.mention_of(t)
        if m and m["label"] in PLACE_LABELS:
            place = ctx.place_for(m["surface"])
            if place:
                return [(place["level"] != "city", 0, place)]
    return []


def _tied_to(tok: Token, trig: Token, clause: Token, obj: Token | None = None) -> bool:
    """True when the place hangs off the trigger, its clause verb, the event noun its light verb governs, or a
    venue noun under them — not off an unrelated noun ('the situation in Ukraine', 'the war in Ukraine')."""
    anc = [a for a in tok.ancestors]
    if (trig not in anc and clause not in anc and abs(tok.i - trig.i) > 4) or describes_participant(tok, trig):
        return False  # (not a place in what a relative clause says of a party: 'militants who are based in X')
    cur = place_word(tok)  # 'the town of X': the town
    if cur.dep_ != "pobj":
        return True
    holder = cur.head.head  # the word the preposition attaches to
    return (
        holder in (trig, clause)
        or _subject_of(holder, trig, clause)
        or (obj is not None and holder == obj)
        or holder.pos_ in {"VERB", "AUX", "PROPN"}
        or holder.lower_ in VENUE_NOUNS
        or holder.lower_ in NOUNS
        or _circumstance(holder, trig, clause)
    )


#: prepositions of the happening an act took place in ('killed ten [in fighting near X]', 'shot two [during a raid
#: in Y]', 'arrested 80 [amid protests in Z]')
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "amid", "amidst"})


def _circumstance(holder: Token, trig: Token, clause: Token) -> bool:
    """The noun a place hangs on tells the happening the trigger's act took place in: the object of the trigger's
    own 'in' / 'during' / 'amid' phrase ('killed ten in [fighting] near X'), not a matter or a cause ('in response
    to the attack on X'). A lasting situation ('amid the war in X') is no such happening."""
    return (
        holder.dep_ == "pobj"
        and holder.head.lower_ in CIRCUMSTANCE_PREPS
        and holder.head.head in (trig, clause)
        and holder.lemma_.lower() not in SITUATION_NOUNS
    )


#: prepositions whose object, on the subject of the trigger, places the subject where it acts ('a strike in X
#: killed ...', 'protesters in X burned ...'); not 'of' or 'to' ('the leader of X', 'the envoy to X')
SUBJECT_PLACE_PREPS = frozenset({"in", "at", "inside", "near", "outside"})
#: subjects that name a lasting situation, not one act: 'the war in X forced Y to ...' did not happen in X
SITUATION_NOUNS = frozenset({"war", "conflict", "crisis", "situation", "unrest", "turmoil", "tension", "tensions"})


def _subject_of(holder: Token, trig: Token, clause: Token) -> bool:
    """The word a place phrase hangs on is the subject of the trigger's verb: what it names acted there ('An
    airstrike in X killed three soldiers', 'Clashes near X left five dead', 'Crowds in X marched'). Dwellers of
    a place act there ('Residents of X protested', 'Hundreds of villagers of X attacked ...')."""
    preps = SUBJECT_PLACE_PREPS | ({"of"} if lemma(holder) in DWELLER_NOUNS else set())
    prep = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ in preps), None)
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and lemma(holder) in DWELLER_NOUNS:
        holder = holder.head.head  # 'hundreds of residents of X'
    return (
        prep is not None
        and holder.dep_ in {"nsubj", "nsubjpass"}
        and holder.head in (trig, clause)
        and holder.lemma_.lower() not in SITUATION_NOUNS
    )


#: people named after the place they live in: 'residents of X' act in X (not 'citizens of X': nationals abroad)
DWELLER_NOUNS = frozenset({"resident", "villager", "inhabitant", "townspeople", "townsfolk", "dweller"})


def _city_in_country(ctx: EventContext, country: dict) -> dict | None:
    """A country-only place made specific: the discourse or dateline city in that country, else the one
    city of that country the article names."""
    iso3 = country["location_country_iso3"]
    for place in (ctx.last_place, ctx.dateline):
        if place and place["level"] == "city" and place["location_country_iso3"] == iso3:
            return place
    cities = {c["location_name"]: c for c in ctx.doc_cities if c["location_country_iso3"] == iso3}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _is_locative(span: Span, motion: bool = True) -> bool:
    """A place mention used as a location (in/at/to X, city of X), not as an actor or modifier;
    'to X' counts only for motion triggers (visit/travel), not for 'a letter addressed to Ruritania'."""
    root = span.root
    cur = root
    for _ in range(3):
        if cur.dep_ == "pobj" and cur.head.lower_ in PLACE_PREPS:
            if cur.head.lower_ in DIRECTION_PREPS:
                return motion or cur.head.head.lower_ in JOURNEY_NOUNS
            holder = cur.head.head  # 'the city of X', 'the ports of X and Y', 'residents of X'
            if cur.head.lower_ == "of" and edge_part(holder):
                cur = holder  # 'to the coast of X': as the coast is used
                continue
            return cur.head.lower_ != "of" or lemma(holder) in SETTLEMENT_NOUNS | DWELLER_NOUNS or city_part(holder)
        if cur.dep_ in {"appos", "conj", "npadvmod", "compound"}:
            cur = cur.head
            continue
        return bool(cur.dep_ == "dobj" and cur.head.lower_.startswith(VISIT_STEMS))
    return False


def host_capital(ctx: EventContext, place: dict | None, etype: str, parts: list[dict]) -> dict | None:
    """'landed in Cuba, where he met Raúl Castro': a meeting of named persons placed only in a country is
    placed at its seat of government (where official meetings are held) when the article names no city there."""
    if not place or place.get("level") != "country" or etype != "CONSULT":
        return place
    iso3 = place["location_country_iso3"]
    if sum(p["mention"]["label"] == "PERSON" for p in parts) < 2:
        return place
    if any(c["location_country_iso3"] == iso3 for c in ctx.doc_cities):
        return place
    return government_seats.seat_of_government(iso3) or place


#: attacks: the place named as what was hit ('shelled Vello', 'strikes on the port of Vello') is where it happened
STRUCK_TYPES = frozenset({"ASSAULT"})


#: the sentence's other ways of telling where, tried in turn when the clause names no place: a 'where' clause, a
#: name the tagger missed, a participle clause setting the scene
PLACE_FINDERS = (
    ("where_clause", lambda ctx, trig, content: _where_clause_place(ctx, trig)),
    ("untagged", lambda ctx, trig, content: _untagged_places(ctx, trig)),
    ("setting", _setting_places),
)
