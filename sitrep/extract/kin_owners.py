"""The one a relative is named by is no party: 'police arrested the wife of X' (she is arrested, not X), 'a court
extended the detention of Y, the daughter of X', 'the regime watched X's fellow officers'. The tokens of a kin
noun's 'of' phrase and possessor (and of the possessor of a noun with 'fellow') only say whose relative the
actor is; ``event_arg_phrases.np_actors`` leaves them out. The words are in ``data/kin_nouns.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the one a relation is to ('the wife of X', "X's wife")
OWNER_PREPS = frozenset({"of"})
OWNER_DEPS = frozenset({"poss"})
#: links of a clause on a noun ('the widow of X, killed in ...')
CLAUSE_DEPS = frozenset({"acl", "relcl"})


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """kind -> words: 'kin' (relatives), 'fellow' (modifiers of a relation)."""
    rows = read_tsv("kin_nouns.tsv")
    return {kind: frozenset(r["word"] for r in rows if r["kind"] == kind) for kind in ("kin", "fellow")}


def _owner_links(tok: Token) -> list[Token]:
    """The possessor and the 'of' phrases of ``tok``."""
    return [c for c in tok.children if c.dep_ in OWNER_DEPS or (c.dep_ == "prep" and c.lower_ in OWNER_PREPS)]


def kin(tok: Token) -> bool:
    """A noun that names a relative ('wife', 'son', 'family')."""
    return tok.pos_ in {"NOUN", "PROPN"} and (_lemma(tok) in words()["kin"] or tok.lower_ in words()["kin"])


def kin_owner_tokens(tokens: list[Token]) -> set[int]:
    """Token indexes, among a noun phrase's ``tokens``, of the ones its relatives are named by."""
    found = words()
    out: set[int] = set()
    for t in tokens:
        relative = kin(t)
        fellow = t.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in found["fellow"] for c in t.children)
        if relative or fellow:
            links = _owner_links(t) if relative else [c for c in t.children if c.dep_ in OWNER_DEPS]
            owned = {x.i for c in links for x in c.subtree}
            if not _clause_after(t, owned):
                out |= owned
    return out


def _clause_after(noun: Token, owned: set[int]) -> bool:
    """A participle or relative clause the parser hung on the relative after the owner's phrase ('the widow of X,
    killed in a raid'): it may tell of the owner, the nearer noun, so the owner stays a party."""
    last = max(owned, default=noun.i)
    return any(c.dep_ in CLAUSE_DEPS and c.i > last for c in noun.children)
