"""Per-article state of event extraction (``EventContext``): mention look-ups, the countries, cities and
dateline the article gives, and what the discourse has established so far (the last dated day, place,
participants and subject person), updated sentence by sentence."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from sitrep.extract import dates, gazetteer, government_seats, places, reference_points
from sitrep.extract.doc_text import doc_text, span_text
from sitrep.extract.entities import NEWS_AGENCIES
from sitrep.extract.entity_names import name_tokens
from sitrep.extract.event_lexicon import MEDIA_ROLE_NOUNS, cue_alternation
from sitrep.extract.event_syntax import SUBJ, clause_head
from sitrep.extract.named_countries import article_countries
from sitrep.extract.state_namesakes import state_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _is_news_agency(m: dict) -> bool:
    """An organisation mention naming a news agency ("Sputnik", "RIA Novosti", "UrduPoint News")."""
    return m["label"] in {"ORG", "PERSON"} and bool(set(name_tokens(m["surface"])) & NEWS_AGENCIES)


def _is_media_affiliation(span: Span) -> bool:
    """An outlet named as someone's employer ('former CNN anchor X', 'a Reuters correspondent'): no party."""
    root = span.root
    return root.dep_ in {"compound", "nmod", "amod"} and root.head.lemma_.lower() in MEDIA_ROLE_NOUNS


