"""Phrases that name another happening than the clause's own: a time adjunct ('ahead of the summit', 'after talks
with X') or what an act answers ('in response to the attack on X'). A place inside the latter is that happening's."""

from __future__ import annotations

from spacy.tokens import Token

#: prepositions of time whose object is another happening than the clause's own ('before the talks', 'ahead of
#: the vote'); 'ahead of' and 'prior to' are read on their first word
TIME_PREPS = frozenset({"before", "after", "following", "since", "until"})
TIME_PREP_HEADS = frozenset({"ahead", "prior"})


def time_adjunct(trig: Token) -> bool:
    """An event noun in a time phrase of another clause ('Ahead of the summit, the minister spoke in Y', 'after
    talks with X, he flew to Z'): the clause's place is not the noun's."""
    if trig.pos_ not in {"NOUN", "PROPN"} or trig.dep_ != "pobj":
        return False
    prep = trig.head
    return prep.lower_ in TIME_PREPS or (prep.lower_ in {"of", "to"} and prep.head.lower_ in TIME_PREP_HEADS)


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
    """``tok`` lies in the phrase of an event noun named as what an act answers, below the first of
    ``stops`` (the trigger and its clause verb) it meets going up: 'in response to [an attack on X]', 'in
    retaliation for [the killing of a sailor in Y]'."""
    for a in tok.ancestors:
        if a in stops:
            return False
        if a.pos_ == "NOUN" and _answered(a):
            return True
    return False
