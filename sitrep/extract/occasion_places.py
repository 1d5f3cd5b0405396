"""The place of an occasion told in a sentence of its own ('The summit opened in Addis Ababa on Sunday.', 'The
talks in Doha ended on Monday.', 'Leaders gathered in Luanda'): the acts told after it with no place of their own
take place in its city, as after a meeting coded as an event (``ctx.last_place``). Only a city, only an occasion
that took place (not one that 'will open') in the news (not 'in 2019', 'last month', 'years ago'), only in a
sentence that codes no event of its own. The words are ``data/occasion_scenes.tsv``."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract import dates
from sitrep.extract.abroad_venues import venue_abroad
from sitrep.extract.data_files import word_sets
from sitrep.extract.doc_text import span_text
from sitrep.extract.event_context import EventContext

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: prepositions of an occasion's place ('opened in X', 'the talks at X')
VENUE_PREPS = frozenset({"in", "at"})
#: place labels of a name
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: verbs that make their subject an occasion, whatever it is ('leaders gathered in X')
ASSEMBLING = frozenset({"gather", "convene"})


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_sets("occasion_scenes.tsv")


def _city_of(ctx: EventContext, heads: list[Token]) -> dict | None:
    """The one city an 'in' / 'at' phrase of ``heads`` names."""
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPS:
                continue
            for obj in prep.children:
                m = ctx.mention_of(obj) if obj.dep_ == "pobj" else None
                span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand") if m else None
                if span is None or m["label"] not in PLACE_LABELS:
                    continue
                place = venue_abroad(span, ctx.place_for(m["surface"]))  # 'opened in Geneva': a venue abroad
                if place and place.get("level") == "city":
                    return place
    return None


#: kinds of time expression that date a sentence as background: a year or a month, not a day
BACKGROUND_KINDS = frozenset({"year", "month_year", "month_rel", "rel_month", "month"})


def _background(text: str) -> bool:
    return dates.has_vague_time(text) or any(e.kind in BACKGROUND_KINDS for e in dates.find_time_expressions(text))


def _told_as_past(verb: Token) -> bool:
    from sitrep.extract.event_status import trigger_status  # (event_status reads the lexicon modules)

    return verb.tag_ in {"VBD", "VBN"} and trigger_status(verb) == "occurred"


def note_occasion_place(ctx: EventContext, sent: Span) -> None:
    """Set the discourse place to the city of the occasion ``sent`` tells (see module)."""
    verb = sent.root
    words = _words()
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in words["verb"] or not _told_as_past(verb):
        return
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    occasion = [s for s in subjects if s.lemma_.lower() in words["noun"]]
    if not occasion and not (subjects and verb.lemma_.lower() in ASSEMBLING):
        return
    if _background(span_text(sent)):
        return  # 'The talks were held in Geneva in 2019.': history, not the scene of the news
    if place := _city_of(ctx, [verb, *occasion] + [c for c in verb.children if c.dep_ == "dobj"]):
        ctx.last_place = place
