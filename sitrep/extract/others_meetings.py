"""A gathering told as the time of another act, with its members named in its 'of' phrase ('Russia's envoy said
after a meeting of NATO's defence ministers', 'the minister spoke following a session of the cabinet'): the meeting
is the members', and whoever acts after it is no party of it (he may only comment on it). Read by
``event_participants``: the subject of the verb the noun's time phrase hangs on is not taken as its source. A
meeting noun with a 'with' phrase ('said after talks with X') is the subject's own (``adjunct_meetings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions that tell a gathering as the time of another act
TIME_PREPS = {"after", "before", "following", "ahead"}


def others_meeting(trig: Token) -> bool:
    """The noun is the object of a time preposition on a verb and names its members with 'of'."""
    if trig.pos_ not in {"NOUN", "PROPN"} or trig.dep_ != "pobj":
        return False
    prep = trig.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":  # 'ahead of a meeting of X'
        prep = prep.head
    if prep.lower_ not in TIME_PREPS or prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children) for c in trig.children
    )
