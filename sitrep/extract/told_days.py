"""The day a past act was told, for an act whose clause names no day of its own.

A past act reported in a statement of a named day ('the army said on Wednesday that rebels attacked a base',
'Rebels attacked a base, the military said Wednesday', 'Police arrested him, according to a statement released on
Wednesday') happened by the day it was told: that day, not the later day the report was published, is the nearest
the text gets to the act's own day. The day the discourse carried from an earlier sentence keeps precedence, unless
it lies after the telling (an act cannot be told before it happened). A past perfect ('said on Wednesday that
rebels had attacked') is bounded the same way: reported speech shifts a past back ('attacked' -> 'had attacked'),
and whatever the act's own day, it is not the later publication day. Its day of telling is only a bound
(``BOUND_SOURCE``): a day the lead names after it ('his family said he was taken on Tuesday') or another
report's stated day wins over it, as over a publication day.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the date source of a past perfect dated by the day it was told: the latest day it can have happened on
BOUND_SOURCE = "told_bound"
#: the words of a prepositional source phrase whose phrase tells when the news was given ('according to a statement
#: released on Wednesday')
SOURCE_PREPS = frozenset({"according"})
#: auxiliaries of a past before the telling ('said that X had attacked')
EARLIER_AUX = frozenset({"had", "'d"})


def told_earlier(verb: Token) -> bool:
    """``verb`` is told in the past perfect, as earlier than the telling ('had attacked', 'had been arrested')."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in EARLIER_AUX for c in verb.children)


def source_phrase_tokens(verb: Token) -> set[int]:
    """Token ids of the source phrases hung on ``verb`` ('arrested him, [according to a statement released on
    Wednesday]'); empty when it has none."""
    toks: set[int] = set()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS:
            toks |= {t.i for t in c.subtree}
    return toks


def told_by_then(published_at: date | None, told: tuple[str | None, str | None, dict] | None) -> bool:
    """The telling day is a day on or before publication (a statement already made)."""
    if not told or not told[0] or told[1] != "day" or len(told[0]) != 10:
        return False
    return published_at is None or date.fromisoformat(told[0]) <= published_at


def past_told_day(
    carried: str | None, told: tuple[str | None, str | None, dict] | None, published_at: date | None
) -> tuple[str, str] | None:
    """(iso, source) of a past act with no day of its own: the discourse's day (``carried``) unless the act was
    told on an earlier day, else the day it was told; None when neither is known."""
    said = told[0] if told_by_then(published_at, told) and told else None
    if said and (not carried or said < carried):
        return said, "statement"
    return (carried, "discourse") if carried else None
