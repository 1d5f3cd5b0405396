"""A response told with its means ('retaliated by expelling two diplomats', 'hit back by blaming the Dutch'): the
response verb's own category (a retaliation read as an attack) is not the act; the means clause is, and its own
trigger codes it. Vocabulary: ``response_verbs`` in ``data/event_frames.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def _phrasal(tok: Token) -> str:
    particle = [c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "back")]
    return f"{_lemma(tok)} {particle[0]}" if particle else _lemma(tok)


def means_told(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """The trigger is a verb of response (``response_verbs``) whose 'by' phrase names what was done with a verb
    ('retaliated by expelling', 'responded by closing the border'): the response codes no event of its own."""
    if trig.pos_ not in {"VERB", "AUX"} or _phrasal(trig) not in v["response_verbs"]:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in trig.children
    )
