"""A light verb's participle on an event noun that is the subject of an act ('air strikes carried out by Russian
jets killed twenty civilians', 'an attack carried out by the rebels killed nine'): the participle only says the
noun's event was done, by the doer of its 'by' phrase; that doer does the act the noun is the subject of, and the
participle codes no second event of the same category. Light verbs: ``data/light_verbs.tsv``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract import event_triggers
from sitrep.extract.event_senses import sense_type


def light_name(verb: Token) -> str:
    """A verb's lemma with its particle ('carried out' -> 'carry out')."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return f"{(verb.lemma_ or verb.lower_).lower()} {particle}".strip()


def light_participles(noun: Token) -> list[Token]:
    """The light verbs' past participles on ``noun`` that name a doer ('strikes carried out by X')."""
    return [
        v
        for v in noun.children
        if v.dep_ == "acl"
        and v.tag_ == "VBN"
        and light_name(v) in event_triggers.lexicon().light
        and any(a.dep_ == "agent" for a in v.children)
    ]


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
    """``found`` (trigger index -> trigger) without such a participle whose noun is the subject of a trigger verb
    of the same category ('strikes carried out by X killed ...': one ASSAULT, by X, on the ones killed)."""
    out = dict(found)
    for i, trig in found.items():
        tok = sent.doc[i]
        if not isinstance(trig, event_triggers.Trigger) or trig.object is None or trig.object.i != tok.head.i:
            continue
        noun, verb = tok.head, tok.head.head
        if tok not in light_participles(noun) or noun.dep_ != "nsubj" or verb.i == noun.i:
            continue
        governing = found.get(verb.i)
        if not isinstance(governing, event_triggers.Trigger):
            continue
        if sense_type(tok, noun, trig.reading.plover) == event_triggers.coded_type(governing)[0]:
            del out[i]
    return out
