"""A court sentence with no prison term ('sentenced him to death', 'a suspended sentence', 'sentenced to community
service') is PLOVER SANCTION convict: the manual codes a finding of guilt and its court-ordered penalty as SANCTION
and adds COERCE arrest only for sentences that include imprisonment (which keep their COERCE arrest reading).
Vocabulary: ``data/court_sentences.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "court_sentences.tsv"
SANCTION = ("SANCTION", "convict")
#: the words of a sentence: the verb ('sentenced X to death') or the noun ('a suspended sentence')
SENTENCE_LEMMAS = {"sentence"}
#: links of a noun trigger's penalty words ('a suspended sentence', 'a death sentence', 'a sentence of probation')
NOUN_DEPS = {"amod", "compound", "nmod", "prep"}


@lru_cache(maxsize=8)
def _words(kind: str) -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA) if r["kind"] == kind)


def examples() -> list[dict]:
    return read_tsv(DATA)


def _penalty_words(trig: Token) -> set[str]:
    """The words that tell the penalty: a verb's 'to' phrase, a noun's modifiers (and a light verb's 'to')."""
    if trig.pos_ == "VERB":
        heads = [c for c in trig.children if c.dep_ == "prep" and c.lower_ == "to"]
    else:
        heads = [c for c in trig.children if c.dep_ in NOUN_DEPS]
    return {w for h in heads for t in h.subtree for w in (lemma(t), t.lower_)}


def non_custodial(trig: Token, etype: str) -> bool:
    """The COERCE trigger is a court sentence whose penalty is named, and named with no prison term."""
    if etype != "COERCE" or lemma(trig) not in SENTENCE_LEMMAS:
        return False
    words = _penalty_words(trig)
    return bool(words & _words("free")) and not words & _words("held")
