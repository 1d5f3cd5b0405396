"""An infinitive relative clause whose noun is the act's own object names an act sought, not done: 'in search of
a black person to assassinate', 'looking for targets to strike', 'no one to blame'. The parser hangs such an
infinitive as a relative clause (relcl) on the noun, with no object of its own; an infinitive with its own object
('the first country to recognise Kosovo') tells who did the act, and an infinitive on a noun of decision or plan
('the decision to attack', acl) is read by the plan rules. Read by ``event_frames.frame_reason`` (frame
'purpose')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of a verb's own object or clause: with one the relative noun is not what the act is done to
OWN_OBJECT_DEPS = {"dobj", "obj", "ccomp", "xcomp", "dative"}


#: prepositions of a search before the sought noun ('in search of a person to kill', 'looking for targets to hit')
SEARCH_PREPS = {"of", "for"}


def object_gap_infinitive(trig: Token) -> bool:
    """The trigger is an infinitive relative clause on a noun that is its object ('a person to assassinate')."""
    if trig.pos_ != "VERB" or not to_infinitive(trig) or any(c.dep_ in OWN_OBJECT_DEPS for c in trig.children):
        return False
    if trig.dep_ == "relcl":
        return trig.head.pos_ in {"NOUN", "PRON"}
    return trig.dep_ == "advcl" and _sought_noun(trig)


def _sought_noun(trig: Token) -> bool:
    """The parse hangs the infinitive on the clause's verb, but it follows a noun sought ('prowled the streets in
    search of a black person to assassinate'): the word before its 'to' is a noun after 'of' or 'for'."""
    if trig.i < 2 or trig.doc[trig.i - 1].lower_ != "to":
        return False
    noun = trig.doc[trig.i - 2]
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in SEARCH_PREPS
