"""Diplomatic missions in an event's sentence: 'outside the French embassy', "Peru's consulate", 'the embassy
of Chile'. The state a mission belongs to is the one a protest or an attack at it is aimed at (PLOVER's TAR),
and it is not the country the protesters are from (that is the country of the place)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: nouns of a state's mission abroad
MISSION_NOUNS = frozenset({"embassy", "consulate", "legation", "chancery"})
#: events whose target a mission names when the parse gives them none
AIMED_AT_MISSIONS = frozenset({"PROTEST", "ASSAULT", "THREATEN"})


def _mission_state(noun: Token) -> str | None:
    """The state a mission noun belongs to: its modifier ('French', 'US', "Peru's") or 'of X'."""
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "poss", "nmod"}:
            words = [t for t in c.subtree if t.dep_ in {"compound", "amod"} or t == c]
            phrase = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
            iso3 = places.country_cue(c.text) or places.country_iso3(phrase)
            if iso3:
                return iso3
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and (iso3 := places.country_cue(p.text)):
                    return iso3
    return None


def mission_states(sent: Span) -> set[str]:
    """ISO-3 codes of the states whose missions the sentence names."""
    return {iso3 for t in sent if (t.lemma_ or t.lower_).lower() in MISSION_NOUNS and (iso3 := _mission_state(t))}


def mission_targets(sent: Span, etype: str, parts: list[dict]) -> list[dict]:
    """Target rows for a protest or attack at a state's mission that has no target of its own: the one
    state whose mission the sentence names ('rallied outside the French embassy' targets France)."""
    if etype not in AIMED_AT_MISSIONS or any(p["role"] == "target" for p in parts):
        return []
    states = mission_states(sent)
    if len(states) != 1:
        return []
    return [{"mention_idx": None, "role": "target", "country_iso3": states.pop()}]
