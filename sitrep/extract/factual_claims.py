"""Claims of fact read as accusations: CAMEO codes 'claim' (ALLEGE) and 'contend' (VERBAL CONFLICT) 110, PLOVER
ACCUSE, but an accusation needs a party blamed for a wrong. A claim whose 'that' clause tells a fact and no wrong
('officials claimed that turnout was above 90 percent') is no ACCUSE; one whose clause holds a word of wrongdoing
('was to blame', 'a terrorist training ground', 'had rigged the vote') or an act the trigger lexicon reads as conflict
('claimed that the rebels had shelled the town') stays. Vocabulary: ``data/claim_wrongs.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import event_triggers
from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "claim_wrongs.tsv"
#: PLOVER's conflict categories: an act of one told in the clause is a wrong the claim blames someone for
CONFLICT = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


@lru_cache(maxsize=8)
def _words(kind: str) -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA) if r["kind"] == kind)


def examples() -> list[dict]:
    return read_tsv(DATA)


def _conflict_act(tok: Token) -> bool:
    if tok.pos_ in {"VERB", "AUX"}:
        trig = event_triggers.read_verb(tok)
    elif tok.pos_ == "NOUN":
        trig = event_triggers.resolve_noun(tok)
    else:
        return False
    return trig is not None and trig.reading.plover in CONFLICT


def _tells_wrong(clause: Token) -> bool:
    wrongs = _words("wrong")
    return any(lemma(t) in wrongs or t.lower_ in wrongs or _conflict_act(t) for t in clause.subtree)


def factual_claim(trig: Token, etype: str) -> bool:
    """The ACCUSE trigger is a verb of claiming whose 'that' clause tells no wrong (see the module doc)."""
    if etype != "ACCUSE" or trig.pos_ != "VERB" or lemma(trig) not in _words("claim"):
        return False
    clauses = [c for c in trig.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in {"dobj", "obj", "dative"} for c in trig.children):
        return False  # ("claimed responsibility", "told him that": read by the lexicon)
    return not any(_tells_wrong(c) for c in clauses)
