"""A claim of responsibility for attacks told before ('Two car bombers struck troops west of X on Monday ... The
group claimed responsibility for the attacks'): the claimer is who attacked, so the claim's attack hits whom the
attack it claims hit. The claimed attack is the nearest one told before whose attacker the text leaves unnamed
('bombers', 'gunmen'): a claim names the doer a report could not. Claim words: ``claimed_acts`` in
``data/event_frames.json``; attack nouns: ``data/event_anaphora.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_anaphora import noun_types
from sitrep.extract.event_frames import vocab
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the category of a claimed act and of the act it claims
CLAIMED_TYPE = "ASSAULT"


def claimed_noun(trig: Token) -> Token | None:
    """The attack noun a claim is for ('claimed responsibility [for the attacks]'), the 'for' hung on the claim
    word or on its verb; None for any other act."""
    words = vocab()["claimed_acts"]
    objs = [c for c in trig.children if c.dep_ == "dobj" and lemma(c) in words]
    if not objs and lemma(trig) in words:
        objs = [trig]  # the trigger is the claim word itself
    for holder in [*objs, *(o.head for o in objs)]:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and CLAIMED_TYPE in noun_types(noun):
                    return noun
    return None


def claimed_targets(trig: Token, cand: dict, history: list[tuple[int, dict]]) -> list[dict]:
    """Target rows for the claim ``cand`` (of ``trig``): the targets of the nearest attack told before it whose
    attackers are all unnamed groups; none when the claim names its own target or is no claim of an attack."""
    if cand["event_type"] != CLAIMED_TYPE or any(p["role"] == "target" for p in cand["participants"]):
        return []
    if claimed_noun(trig) is None:
        return []
    for i, prior in sorted(history, key=lambda h: h[0], reverse=True):
        if i >= trig.i or prior["event_type"] != CLAIMED_TYPE:
            continue
        sources = [p for p in prior["participants"] if p["role"] == "source"]
        targets = [{**p} for p in prior["participants"] if p["role"] == "target"]
        if sources and targets and all(p.get("mention_idx") is None and p.get("group") for p in sources):
            return targets
    return []
