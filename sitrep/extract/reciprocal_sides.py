"""Acts two or more coordinated doers do to each other: 'A and B accused each other', 'A and B exchanged fire',
'A and B traded accusations', 'A and B clashed'. The parse gives all of them as sources and names no target; the
act is aimed at each other, so the first stays the source and the others are its targets, as a mutual act
'between A and B' is coded (``event_participants.mutual_sides``). The cues are in ``data/reciprocal_cues.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links from a trigger noun to the verb it is the object of ('exchanged fire', 'traded accusations'), and the
#: link of a verb the parser hangs on the noun ('trade accusations' read as a compound noun)
OBJECT_DEPS = frozenset({"dobj", "obj"})
COMPOUND_DEPS = frozenset({"compound", "amod"})


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset]:
    """kind -> cues: 'pronoun' -> {(determiner, head)}, 'verb' -> {lemma}."""
    rows = read_tsv("reciprocal_cues.tsv")
    pronouns = frozenset(tuple(r["cue"].split()) for r in rows if r["kind"] == "pronoun")
    return {"pronoun": pronouns, "verb": frozenset(r["cue"] for r in rows if r["kind"] == "verb")}


def _reciprocal_object(tok: Token) -> bool:
    """'each other', 'one another' as an object or prepositional object of ``tok`` ('accused each other', 'clashed
    with one another')."""
    pairs = cues()["pronoun"]
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    objs += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for o in objs:  # (either word may head the pair: 'one another' parses 'one' or 'another' as the object)
        found = {frozenset((o.lower_, c.lower_)) for c in o.children if c.dep_ == "det"}
        if found & {frozenset(pair) for pair in pairs}:
            return True
    return False


def reciprocal(trig: Token) -> bool:
    """The trigger tells an act done to each other: a reciprocal object, a verb of exchange or clashing, or a
    trigger noun that such a verb takes ('traded accusations')."""
    verbs = cues()["verb"]
    holders = [trig]
    if trig.pos_ in {"NOUN", "PROPN"}:
        if trig.dep_ in OBJECT_DEPS:
            holders.append(trig.head)
        holders += [c for c in trig.children if c.dep_ in COMPOUND_DEPS]
    return any(_lemma(h) in verbs or h.lower_ in verbs for h in holders) or any(_reciprocal_object(h) for h in holders)


def sides(trig: Token, rows: list[dict]) -> list[dict]:
    """The [{mention, role}] of a trigger, with two or more sources and no target of a reciprocal act read as the
    first source acting on the others."""
    sources = [r for r in rows if r["role"] == "source"]
    if len(sources) < 2 or len(sources) != len(rows) or not reciprocal(trig):
        return rows
    return [sources[0]] + [{**r, "role": "target"} for r in sources[1:]]
