"""The day of an announced act that names no time of its own: the day it was announced.

'The party will ask President X to accept the demands, he said.' tells of a request to come, with no day: PLOVER
dates a statement of intent by when it was made, so the merged event takes the day its announcement was
published (the earliest of its reports that tell it so). Only an announcement in the future tense ('will',
'would', "'ll": ``discourse_cues.tsv``, cue ``announcing``) is so dated; an aspiration ('we are focused on
resuming talks'), an expectation told with a day of its own ('is expected to meet on Wednesday'), a vague time
('in the coming weeks') and an undated report are not. Candidates keep no date (merging is unchanged): the
day is given to the merged event only.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import cue_alternation
from sitrep.extract.first_days import first_day

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: the date source of a planned candidate announced in the future tense, with no time of its own
ANNOUNCED = "announced"
_AUX = re.compile(r"(?i)" + cue_alternation("announcing") + r"\Z")


def announced(verb: Token) -> bool:
    """The clause is told in the future tense: 'will ask', 'would impose', "'ll meet"."""
    return any(c.dep_ == "aux" and _AUX.match(c.text) for c in verb.children)


def told_in_future(sent: Span) -> bool:
    """The sentence's main clause, or the clause it reports, is in the future tense ('The government will shortly
    issue a statement warning ..., state radio said'): what it tells is the news of the report's day, so an
    opening sentence so told does not take a past day the opening names after it ('Yesterday thousands marched')."""
    return any(announced(t) for t in (sent.root, *(c for c in sent.root.children if c.dep_ == "ccomp")))


def date_announced(
    events: list[dict], evidence: list[dict], analyses: list[dict], published: dict[str, date], articles: dict
) -> list[dict]:
    """``events`` with each undated planned one whose reports announce it (and name no day, no weekday, no
    month-day) dated by the earliest day those reports went out: the day in an article's address when its
    publish stamp is a later update's (``first_days``), else its publication day."""
    published = {aid: first_day(articles.get(aid, {})) or day for aid, day in published.items()}
    cands: dict[tuple, list[dict]] = {}
    for a in analyses:
        for c in a.get("event_candidates", []):
            cands.setdefault((a["article_id"], c["start_char"], c["end_char"]), []).append(c)
    kind = {row["event_id"]: (row["event_type"], row["event_status"]) for row in events}
    told: dict[str, list[date]] = {}
    plain: dict[str, bool] = {}
    for ev in evidence:
        eid = ev["event_id"]
        # a sentence may hold several candidates ('X will ask Y ..., and Z met W'): its report of this event is the
        # one of the event's type and status, not whichever was coded last there
        for cand in (
            c
            for c in cands.get((ev["article_id"], ev["start_char"], ev["end_char"]), [])
            if (c["event_type"], c.get("event_status")) == kind.get(eid)
        ):
            plain[eid] = plain.get(eid, True) and not cand.get("date_hints")
            if cand.get("date_source") == ANNOUNCED and ev["article_id"] in published:
                told.setdefault(eid, []).append(published[ev["article_id"]])
    out = []
    for row in events:
        eid = row["event_id"]
        if row["event_date"] is None and row["event_status"] == "planned" and told.get(eid) and plain.get(eid):
            row = {**row, "event_date": min(told[eid]).isoformat(), "date_precision": "day"}
        out.append(row)
    return out
