"""Candidates completed from the rest of their article: attendees ('also present was X') join the latest
meeting; an agreement signed during a visit takes the parties, date and place of that visit."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.doc_text import span_text
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_lexicon import cue_alternation

if TYPE_CHECKING:
    from spacy.tokens import Span


def enrich_agreements(ctx: EventContext, out: list[dict]) -> None:
    """Agreements signed by delegations during a visit ('Peru and Ghana signed five accords as the
    visiting president ended her trip') are between the two sides of that visit: an AGREE/AID naming at most one
    person takes the persons of the article's one CONSULT event that fits it (same status, compatible place
    and date, sharing its person), and that event's date and place when it states none of its own."""
    persons = {m["idx"] for m in ctx.mentions if m["label"] == "PERSON"}
    for c in [c for c in out if c["event_type"] in {"SUPPORT", "AID"} and not c.get("lexicon")]:
        mine = {_person_key(ctx, p["mention_idx"]) for p in c["participants"] if p["mention_idx"] in persons}
        if len(mine) > 1 or c["date_hints"]:
            continue
        fits = [fit for v in out if (fit := _visit_fit(ctx, c, v, mine, persons))]
        if len({(v["event_date"], v["location_name"], frozenset(t)) for v, t in fits}) != 1:
            continue
        _take_visit(c, *fits[0], mine)


def _visit_fit(ctx: EventContext, c: dict, v: dict, mine: set[str], persons: set[int]) -> tuple[dict, dict] | None:
    """(visit, its persons by surname key) when ``v`` is a meeting that may frame the agreement ``c``: same
    status, compatible date and place, at least two persons, one of them the agreement's own person."""
    if v["event_type"] != "CONSULT" or v["event_status"] != c["event_status"]:
        return None
    if not v["event_date"] and c["event_date"]:
        return None  # an undated article's visit still frames its undated signing
    if c["event_date"] and c["event_date"] != v["event_date"]:
        return None
    if (
        c["location_name"]
        and v["location_name"]
        and c["location_name"] != v["location_name"]
        and c["location_name"] != _country_label(v)
    ):
        return None
    theirs = {_person_key(ctx, p["mention_idx"]): p for p in v["participants"] if p["mention_idx"] in persons}
    if len(theirs) < 2 or (mine and not mine & set(theirs)):
        return None
    return v, theirs


def _take_visit(c: dict, v: dict, theirs: dict, mine: set[str]) -> None:
    """The agreement ``c`` takes the visit's persons, and its date and place where it states none itself."""
    for key, p in theirs.items():
        if key not in mine:
            c["participants"].append({"mention_idx": p["mention_idx"], "role": "participant"})
    if not c["event_date"] and v["event_date"]:
        c["event_date"], c["date_precision"] = v["event_date"], v["date_precision"]
        c["date_source"] = "discourse"
    elif not c["event_date"]:  # an undated article: the signing is dated as its visit, if a story dates it
        c["date_hints"] = c.get("date_hints") or v.get("date_hints") or {}
        c["date_source"], c["discourse_hints"] = v.get("date_source"), v.get("discourse_hints")
    if not c["location_name"] or c["place_source"] != "sentence" or c["latitude"] is None:
        for k in ("location_name", "location_country_iso3", "latitude", "longitude", "place_source"):
            c[k] = v[k]
        c["location_written"] = v.get("location_written")


def _country_label(v: dict) -> str | None:
    iso3 = v.get("location_country_iso3")
    return places.country_place(iso3)["location_name"] if iso3 else None


def _person_key(ctx: EventContext, idx: int) -> str:
    """Surname key for matching a person within one article ('Owusu' ~ 'Ama Owusu')."""
    m = next(m for m in ctx.mentions if m["idx"] == idx)
    return m["surface"].replace("’s", "").replace("'s", "").split()[-1].casefold()


#: a person said to be present at a meeting told before ('also present was X', 'X took part in the talks')
ATTEND = re.compile(r"\b" + cue_alternation("attendance") + r"\b", re.I)

#: triggers of a meeting that attendees may join ('met', 'meeting', 'talks'), not of a visit
MEETING_TRIGGER = re.compile(r"(?i)meet|talk|met\b")


def add_attendees(ctx: EventContext, sent: Span, out: list[dict]) -> None:
    """'Also present was X' / 'X attended the meeting': X joins the latest meeting of the article."""
    if not ATTEND.search(span_text(sent)):
        return
    meetings = [
        c for c in out if c["event_type"] == "CONSULT" and not c.get("lexicon") and MEETING_TRIGGER.search(c["trigger"])
    ]
    if not meetings:
        return
    target = meetings[-1]
    have = {p["mention_idx"] for p in target["participants"]}
    for m in ctx.mentions:
        if m["label"] == "PERSON" and sent.start_char <= m["start_char"] < sent.end_char and m["idx"] not in have:
            target["participants"].append({"mention_idx": m["idx"], "role": "participant"})
            have.add(m["idx"])
            target.setdefault("evidence", []).append(
                {"start_char": sent.start_char, "end_char": sent.end_char, "sentence": sent.text}
            )
