"""Rules told as background: the participle on a noun of an act of rule ('the order banning travel') tells what the
rule does, an act of the sentence only where the sentence makes the rule ('signed an order banning travel', 'a
decree expelling the envoy was issued'; the making verbs are the `verb` rows of ``data/made_things.tsv``). Anywhere
else, named in a prepositional phrase ('support for Trump's frozen order imposing a ban', 'before the president's
order barring immigrants'), the rule is one told before: no event. A rule that is a verb's subject or object keeps
its act ('the judge's order banning the march was ignored by the protesters'). The nouns are
``data/told_rule_nouns.tsv``. A participle of sponsorship that describes a body ('the firm, backed by an investor')
is likewise a standing description, as is one of holding on a place (``standing_participles``). Used by
``event_frames.frame_reason``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.standing_participles import described
from sitrep.extract.token_lemma import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how a participle hangs on the noun it describes
PARTICIPLE_DEPS = {"acl"}
PARTICIPLE_TAGS = {"VBG", "VBN"}
#: how the rule noun stands as what a verb makes ('signed an order', 'an order was issued')
MADE_DEPS = {"dobj", "nsubjpass", "conj"}
#: links from a noun trigger up to its participle ('the order imposing a ban': 'ban' -> 'imposing')
NOUN_DEPS = {"dobj", "pobj", "prep"}
MAX_CLIMB = 3


@lru_cache(maxsize=1)
def rule_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_tsv("told_rule_nouns.tsv"))


@lru_cache(maxsize=1)
def making_verbs() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv("made_things.tsv") if r["kind"] == "verb")


def _participle(trig: Token) -> Token | None:
    cur = trig
    for _ in range(MAX_CLIMB):
        if cur.dep_ in PARTICIPLE_DEPS and cur.tag_ in PARTICIPLE_TAGS:
            return cur
        if cur.dep_ not in NOUN_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _made_here(noun: Token) -> bool:
    """The rule noun is what a verb of making makes in this sentence."""
    cur = noun
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # 'signed a decree and an order banning ...'
    return cur.dep_ in MADE_DEPS and _lemma(cur.head) in making_verbs()


def told_rule(trig: Token) -> bool:
    """The trigger is (the object of) a participle on a rule noun named in a prepositional phrase ('support for the
    order imposing', 'before the order barring'), which the sentence does not make. A rule that is a verb's subject
    or object keeps its act ('the judge's order banning the march was ignored': the judge bans it)."""
    if described(trig):
        return True  # 'the firm, backed by an investor, ...': who stands behind the body
    part = _participle(trig)
    if part is None:
        return False
    noun = part.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # 'against the decree and the order banning ...'
    return _lemma(part.head) in rule_nouns() and noun.dep_ == "pobj" and not _made_here(noun)
