"""Blame told without a verb of blaming: 'the minister said Peru was responsible for the attack', 'said Peruvian
agents were behind the bombing', 'Chile held Peru responsible for the deaths'. The speaker, or the one who holds
another responsible, accuses the one blamed (PLOVER ACCUSE allege: "formally or informally accuse"); a verb of
saying's said clause gives the target as other said clauses do (``event_arg_clauses.complement_targets``), a
verb of holding its object. Vocabulary: ``data/told_blame.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon
from sitrep.extract.data_files import word_sets
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the said clause under the verb of saying
SAID_DEPS = frozenset({"ccomp"})
#: links of the blame adjective under a verb of holding ('held Peru responsible': the parser's several readings)
HELD_DEPS = frozenset({"oprd", "advcl", "ccomp", "xcomp", "acomp", "amod"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    return word_sets("told_blame.tsv")


def told_blame(tok: Token):
    """An ACCUSE allege trigger on a verb of saying that tells an actor to blame for a harm, or on a verb of
    holding an actor responsible; None else."""
    if not (_holds_responsible(tok) or (quote_lexicon.tells_clause(tok) and any(map(_blames, _said(tok))))):
        return None

    return Trigger(tok, Reading("ACCUSE", "allege", "", origin="curated"), None)


def _said(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in SAID_DEPS]


def _blames(clause: Token) -> bool:
    """'X was responsible for the attack', 'X was behind the bombing': an actor subject (no pronoun, which tells
    the speaker's own claim), not negated, with a blame adjective's 'for' harm or a 'behind' harm."""
    v = vocab()
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or any(s.pos_ == "PRON" for s in subjects) or _negated(clause):
        return False
    holders = [clause] + [c for c in clause.children if c.dep_ == "acomp" and _lemma(c) in v["blame"]]
    preps = {"for"} if len(holders) > 1 else set()
    preps |= v["behind"]
    harms = [
        g
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in preps and (p.lower_ != "for" or h is not clause)
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return any(_lemma(g) in v["harm"] or g.lower_ in v["harm"] for g in harms)


def _holds_responsible(tok: Token) -> bool:
    """'held Peru responsible for the deaths', 'holds the rebels accountable': a verb of holding with an object
    and a blame adjective, not negated."""
    v = vocab()
    if _lemma(tok) not in v["hold"] or _negated(tok) or not any(c.dep_ in {"dobj", "obj"} for c in tok.children):
        return False
    return any(c.dep_ in HELD_DEPS and _lemma(c) in v["blame"] for c in tok.children)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)
