"""A resignation from an office of business ('Jeff Jones, president of the ride-hailing company Uber, resigned',
'the carmaker's CEO stepped down as chairman'): PLOVER's RETREAT 'resign' is the resignation of an official of
government; a firm's officer leaving the firm is no political event. Vocabulary: ``business_bodies`` and
``business_titles`` in ``data/event_frames.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of the office left ('stepped down as chief executive', 'resigned from the board of the firm')
OFFICE_PREPS = {"as", "from"}
#: how a noun's description hangs on it (not a relative clause: 'who met the CEO')
DESCRIPTION_DEPS = {"appos", "compound", "amod", "nmod", "poss", "prep", "pobj"}


def _described(noun: Token) -> list[Token]:
    """The noun and the words that describe it: apposition, modifiers and their 'of' phrases."""
    out, todo = [], [noun]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo += [c for c in cur.children if c.dep_ in DESCRIPTION_DEPS]
    return out


def business_office(trig: Token, cand: dict, v: dict[str, frozenset[str]]) -> bool:
    """The candidate is a resignation (RETREAT 'resign') whose resigner or the office left is described by a word
    of business: a firm (``business_bodies``) or a title only firms give (``business_titles``)."""
    if cand.get("event_type") != "RETREAT" or cand.get("event_mode") != "resign":
        return False
    heads = [c for c in trig.children if c.dep_ in {"nsubj", "nsubjpass"}]
    heads += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in OFFICE_PREPS for g in c.children]
    if trig.pos_ in {"NOUN", "PROPN"}:  # 'the resignation of Uber's president'
        heads += [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        heads += [c for c in trig.children if c.dep_ == "poss"]
    words = v["business_bodies"] | v["business_titles"]
    return any(_lemma(w) in words or w.lower_ in words for h in heads for w in _described(h))
