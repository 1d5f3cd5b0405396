"""Meetings told as the grounds of another act ('sanctioned the senators for visiting Bolivia', 'thanked Peru for
hosting the talks', 'will slap sanctions on them for visiting Crimea'): the visit or the hosting is why the act was
done, done by the act's recipient, not a meeting of the act's doer. The lexicon's triggers in such a 'for' phrase are
already left to the act that governs them ('criticised Peru for attacking the post' is one ACCUSE); the meeting
rules' triggers, always coded otherwise, are left the same way here. Used by ``event_candidates``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract import event_triggers

#: the preposition of an act's grounds ('punished them for visiting', 'praised her for hosting')
GROUNDS_PREPS = {"for"}


def without_grounds(found: dict[int, object], sent: Span) -> dict[int, object]:
    """``found`` (trigger index -> trigger) without the meeting rules' triggers that tell another act's grounds."""
    return {i: t for i, t in found.items() if not _grounds(sent.doc[i], t, found)}


def _grounds(tok: Token, trig: object, found: dict[int, object]) -> bool:
    """A meeting rule's gerund in a 'for' phrase of another trigger of the sentence ('sanctioned X for visiting')."""
    if isinstance(trig, event_triggers.Trigger) or tok.dep_ != "pcomp" or tok.tag_ != "VBG":
        return False
    prep = tok.head
    return prep.dep_ == "prep" and prep.lower_ in GROUNDS_PREPS and prep.head.i in found and prep.head.i != tok.i
