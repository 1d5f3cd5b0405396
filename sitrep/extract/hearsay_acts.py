"""Acts told as hearsay by a passive verb of saying or believing with an infinitive: 'Chilean troops are said to
have attacked the village', 'police were reported to have detained three journalists'. The subject is raised from
the infinitive (the parser hangs it on the verb of saying as its passive subject): it keeps the infinitive's own
voice, the doer of 'to have attacked', the one undergoing 'to have been arrested'. The act is coded as the act, as
'troops allegedly attacked the village' is (PLOVER codes what a report tells; the gold-standard records code acts
told 'according to' a source). Vocabulary: ``data/hearsay_acts.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv, word_sets
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "hearsay_acts.tsv"


@lru_cache(maxsize=1)
def hearsay_verbs() -> frozenset[str]:
    return word_sets(DATA).get("verb", frozenset())


def examples() -> list[dict]:
    return [r for r in read_tsv(DATA) if r["example"]]


def hearsay_infinitive(clause: Token) -> bool:
    """``clause`` is a 'to' infinitive hung on a passive verb of saying or believing ('are said to have attacked',
    'is believed to have been arrested'): its subject is raised from it, in its own voice."""
    if clause.dep_ != "xcomp" or clause.head.i == clause.i:
        return False
    verb = clause.head
    if lemma(verb) not in hearsay_verbs() or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
