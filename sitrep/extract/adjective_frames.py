"""Acts named by the infinitive of a predicate adjective that tells a right or a capacity, not a deed: 'citizens
are eligible to vote', 'Chile is free to impose sanctions' (``licence_adjectives``); 'is able to send aid', 'would
be able to commute the sentence' (``ability_adjectives``: a capacity told in the present or under a modal; 'was
able to flee' tells the flight). The act named as the purpose of such an infinitive, or of one under a hedging
adjective, is framed with it ('it was difficult to stand in parliament to talk on the topic'); so is an act foreseen
in the that-clause of a word of expectation ('is concerned that X will ...', ``foreseen_acts``). Vocabulary in
``data/event_frames.json``; read by ``event_frames.frame_reason`` (frame 'hedged')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_senses import aux as _aux
from sitrep.extract.event_syntax import to_infinitive
from sitrep.extract.foreseen_acts import foreseen

if TYPE_CHECKING:
    from spacy.tokens import Token

#: present forms of the copula: a capacity told with one is no deed ('is able to strike')
PRESENT_TAGS = {"VBZ", "VBP"}


def adjective_framed(trig: Token, v: dict) -> bool:
    """The trigger is (the purpose of) the infinitive of an adjective of right or capacity, or the purpose of the
    infinitive of a hedging adjective, or an act foreseen in a that-clause of expectation."""
    if foreseen(trig):
        return True
    clause = trig
    if trig.dep_ == "advcl" and to_infinitive(trig) and trig.head.dep_ == "xcomp":
        clause = trig.head  # 'difficult to stand in the Dail to talk': the talk is the standing's purpose
    if clause.dep_ != "xcomp" or not to_infinitive(clause):
        return False
    adj = clause.head if clause.head.pos_ == "ADJ" else _extraposed(clause.head)
    if adj is None:
        return False
    word = adj.lower_
    if word in v["licence_adjectives"] or (clause is not trig and word in v["hedge_adjectives"]):
        return True
    return word in v["ability_adjectives"] and _not_past(adj, v)


def _extraposed(verb: Token) -> Token | None:
    """The predicate adjective of a copula the infinitive hangs on ('it was difficult to stand ...': the parse
    hangs 'to stand' on 'was', beside 'difficult')."""
    if verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)


def _not_past(adj: Token, v: dict) -> bool:
    """The adjective's copula is in the present ('is able to') or under a modal of supposition ('would be
    able to', 'could be able to'), not in the past ('was able to flee' tells the flight)."""
    copula = adj.head if adj.dep_ == "acomp" else adj
    modals = v["hypothetical_aux"] | v["possibility_aux"] | v["guess_aux"]
    return copula.tag_ in PRESENT_TAGS or bool(_aux(copula) & modals)
