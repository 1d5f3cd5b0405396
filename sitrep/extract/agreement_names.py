"""Agreements named after a place: 'the Paris Agreement', 'the Minsk accords', 'the Oslo Accords', 'the Kyoto
Protocol'. The place is where the agreement was signed, not a party to what the sentence tells ('Trump said he
would cancel the Paris Agreement' has no French target), and the agreement's own name is a document, no actor.
A name ending in an agreement noun is dropped; so is a place other than a country that modifies one (a country
before the noun, 'the US-Iran agreement', names a party and stays)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.entity_vocab import AGREEMENT_NOUNS
from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: labels of the place names a modifier of an agreement noun is dropped for
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: dependencies that attach a name to the noun it modifies ('Paris' -> 'climate' -> 'accord')
_MODIFIER_DEPS = {"compound", "amod", "nmod"}


def drop_agreement_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` without agreements' names and the places they are named after (see module doc)."""
    return [sp for sp in spans if not _agreement_name(doc, sp)]


def _agreement_name(doc: Doc, sp: Span) -> bool:
    toks = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if toks is None or not len(toks):
        return False
    if toks[-1].lower_ in AGREEMENT_NOUNS:  # 'the Oslo Accords' taken as one organisation
        return True
    if sp.label not in _PLACE_LABELS or sp.kind == "country":
        return False
    head = toks.root
    while head.dep_ in _MODIFIER_DEPS and head.head is not head and head.head.i >= toks.end:
        head = head.head
        if head.lower_ in AGREEMENT_NOUNS:
            return True
    return False