class EventContext:
    """Per-document state: mention look-ups, salience, and what the previous event established."""

    def __init__(self, doc: Doc, mentions: list[dict], published_at: date | None, caption_text: str = ""):
        self.doc = doc
        self.published_at = dates.filing_day(doc_text(doc), published_at) or published_at  # the dateline's day
        self.mentions = mentions
        self.by_token: dict[int, dict] = {}
        heads = places.dateline_spans(doc_text(doc))
        for m in mentions:
            if any(s <= m["start_char"] < e for s, e in heads) or _is_news_agency(m):
                continue  # who filed the story ('MOSCOW (Sputnik) -', 'told Reuters') is no party to its events
            span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
            if span is None or (m["label"] == "ORG" and _is_media_affiliation(span)):
                continue
            for t in span:
                self.by_token.setdefault(t.i, m)
        self.person_country = {m["idx"]: self._person_country(m) for m in mentions if m["label"] == "PERSON"}
        # full dates the article states, its removed photo captions included ('in Lima on May 4, 2022')
        self.doc_dates = dates.explicit_dates(doc_text(doc)) + dates.explicit_dates(caption_text)
        self.doc_countries = self._doc_countries()
        self.qualified = self._qualified_places()
        # places a distance is measured from ('30 km north of X'): no act's place, no city of the story
        self.reference_idx = reference_points.reference_mentions(doc_text(doc), mentions)
        for m in mentions:
            if m["idx"] in self.reference_idx:
                m["reference_point"] = True  # read again by the story's cities (``story_cities``)
        self.doc_cities = [
            p
            for m in mentions
            if m["label"] in {"GPE", "LOC"} and m["idx"] not in self.reference_idx
            for p in [self.place_for(m["surface"])]
            if p and p["level"] == "city" and not p.get("town")  # a small town is found only where it is named
        ]
        self.dateline = self._usable_dateline(heads)
        self.last_participants: list[dict] = []
        self.last_date: tuple[str | None, str | None] = (None, None)
        self.last_any_date: tuple[str | None, str | None] = (None, None)
        self.lead_date: str | None = None  # the day of the first happening the lead dates (``event_dates``)
        self.lead_end: int | None = None  # start char of the lead's last sentence, once read
        self.last_place: dict | None = None
        self.last_subject_person: dict | None = None
        self.date_source = "expression"
        self.unanchored_hints: dict | None = None  # last day named without an anchor ('on Monday')
        self.after_late_arrival = False  # a late arrival was told ('landed on Monday night'): see LATE_ARRIVAL
        #: answers other modules compute once per article from the doc and its mentions (never changed here)
        self.memo: dict[str, object] = {}

    def _doc_countries(self) -> set[str]:
        """Countries the article names (as countries, demonyms or well-known regions): context for ambiguous
        city names (``named_countries``)."""
        return article_countries(self.mentions)

    def _qualified_places(self) -> dict[str, dict]:
        """Surface -> place of the towns the text ties to their state, province or country ('Salem, Oregon'),
        and of those qualifiers (the country, not a namesake city abroad: 'Florida' is no Cuban town there)."""
        text = doc_text(self.doc)
        spans = sorted((m for m in self.mentions if m["label"] in {"GPE", "LOC"}), key=lambda m: m["start_char"])
        out: dict[str, dict] = {}
        for m, q in zip(spans, spans[1:], strict=False):
            if text[m["end_char"] : q["start_char"]].strip() != ",":
                continue
            if town := places.qualified_town(m["surface"], q["surface"]):
                out.setdefault(m["surface"], town)
                if not places.country_iso3(q["surface"]):
                    out.setdefault(q["surface"], places.country_place(town["location_country_iso3"]))
        return out

    def place_for(self, surface: str) -> dict | None:
        """Resolve a place name, preferring cities in countries the article talks about; a small city
        abroad that the article never connects to ('Miraflores' palace in Caracas -> a town in Peru) is
        dropped. A seat of government used as a place ('talks at the White House', 'received at the Kremlin')
        stands in its country's capital. A town the text ties to its region ('Salem, Oregon') is that one."""
        if surface in self.qualified:
            return self.qualified[surface]
        if state := state_place(self.mentions, surface):
            return state
        if places.country_iso3(surface):
            return places.resolve_place(surface)
        if seat := gazetteer.seat_iso3(surface):
            return government_seats.seat_of_government(seat)
        name, comma, country = surface.rpartition(",")
        if comma and (iso3 := places.country_iso3(country.strip())):  # 'Springfield, Ruritania' states its country
            city = places.lookup_city(name.strip(), iso3, min_pop=1000)
            if city:
                return city
        city = places.lookup_city_among(surface, self.doc_countries, min_pop=1000)
        if city:
            return city
        place = places.resolve_place(surface)
        region = places.region_place(surface) or places.region_place_among(surface, self.doc_countries)
        if place and place["level"] == "city" and not places.well_known_city(surface):
            iso3 = place["location_country_iso3"]
            abroad = bool(self.doc_countries) and iso3 not in self.doc_countries
            if abroad or (region and region["location_country_iso3"] != iso3):
                place = None  # a namesake town abroad ('Florida' in Cuba for the US state)
        return place or places.lookup_town_among(surface, self.doc_countries) or region

    def _usable_dateline(self, heads: list[tuple[int, int]]) -> dict | None:
        """The dateline city, when the body names it (or its country, or its people: 'Kazakh officials')
        again: an agency's home city ('TEHRAN, Jul. 12 (MNA)') that the story never returns to is not where the
        events happened. The dateline's own country ('RIGA, Latvia -') is no naming again."""
        place = places.dateline_place(doc_text(self.doc))
        if not place:
            return None
        iso3 = place["location_country_iso3"]
        for m in self.mentions:
            if any(s <= m["start_char"] < e for s, e in heads):
                continue
            if m["label"] in {"GPE", "LOC"} and not m["surface"].isupper():
                p = places.resolve_place(m["surface"])
                if p and p["location_country_iso3"] == iso3:
                    return place
        if any(t.is_title and places.demonym_iso3(t.text) == iso3 for t in self.doc):
            return place  # 'Kazakh officials' name the dateline's country by its people
        return None

    def _person_country(self, m: dict) -> str | None:
        """Country of a person from entity hints, else from a demonym/possessive just before the name."""
        if m.get("country_iso3"):
            return m["country_iso3"]
        before = doc_text(self.doc)[max(0, m["start_char"] - 60) : m["start_char"]]
        words = re.findall(r"[A-Z][a-z]+", before)[-4:]
        pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        for word in reversed(words + pairs):
            iso3 = places.country_cue(word)
            if iso3:
                return iso3
        return None

    def mention_of(self, tok: Token) -> dict | None:
        return self.by_token.get(tok.i)


