"""Meetings told as the grounds of a hostile act ('sanctioned the senators for visiting Bolivia', 'arrested two
activists for meeting the opposition leader', 'will slap sanctions on them for visiting Crimea'): the visit is why
the act was done, done by the act's recipient, not a meeting of the act's doer. The lexicon's triggers in such a 'for'
phrase are already left to the act that governs them ('criticised Peru for attacking the post' is one ACCUSE); the
meeting rules' triggers, always coded otherwise, are left the same way here. Thanks or praise for hosting talks
keep them: those who thank took part ('expressed gratitude to Brazil for hosting the talks'). Used by
``event_candidates``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract import event_triggers

#: the preposition of an act's grounds ('punished them for visiting')
GROUNDS_PREPS = {"for"}
#: the categories of hostile acts (PLOVER's verbal and material conflict), whose grounds are the recipient's conduct
HOSTILE = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def without_grounds(found: dict[int, object], sent: Span) -> dict[int, object]:
    """``found`` (trigger index -> trigger) without the meeting rules' triggers that tell another act's grounds."""
    return {i: t for i, t in found.items() if not _grounds(sent.doc[i], t, found)}


def _grounds(tok: Token, trig: object, found: dict[int, object]) -> bool:
    """A meeting rule's gerund in a 'for' phrase of a hostile trigger of the sentence ('sanctioned X for visiting')."""
    if isinstance(trig, event_triggers.Trigger) or tok.dep_ != "pcomp" or tok.tag_ != "VBG":
        return False
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ not in GROUNDS_PREPS or prep.head.i == tok.i:
        return False
    act = found.get(prep.head.i)
    return isinstance(act, event_triggers.Trigger) and event_triggers.coded_type(act)[0] in HOSTILE
