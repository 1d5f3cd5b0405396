"""Who a noun of blaming blames, read from its 'that' clause: 'Carter repeated his allegation that Lopez had tapped
his phones' is aimed at Lopez, as 'Carter alleged that Lopez had tapped his phones' is.

A verb of alleging finds its target in its complement clause (``event_arg_clauses.complement_targets``); an
accusation told by a noun ('repeated his allegation', 'made the accusation', ``data/claim_clauses.tsv``) hangs
the same clause on the noun (an ``acl`` or ``ccomp`` with 'that'), where nothing looked, and was coded with its
accuser alone. The clause's subject (not a pronoun) is the one blamed; in a passive clause the subject is the
one wronged and the 'by' agent is blamed ('the claim that he was spied on by X'). Only an accusation with no
target yet reads it.

The noun may also be the direct object of the accusing verb itself when the verb's pattern binds no object:
'lawmakers will investigate allegations that X had bribed officials' is an inquiry aimed at X, as 'an inquiry
into allegations that X had ...' is (``event_args._inquiry_targets``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_clauses import PRONOUN_WORDS
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "claim_clauses.tsv"
#: links of a clause hung on a noun ('the allegation that X had ...')
CLAUSE_DEPS = frozenset({"acl", "ccomp"})


@lru_cache(maxsize=1)
def claim_nouns() -> frozenset[str]:
    """The nouns of blaming of ``data/claim_clauses.tsv`` and the nouns of claiming read as accusations
    (``claimed_accusations``: 'Peru's claim that Chile spied on its navy')."""
    from sitrep.extract.claimed_accusations import words  # (claimed_accusations loads with the trigger lexicon)

    return frozenset(r["word"] for r in read_tsv(DATA)) | words()["noun"]


def examples() -> list[dict]:
    return read_tsv(DATA)


def _that_clauses(noun: Token) -> list[Token]:
    return [
        c
        for c in noun.children
        if c.dep_ in CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"} and any(m.lower_ == "that" for m in c.children)
    ]


def claim_targets(mention_of: Callable[[Token], dict | None], holders: list[Token]) -> list[dict]:
    """The actors a noun of blaming among ``holders`` blames by its 'that' clause (see the module doc)."""
    out: list[dict] = []
    objects = [c for h in holders if h.pos_ == "VERB" for c in h.children if c.dep_ == "dobj"]
    for noun in [*holders, *(o for o in objects if o not in holders)]:
        if noun.pos_ != "NOUN" or lemma(noun) not in claim_nouns():
            continue
        for clause in _that_clauses(noun):
            for s in clause.children:
                if s.dep_ == "nsubj" and s.lower_ not in PRONOUN_WORDS:
                    out += np_actors(mention_of, s)
                elif s.dep_ == "agent":
                    out += [m for p in s.children if p.dep_ == "pobj" for m in np_actors(mention_of, p)]
    return out