#: a sentence about a plan that was put off ('had been set for Tuesday, but was postponed'): its day is no day on
#: which anything happened, so it neither sets the discourse day nor dates the lead
CALLED_OFF = re.compile(r"(?i)\b" + cue_alternation("called_off") + r"\b")


#: kinds of time expression that name the day a sentence sets its scene on
SCENE_DAY_KINDS = frozenset({"weekday", "rel_day", "month_day", "ordinal_day"})


def update_discourse_date(ctx: EventContext, sent: Span) -> None:
    """A sentence without an event may still set the scene ('X called on Thursday for ...'); not one that tells
    of a plan put off (``CALLED_OFF``)."""
    text = span_text(sent)
    if CALLED_OFF.search(text):
        return
    resolved = set()
    for e in dates.find_time_expressions(text):
        iso, prec = dates.resolve(e, ctx.published_at, doc_dates=ctx.doc_dates)
        if iso and prec == "day" and e.kind in SCENE_DAY_KINDS and not _not_the_scene(sent, e):
            resolved.add(iso)
        if ctx.published_at is None and e.kind == "weekday":
            ctx.unanchored_hints = {"kind": "weekday", "weekday": dates.WEEKDAYS[e.groups["wd"].lower()]}
        elif ctx.published_at is None and e.kind == "month_day":
            month = dates.MONTHS[e.groups["mon"].lower().rstrip(".")]
            ctx.unanchored_hints = {"kind": "month_day", "month_day": (month, int(e.groups["day"]))}
        if e.kind in {"weekday", "rel_day", "month_day", "ordinal_day", "full", "full_num"}:
            ctx.after_late_arrival = False  # a day named since the late arrival sets the scene again
    if len(resolved) == 1:
        ctx.last_date = (resolved.pop(), "day")


#: words that tie a day to another moment than the scene's ('measures imposed after the quake on March 5')
OTHER_MOMENT_WORDS = frozenset({"after", "before", "since", "until", "till"})


def _not_the_scene(sent: Span, e: dates.TimeExpr) -> bool:
    """The day is not that of the scene the sentence sets: it is of something still to come ('talks scheduled
    to end on Wednesday', 'will vote on Friday') or of another moment it is measured from ('austerity imposed
    after the earthquake on March 5'), or of a thing a clause describes ('fare rises imposed on May 2'). Such a
    day dates none of the past happenings told after it."""
    from sitrep.extract.event_status import trigger_status  # (event_status reads the lexicon modules)

    tok = next((t for t in sent if t.idx - sent.start_char >= e.start), None)
    if tok is None:
        return False
    if any(a.lower_ in OTHER_MOMENT_WORDS and a.dep_ in {"prep", "mark"} for a in tok.ancestors):
        return True
    if any(c.dep_ == "mark" and c.lower_ in OTHER_MOMENT_WORDS for a in tok.ancestors for c in a.children):
        return True
    if any(a.dep_ == "relcl" or (a.dep_ == "acl" and a.tag_ == "VBN") for a in tok.ancestors):
        return True  # 'fare rises [imposed on May 2]', 'the accord [that they signed on Friday]': a thing's day
    return trigger_status(clause_head(tok)) == "planned"


def update_salience(ctx: EventContext, sent: Span) -> None:
    """Remember the last person who was a grammatical subject (antecedent for 'he' / 'the X leader')."""
    for tok in sent:
        if tok.dep_ in SUBJ or (tok.dep_ == "appos" and (tok.head.dep_ in SUBJ or tok.head.dep_ == "ROOT")):
            m = ctx.mention_of(tok)
            if m and m["label"] == "PERSON":
                ctx.last_subject_person = m
    if ctx.last_subject_person is None:
        persons = [m for m in ctx.mentions if m["label"] == "PERSON" and m["end_char"] <= sent.end_char]
        if persons:
            ctx.last_subject_person = persons[0]
