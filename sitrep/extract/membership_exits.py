"""Leaving an organisation is PLOVER's SANCTION withdraw ("withdraw oneself or one's non-military resources ...
from a group, mediation activity, organization, or country"), not RETREAT withdraw (retreat from territory or
withdraw forces from an area): 'Burundi withdrew from the International Criminal Court', 'Britain's withdrawal
from the European Union'. The body left is the object of a 'from' phrase (of the verb, of the noun, or of the noun
a light verb takes: 'began its withdrawal from the bloc'; or of a verb's 'out of') that is a noun of the
'@membership' class of ``data/trigger_objects.tsv`` (union, alliance, bloc, party, ...) or an organisation's name.
Leaving a place ('withdrew from Syria', 'from the hills') stays a retreat."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

MEMBERSHIP = "@membership"


@lru_cache(maxsize=1)
def membership_nouns() -> frozenset[str]:
    return frozenset(r["lemma"] for r in read_tsv("trigger_objects.tsv") if r["class"] == MEMBERSHIP)


def _left(head: Token, verb: bool) -> list[Token]:
    """The objects of the 'from' phrases of ``head``, and of a verb's 'out of' ('pulled out of the coalition'; not
    'handed over the district of Orlo')."""
    out = verb and any(c.lower_ == "out" for c in head.children)
    preps = [p for p in head.children if p.dep_ == "prep" and (p.lower_ == "from" or (out and p.lower_ == "of"))]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def is_body(tok: Token) -> bool:
    """An organisation: a membership noun ('the bloc', 'the European Union') or an organisation's name."""
    return (tok.lemma_.lower() or tok.lower_) in membership_nouns() or tok.ent_type_ == "ORG"


def exit_reading(trig):
    """The trigger (``event_triggers.Trigger``) as SANCTION withdraw when the withdrawal leaves an organisation."""
    if trig.reading.plover != "RETREAT" or trig.reading.mode != "withdraw":
        return trig
    tok, obj = trig.token, trig.object
    left = _left(tok, tok.pos_ == "VERB") + (_left(obj, False) if obj is not None and obj.i != tok.i else [])
    if not any(is_body(g) for g in left):
        return trig
    return replace(trig, reading=replace(trig.reading, plover="SANCTION", origin="curated"))
