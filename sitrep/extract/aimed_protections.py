"""A protection told only as the aim of a means is no aid. CAMEO files every 'protect' as providing military
protection (074, PLOVER AID), but news mostly tells protecting as what a step, a law, a move or a risk taken is
for: 'passed a law to protect tenants', 'took steps to protect farmers', 'in a move to protect local firms',
'took great risks to protect the villagers'. Its infinitive hangs on the noun of the means, or is the purpose of a
verb whose object is that noun: it says an aim, and no protection is given. The verbs and the means nouns are
``data/aimed_protections.tsv``; a protection given ('police protected the leader'), or aimed by a means not listed
('opened a shelter to protect abused women': a shelter given), stays AID. Read by ``event_senses.sense_type``: no
event."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.event_syntax import lemma, to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of an infinitive of purpose: on a noun ('a law to protect'), on a verb ('took steps to protect')
PURPOSE_DEPS = {"acl", "advcl", "relcl", "xcomp"}
#: objects of the verb an infinitive is the purpose of
OBJECT_DEPS = {"dobj", "obj"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("aimed_protections.tsv")


def verbs() -> frozenset[str]:
    return _words().get("verb", frozenset())


def means() -> frozenset[str]:
    return _words().get("means", frozenset())


def _means_nouns(trig: Token) -> list[Token]:
    """The nouns the infinitive tells the aim of: the noun it hangs on, or the objects of the verb it is the
    purpose of (and the nouns those are coordinated with)."""
    head = trig.head
    if head.pos_ in {"NOUN", "PROPN"}:
        return [head]
    nouns = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    return nouns + [g for n in nouns for g in n.conjuncts]


def aimed_protection(trig: Token, etype: str) -> bool:
    """An AID verb of protecting, in a 'to' infinitive of purpose whose means is a noun of the table."""
    if etype != "AID" or lemma(trig) not in verbs() or trig.dep_ not in PURPOSE_DEPS or not to_infinitive(trig):
        return False
    return any(lemma(n) in means() for n in _means_nouns(trig))
