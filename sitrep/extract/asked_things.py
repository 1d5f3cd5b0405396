"""The thing a request asks for or an approval welcomes keeps its own arguments: they are not the act's target.

The target of a request is whoever is asked, of an approval whoever is approved; the parties inside the thing asked
for or welcomed are that thing's, not the act's:

- a beneficiary in the thing's 'for' phrase ('demanded greater market access for Indian firms', 'demanded
  compensation from Iraq for the victims': asked of Iraq, for the victims);
- the party a measure asked to be undone falls on ('asked for the lifting of sanctions on Turkish goods', 'demanded
  an end to sanctions against Iran': the party asked is whoever imposed them);
- the target of an act whose doer is named ('welcomed Trump's sanctions against Iran': Trump is approved).

Vocabulary in ``data/asked_things.tsv``; tests/sitrep/extract/test_asked_things23.py runs every example.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.token_lemma import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links inside one noun phrase between a name and the noun it is part of ('Indian firms', 'the firms and farms')
PHRASE_LINKS = {"amod", "compound", "nmod", "conj", "appos", "cc"}
#: prepositions that join a measure to the undoing noun above it ('the lifting of', 'an end to', 'relief from')
UNDOING_LINKS = {"of", "to", "from"}
#: how far above the name the act's own token may be
MAX_STEPS = 8


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    return word_sets("asked_things.tsv")


def without_inner_parties(
    mention_of: Callable[[Token], dict | None],
    tok: Token,
    plover: str,
    targets: list[dict],
    own: Token | None = None,
) -> list[dict]:
    """The targets less those that are arguments of the thing a request (or an approval) takes; when none is left,
    the thing's named owner, whose act it is ('welcomed Japan's aid for Syrian refugees': Japan is approved).
    ``own``: the event noun of a light verb's act ('voiced support for X'), which is the act, not a thing it takes."""
    if plover not in vocab()["category"]:
        return targets
    things = [_thing(tok, m, own) for m in targets]
    kept = [m for m, n in zip(targets, things, strict=True) if n is None]
    if kept or not targets:
        return kept
    nouns = {n.i: n for n in things if n is not None}.values()
    owners = [c for n in nouns for c in n.children if c.dep_ == "poss"]
    return [m for o in owners if (m := mention_of(o)) is not None]


def _thing(tok: Token, mention: dict, own: Token | None = None) -> Token | None:
    """The noun of the thing asked for or welcomed whose own argument the mention is, else None."""
    span = tok.doc.char_span(mention["start_char"], mention["end_char"], alignment_mode="expand")
    if span is None or tok.i in range(span.start, span.end):
        return None
    cur = span.root
    while cur.dep_ in PHRASE_LINKS and cur.head.i != cur.i:
        cur = cur.head  # 'Indian' of 'Indian firms'
    if cur.dep_ != "pobj" or cur.head.dep_ != "prep" or not _below(cur, tok):
        return None
    prep, noun = cur.head, cur.head.head
    if noun.i == tok.i or noun.pos_ != "NOUN" or (own is not None and noun.i == own.i):
        return None  # ('called for X', 'voiced support for X': the act's own phrase)
    if prep.lower_ in vocab()["beneficiary"]:
        return noun
    if prep.lower_ not in vocab()["act_prep"]:
        return None
    if any(c.dep_ in {"poss", "agent"} for c in noun.children):
        return noun  # 'welcomed Trump's sanctions against Iran'
    undone = noun.dep_ == "pobj" and noun.head.lower_ in UNDOING_LINKS and _lemma(noun.head.head) in vocab()["undoing"]
    return noun if undone else None


def _below(node: Token, top: Token) -> bool:
    cur = node
    for _ in range(MAX_STEPS):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == top.i:
            return True
    return False
