"""Whether a trigger's object noun is held to the required arguments of a verb of its own lemma.

``event_senses.sense_type`` reads a trigger twice: the trigger with its object, then the object noun with its own
modifiers, because a light verb takes its category from the event noun it governs ('made a call for talks',
'carried out strikes': the noun is the event). The required arguments (``required_arguments`` in
``data/event_frames.json`` and ``data/event_agency.json``) are written for verbs: 'claim' is an accusation only
with a that-clause ('claimed that X had shelled the town'). They apply to the object noun only when it carries
the event, under a light verb (``data/light_verbs.tsv``). Under a trigger verb of its own the noun is what the act
is about: 'disputed Ruritania's claim', 'challenged the claims of the governor' tell the verb's act (CAMEO's
'CHALLENGE: * CLAIM' is 110, an accusation), and the verb 'claim''s need for a that-clause says nothing of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def held_to_verb_needs(word: Token, trig: Token) -> bool:
    """``word`` (the trigger itself, or its object noun read on its own) is checked against the required
    arguments of its lemma: the trigger always, an object noun only under a light verb."""
    if word is trig:
        return True
    particles = [c.lower_ for c in trig.children if c.dep_ == "prt"]
    keys = {lemma(trig), *(f"{lemma(trig)} {p}" for p in particles)}
    return bool(keys & lexicon().light)
