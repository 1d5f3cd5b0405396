"""Whether an event's place sets the scene for the sentences after it: not when the event is told as another
moment than the one the story goes on at ('after visiting X', 'on the heels of a visit to X')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import clause_head
from sitrep.extract.happening_phrases import time_adjunct

if TYPE_CHECKING:
    from spacy.tokens import Token

#: words that tell a clause as another moment than the one it hangs on ('after visiting X', 'before flying to Y')
EARLIER_MARKS = frozenset({"after", "before", "since"})


def sets_the_scene(trig: Token) -> bool:
    """The trigger's place may carry to the next sentences: not a clause told as another moment than its main
    clause's ('X met Y in Beijing after visiting Japan', 'Beijing was his last stop after visiting Japan'), nor an
    event noun in a time phrase ('the trip comes on the heels of a visit to Japan'), whose place is not where the
    story goes on."""
    if time_adjunct(trig):
        return False
    verb = clause_head(trig)
    if verb.dep_ == "pcomp" and verb.head.lower_ in EARLIER_MARKS:
        return False
    return not (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in verb.children))
