"""Descriptions that stand for a state named before: 'the kingdom', 'the isolated nation', 'the republic'.

A common noun of ``data/state_epithets.tsv`` (`noun` rows) after 'the', with no possessive, number or `blocked`
modifier ('the other country', 'the whole nation', 'the host country'), refers back to the last country the article
named; a `fixed` description ('the Jewish state', 'the hermit kingdom') to the last mention of its own state.
event_mentions.description_antecedent finds that mention; tests/sitrep/extract/test_state_epithets24.py runs every
example.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv, word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "state_epithets.tsv"
WORDS = word_sets(DATA)
FIXED = {r["word"]: r["iso3"] for r in read_tsv(DATA) if r["kind"] == "fixed"}
#: the head nouns of the fixed descriptions ('state' of 'the Jewish state'), which alone refer to none
HEADS = {phrase.split()[-1] for phrase in FIXED}
#: modifiers a description may have besides 'the' ('the oil-rich kingdom', 'the Asian nation')
MODIFIER_DEPS = {"amod", "compound", "advmod", "npadvmod", "punct"}


def examples() -> list[dict]:
    return [r for r in read_tsv(DATA) if r.get("example")]


def epithet_state(tok: Token) -> str | None:
    """'' when ``tok`` heads a description of the last country named, the ISO3 code of a fixed one's state, None
    when it is no such description."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ not in WORDS["noun"] | HEADS:
        return None
    mods = [c for c in tok.children if c.dep_ not in {"prep", "case", "acl", "relcl"}]
    if not mods or mods[0].lower_ != "the" or mods[0].dep_ != "det":
        return None
    words = [t for m in mods[1:] for t in m.subtree]
    if any(m.dep_ not in MODIFIER_DEPS for m in mods[1:]) or any(t.lower_ in WORDS["blocked"] for t in words):
        return None
    phrase = " ".join(t.lower_ for t in sorted([*words, tok], key=lambda t: t.i) if t.dep_ != "punct")
    if phrase in FIXED:
        return FIXED[phrase]
    return None if tok.pos_ == "PROPN" or tok.lower_ not in WORDS["noun"] else ""
