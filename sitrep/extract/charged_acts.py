"""An act named as the charge of an arrest, a trial or a punishment ('jailed for providing funds to the rebels',
'charged with helping smugglers', 'his arrest for meeting diplomats'): the alleged offence, told as the reason of
the measure, is no event of the report (the measure is). Vocabulary: ``charge_words`` in
``data/event_frames.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions that bring in a charge ('arrested for', 'charged with', 'convicted of')
CHARGE_PREPS = {"for", "with", "of"}
#: how a gerund joins the one that names the charge ('for preparing attacks or providing funds')
JOIN_DEPS = {"conj", "pcomp", "pobj"}


def charged(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """The trigger is a gerund (or the noun of a light gerund) in a 'for/with/of' phrase of a word of arrest,
    trial or punishment (``charge_words``): the charge, no act of its own."""
    cur = trig.head if trig.dep_ in {"dobj", "obj"} and trig.head.tag_ == "VBG" else trig
    if cur.tag_ != "VBG":
        return False
    for _ in range(3):  # up through the gerunds it is joined to ('for preparing X or providing Y')
        prep = cur.head
        if cur.dep_ == "pcomp" and prep.lower_ in CHARGE_PREPS:
            return _lemma(prep.head) in v["charge_words"] or prep.head.lower_ in v["charge_words"]
        if cur.dep_ not in JOIN_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False
