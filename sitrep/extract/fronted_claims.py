"""An act told before a reply that takes it up by a noun: 'Nigeria accused Ghana of harbouring rebels, a charge
Ghana denied'. The parser reads the accusation as the clause of 'denied' (what Ghana denied), so the denial
governed it and the accusation was never coded. The reply's own object, a noun of claiming placed between the two
('a charge', an allegation'), is what is replied to; the act told first is the writer's report of a real act.
The nouns are in ``data/fronted_claims.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@lru_cache(maxsize=1)
def claim_nouns() -> frozenset[str]:
    """Nouns by which a reply takes up the act told before it."""
    return frozenset(r["word"] for r in read_tsv("fronted_claims.tsv"))


def fronted_claim(clause: Token) -> bool:
    """``clause`` is told before the verb it hangs on, and that verb's object, a noun of claiming between the two,
    takes it up ('X accused Y of ..., a charge Y denied')."""
    if clause.dep_ != "ccomp" or clause.i > clause.head.i:
        return False
    return any(
        c.dep_ == "dobj" and clause.i < c.i < clause.head.i and lemma(c) in claim_nouns() for c in clause.head.children
    )


#: links of a noun that takes up the main clause beside it ('accused Y of ..., a charge Y denied')
BESIDE_DEPS = frozenset({"npadvmod", "appos"})


def claim_reply(clause: Token) -> bool:
    """``clause`` is a relative clause with its own subject on a noun of claiming set beside the main clause
    ('X accused Y of ..., an allegation Y rejected'): the reply is an act of its own, not a part of the act."""
    noun = clause.head
    return (
        clause.dep_ == "relcl"
        and noun.dep_ in BESIDE_DEPS
        and lemma(noun) in claim_nouns()
        and any(c.dep_ == "nsubj" for c in clause.children)
    )


def reply_targets(doc: Doc, made: dict[int, dict]) -> None:
    """A reply told by a relative clause on a noun of claiming ('X accused Y of ..., an allegation Y rejected')
    that names no target is aimed at the sources of the act the noun takes up (X). ``made``: trigger index ->
    candidate, one sentence."""
    for i, reply in made.items():
        tok = doc[i]
        act = made.get(tok.head.head.i) if claim_reply(tok) else None
        if act is None or act is reply or any(p["role"] == "target" for p in reply["participants"]):
            continue
        own = {p.get("mention_idx") for p in reply["participants"]} - {None}
        reply["participants"] += [
            {**p, "role": "target"}
            for p in act["participants"]
            if p["role"] == "source" and (p.get("mention_idx") is None or p["mention_idx"] not in own)
        ]
