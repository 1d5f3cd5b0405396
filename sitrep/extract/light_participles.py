"""Participles that tell an event noun's event, so that it is coded once.

- A light verb's participle on an event noun that is the subject of an act ('air strikes carried out by Russian
  jets killed twenty civilians', 'attacks on villages carried out by Boko Haram killed 30'): the participle only
  says the noun's event was done, by the doer of its 'by' phrase; that doer does the act the noun is the subject
  of, and the participle codes no second event of the same category. Light verbs: ``data/light_verbs.tsv``.
- A participle that reads the event noun as its object ('the embargo on Cuba imposed by the United States',
  'sanctions against Iranian banks imposed by Washington', the parse hanging it on the object of the noun's 'on' /
  'against' phrase: ``relative_objects.acted_on_nouns``) codes the noun's event itself, with its doer: the noun,
  with only its target phrase, codes no second one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_triggers
from sitrep.extract.event_senses import sense_type
from sitrep.extract.relative_objects import TARGET_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def light_name(verb: Token) -> str:
    """A verb's lemma with its particle ('carried out' -> 'carry out')."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return f"{(verb.lemma_ or verb.lower_).lower()} {particle}".strip()


def participles_on(noun: Token) -> list[Token]:
    """Past participles with a 'by' phrase on ``noun`` or hung on the object of its 'on' / 'against' phrase."""
    heads = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS for p in c.children]
    return [
        v
        for h in heads
        for v in h.children
        if v.dep_ == "acl" and v.tag_ == "VBN" and any(a.dep_ == "agent" for a in v.children)
    ]


def light_participles(noun: Token) -> list[Token]:
    """The light verbs' participles with a 'by' phrase on ``noun`` ('strikes carried out by X')."""
    return [v for v in participles_on(noun) if light_name(v) in event_triggers.lexicon().light]


def light_participle_doers(noun: Token) -> list[Token]:
    """The 'by' objects of such participles on an event noun ('strikes carried out by Russian jets', 'the offensive
    launched by the army', 'a rally staged by nurses'): who holds the noun's event."""
    return [
        p
        for v in light_participles(noun)
        for a in v.children
        if a.dep_ == "agent"
        for p in a.children
        if p.dep_ == "pobj"
    ]


def without_told_participles(found: dict[int, object], sent: Span) -> dict[int, object]:
    """``found`` (trigger index -> trigger) without the second reading of an event a participle tells."""
    out = {i: t for i, t in found.items() if not _coded_by_participle(i, found, sent)}
    for i, trig in found.items():
        tok = sent.doc[i]
        if not isinstance(trig, event_triggers.Trigger) or trig.object is None:
            continue
        noun, verb = trig.object, trig.object.head
        if tok not in light_participles(noun) or noun.dep_ != "nsubj" or verb.i == noun.i:
            continue
        governing = found.get(verb.i)
        if not isinstance(governing, event_triggers.Trigger):
            continue
        if sense_type(tok, noun, trig.reading.plover) == event_triggers.coded_type(governing)[0]:
            out.pop(i, None)
    return out


def _coded_by_participle(i: int, found: dict[int, object], sent: Span) -> bool:
    """The noun trigger at ``i`` is the object of a participle trigger of the same category on it ('the embargo on
    Cuba imposed by the United States', 'sanctions against Iranian banks imposed by Washington')."""
    noun, trig = sent.doc[i], found[i]
    if not isinstance(trig, event_triggers.Trigger) or noun.pos_ != "NOUN":
        return False
    told = {v.i for v in participles_on(noun)}
    for j, other in found.items():
        if j not in told or not isinstance(other, event_triggers.Trigger) or other.object is None:
            continue
        if other.object.i == i and event_triggers.coded_type(other)[0] == event_triggers.coded_type(trig)[0]:
            return True
    return False
