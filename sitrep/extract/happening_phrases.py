"""Phrases that name another happening than the clause's own: a time adjunct ('ahead of the summit', 'after talks
with X') or what an act answers ('in response to the attack on X'). A place inside the latter is that happening's."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of time whose object is another happening than the clause's own ('before the talks', 'ahead of
#: the vote'); 'ahead of' and 'prior to' are read on their first word
TIME_PREPS = frozenset({"before", "after", "following", "since", "until"})
TIME_PREP_HEADS = frozenset({"ahead", "prior"})
#: nouns of phrases whose object is still to come when the clause's act is told ('ahead of the summit', 'on the
#: eve of talks', 'in advance of the visit', 'in preparation for the meeting'), with their preposition
LATER_PHRASE_HEADS = {"ahead": "of", "eve": "of", "advance": "of", "preparation": "for", "preparations": "for"}
#: nouns of phrases whose 'of' object came before the clause ('on the heels of a visit', 'in the wake of talks')
EARLIER_PHRASE_NOUNS = frozenset({"heels", "wake", "aftermath"})


def time_adjunct(trig: Token) -> bool:
    """An event noun in a time phrase of another clause ('Ahead of the summit, the minister spoke in Y', 'after
    talks with X, he flew to Z', 'on the heels of a visit to X'): the clause's place is not the noun's."""
    if trig.pos_ not in {"NOUN", "PROPN"} or trig.dep_ != "pobj":
        return False
    prep = trig.head
    if prep.lower_ in TIME_PREPS or (prep.lower_ in {"of", "to"} and prep.head.lower_ in TIME_PREP_HEADS):
        return True
    return prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.lower_ in EARLIER_PHRASE_NOUNS


def later_happening(trig: Token) -> bool:
    """An event noun in a phrase that puts it after the clause's act ('the dinner was held ahead of his meeting
    with X', 'talks on the eve of the summit', 'in preparation for the visit'): told before it happens."""
    if trig.pos_ not in {"NOUN", "PROPN"} or trig.dep_ != "pobj":
        return False
    prep = trig.head
    return LATER_PHRASE_HEADS.get(prep.head.lower_) == prep.lower_


#: nouns of a journey: one told in a time phrase ('comes after [a visit] to X') went elsewhere at another moment
JOURNEY_LEMMAS = frozenset({"visit", "trip", "tour", "journey", "stopover"})


def _earlier_journey(noun: Token) -> bool:
    """A journey named in a time phrase ('after a visit to X', 'on the heels of a trip to Y'): its destination is
    where the traveller was then, not where the clause it hangs on happens."""
    return noun.lemma_.lower() in JOURNEY_LEMMAS and time_adjunct(noun)


#: nouns whose 'to' / 'for' phrase names the happening an act answers ('in response to the attack on X')
CAUSE_HEADS = frozenset({"response", "retaliation", "reaction", "reprisal", "revenge"})


def _answered(holder: Token) -> bool:
    """An event noun named as what the act answers ('ordered ships east [in response to an attack on X]'): another
    happening, whose place is its own. (Not one the act follows: 'agreed after talks in X' was agreed in X.)"""
    if holder.dep_ != "pobj":
        return False
    prep = holder.head
    return prep.dep_ == "prep" and prep.head.lower_ in CAUSE_HEADS


def within_other_happening(tok: Token, stops: set[Token]) -> bool:
    """``tok`` lies in the phrase of an event noun named as what an act answers, or of a journey told as another
    moment, below the first of ``stops`` (the trigger and its clause verb) it meets going up: 'in response to [an
    attack on X]', 'in retaliation for [the killing of a sailor in Y]', 'her visit comes after [a visit to Z]'."""
    for a in tok.ancestors:
        if a in stops:
            return False
        if a.pos_ == "NOUN" and (_answered(a) or _earlier_journey(a)):
            return True
    return False


#: prepositions of the cause a measure answers ('sanctions [over the crackdown in X]', 'expelled two envoys [for
#: spying in Y]'): the cause happened elsewhere, before
CAUSE_PREPS = frozenset({"over", "for"})


def cause_tokens(trig: Token, clause: Token) -> set[int]:
    """Token ids of the cause phrases of a measure's trigger, of its clause verb and of the event noun they govern
    ('imposed [sanctions] on X [over the crackdown in Y]')."""
    heads = {trig, clause} | {c for c in (trig, clause) for c in c.children if c.dep_ == "dobj"}
    return {t.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS for t in c.subtree}
