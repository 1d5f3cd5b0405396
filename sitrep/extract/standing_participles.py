"""A standing state told as a description: a participle with no auxiliary and no time of its own that tells who
stands behind a body ('Andina Motors, backed by an investor, makes buses', 'the institute, funded by the
government, has no campus') or who holds a place ('land occupied by Chile', 'the island annexed by Chile') describes
the body or the place, not an act the report tells (PLOVER codes none). A participle with a time ('a club sponsored
since May by a bank', 'the island annexed by Chile in 1880'), one on anything else ('the resolution backed by
Chile': a vote) and a finite verb ('the government funded the institute') keep their act. Words in
``data/standing_participles.tsv``; read by ``told_rules.told_rule`` (frame 'generic')."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how a bare participle hangs on the noun it describes ('the firm, backed by ...', 'the occupied town')
DESCRIBING_DEPS = {"acl", "amod"}
#: entity labels of a named body and of a named place
BODY_LABELS = {"ORG", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: entity labels and words that give the participle a time of its own: then it tells when the act happened
TIME_LABELS = {"DATE", "TIME"}
TIME_WORDS = {"recently", "newly", "just", "now", "today", "yesterday", "since"}
#: the kind of a participle's verb -> (the kind of the nouns it describes, their entity labels)
DESCRIBED = {"sponsor": ("body", BODY_LABELS), "hold": ("place", PLACE_LABELS)}


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """kind ('sponsor', 'hold', 'body', 'place') -> the words of ``data/standing_participles.tsv``."""
    return word_sets("standing_participles.tsv")


def described(trig: Token) -> bool:
    """The trigger is a bare participle of sponsorship on a body, or of holding on a place, with no time."""
    if trig.tag_ != "VBN" or trig.dep_ not in DESCRIBING_DEPS:
        return False
    kind = next((k for k in DESCRIBED if lemma(trig) in words().get(k, ())), None)
    if kind is None or any(c.dep_ in {"aux", "auxpass"} for c in trig.children):
        return False  # ('the club, which was sponsored by ...' is a relative clause, read elsewhere)
    if any(t.ent_type_ in TIME_LABELS or t.lower_ in TIME_WORDS for t in trig.subtree):
        return False
    nouns, labels = DESCRIBED[kind]
    head = trig.head
    if head.pos_ == "PROPN" and head.ent_type_ in labels:
        return True  # 'Andina Motors', 'Peru'
    return head.pos_ in {"NOUN", "PROPN"} and lemma(head) in words()[nouns]
