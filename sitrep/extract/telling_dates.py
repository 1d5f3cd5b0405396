"""The day of a planned act read as the demand, threat or order that was made ('India should arrest them, the envoy
said on Monday', 'the governor was ordered to be detained by a judge on Thursday'): the day of its telling, not
the time of the act demanded ('must leave by Friday')."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sitrep.extract import event_frames
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_dates import event_date

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def dated_as_said(ctx: EventContext, tok: Token, sent: Span, cand: dict) -> dict:
    """``cand`` dated as told: the speech verb's own time (else the trigger's, read as past), else the
    discourse's or the publication's."""
    speech = event_frames.speech_verb(tok) or tok
    iso, prec, hints = event_date(ctx, speech, sent, "occurred", cand["event_type"])
    return {**cand, "event_date": iso, "date_precision": prec, "date_hints": hints, "date_source": ctx.date_source}


def redated_as_said(ctx: EventContext, tok: Token, sent: Span, cand: dict) -> dict:
    """``dated_as_said`` after the candidate was built: the discourse state the dating moves is restored."""
    state = dict(ctx.__dict__)
    out = dated_as_said(ctx, tok, sent, cand)
    ctx.__dict__.update(state)
    return out


def told_after_publication(ctx: EventContext, cand: dict) -> bool:
    """The day the act's clause names lies after publication: the act ordered or threatened, not the order
    or the threat, which took place."""
    iso = cand.get("event_date")
    return bool(iso) and len(iso) == 10 and ctx.published_at is not None and date.fromisoformat(iso) > ctx.published_at
