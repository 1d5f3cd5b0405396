"""Who stands behind a body, told as a description: a participle of sponsorship ('backed', 'funded', 'financed',
'sponsored') with no auxiliary and no time of its own that hangs on a body's name or noun ('Andina Motors, backed
by an investor, makes buses', 'the institute, funded by the government, has no campus') describes the body: a
standing state, not an act the report tells (PLOVER codes none). A participle with a time ('a club sponsored since
May by a bank'), one on anything else ('the resolution backed by Chile': a vote) and a finite verb ('the government
funded the institute') keep their act. Words in ``data/sponsor_participles.tsv``; read by ``told_rules.told_rule``
(frame 'generic')."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from sitrep.extract.data_files import word_sets
from sitrep.extract.token_lemma import lemma

#: how a bare participle hangs on the noun it describes ('the firm, backed by ...', 'a Chilean-funded school')
DESCRIBING_DEPS = {"acl", "amod"}
#: entity labels of a named body
BODY_LABELS = {"ORG", "NORP"}
#: entity labels and words that give the participle a time of its own: then it tells when the backing happened
TIME_LABELS = {"DATE", "TIME"}
TIME_WORDS = {"recently", "newly", "just", "now", "today", "yesterday", "since"}


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """kind ('verb', 'body') -> the words of ``data/sponsor_participles.tsv``."""
    return word_sets("sponsor_participles.tsv")


def described_body(trig: Token) -> bool:
    """The trigger is a bare participle of sponsorship with no time of its own on a body's name or noun."""
    if trig.tag_ != "VBN" or trig.dep_ not in DESCRIBING_DEPS or lemma(trig) not in words()["verb"]:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in trig.children):
        return False  # ('the club, which was sponsored by ...' is a relative clause, read elsewhere)
    if any(t.ent_type_ in TIME_LABELS or t.lower_ in TIME_WORDS for t in trig.subtree):
        return False
    return _body(trig.head)


def _body(noun: Token) -> bool:
    """A named organisation ('Andina Motors', 'BYD') or a noun of a body ('the firm', 'the club')."""
    if noun.pos_ == "PROPN" and noun.ent_type_ in BODY_LABELS:
        return True
    return noun.pos_ in {"NOUN", "PROPN"} and lemma(noun) in words()["body"]
