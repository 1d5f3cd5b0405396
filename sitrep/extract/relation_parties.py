"""The party of a relation an act is aimed at: 'reaffirmed its commitment to its alliance with X', 'voiced support
for closer ties with X' are aimed at X. The act's argument (its object or a phrase of the trigger or of its event
noun) names a relation noun of ``data/relation_nouns.tsv``: directly, through a gerund ('committed to strengthening
ties with X') or through the noun its object names ('pledged its commitment to friendship with X'). The actors of
that noun's 'with' phrase are the act's targets."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.token_lemma import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of an act's phrase that names what the act is aimed at ('commitment to', 'support for')
AIM_PREPS = {"to", "for", "toward", "towards", "on", "in"}
#: prepositions of a relation noun that name its other party
PARTY_PREPS = {"with"}


@lru_cache(maxsize=1)
def relation_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_tsv("relation_nouns.tsv"))


def _aimed_nouns(holder: Token) -> list[Token]:
    """The nouns an act's holder (the trigger or its event noun) is aimed at: its object, the objects of its aim
    phrases, and the object of a gerund in such a phrase ('to strengthening ties')."""
    out: list[Token] = []
    for c in holder.children:
        if c.dep_ in {"dobj", "obj"}:
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in AIM_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(p)
                elif p.dep_ == "pcomp" and p.tag_ == "VBG":
                    out += [o for o in p.children if o.dep_ in {"dobj", "obj"}]
    return out


def relation_parties(
    mention_of: Callable[[Token], dict | None], holders: list[Token], targets: list[dict]
) -> list[dict]:
    """The actors of the 'with' phrase of a relation noun the act is aimed at (see the module), for an act with no
    ``targets`` found yet."""
    if targets:
        return []
    nouns = relation_nouns()
    found: list[dict] = []
    aimed = [n for h in holders for n in _aimed_nouns(h)]
    aimed += [n for a in aimed if _lemma(a) not in nouns for n in _aimed_nouns(a)]  # 'pledged its commitment to ...'
    for noun in (n for n in aimed if _lemma(n) in nouns):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in PARTY_PREPS:
                found += [m for p in prep.children if p.dep_ == "pobj" for m in np_actors(mention_of, p)]
    return found
