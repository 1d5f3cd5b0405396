"""Figurative wars and battles: a war of words, a trade or price war, a battle of wills, a legal fight.

Such a noun is no violent happening, so it can neither be an attack nor do one ('the trade war hurt farmers', 'a
price war broke out'). The words that make it figurative are the ``trigger_senses.tsv`` rows of the noun read as
ASSAULT with no other category (``war ASSAULT word trade price ... -``): a modifier of the noun ('trade war') or
the noun of its 'of' phrase ('war of words').
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

MODIFIER_DEPS = {"compound", "amod", "nmod"}


@lru_cache(maxsize=1)
def figurative_words() -> dict[str, frozenset[str]]:
    """noun lemma -> the modifiers and 'of' nouns that make it figurative."""
    out: dict[str, set[str]] = {}
    for r in read_tsv("trigger_senses.tsv"):
        if r["plover"] == "ASSAULT" and r["instead"] == "-":
            out.setdefault(r["lemma"], set()).update(r["objects"].split())
    return {k: frozenset(v) for k, v in out.items()}


def figurative(tok: Token) -> bool:
    """The noun is a figurative war or battle ('the trade war', 'a war of words', 'their legal battle')."""
    words = figurative_words().get(_lemma(tok)) if tok.pos_ == "NOUN" else None
    if not words:
        return False
    mods = [c for c in tok.children if c.dep_ in MODIFIER_DEPS]
    mods += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(_lemma(m) in words or m.lower_ in words for m in mods)


#: prepositions whose noun is what a verb of fighting fights ('engaged in a tech war', 'locked into a price war')
FOUGHT_PREPS = {"in", "into", "with", "of"}
#: the categories a figurative war is never: fighting, a threat of it, a show of force
VIOLENT_TYPES = {"ASSAULT", "THREATEN", "MOBILIZE"}


def fights_figurative(trig: Token, etype: str) -> bool:
    """The trigger is, or fights, a figurative war: 'fought a legal battle', 'engaged in a tech war'."""
    if etype not in VIOLENT_TYPES:
        return False
    if figurative(trig):
        return True
    nouns = [c for c in trig.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    preps = [p for p in trig.children if p.dep_ == "prep" and p.lower_ in FOUGHT_PREPS]
    nouns += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return any(figurative(n) for n in nouns)
