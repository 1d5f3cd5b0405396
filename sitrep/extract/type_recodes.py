"""Three readings a verb takes from what it governs, over its plain lexicon reading (PLOVER 2021 type rules):

- an order whose complement is the act ordered, told as a past participle ('the judge ordered the journalist
  detained', 'ordered the activists released'), is the act (COERCE arrest, RETREAT release), done by the one
  who orders, not a request (``ordered_act``; ``data/ordered_acts.tsv``);
- a promise of a response of force ('promised a crushing response to any attack', 'vowed a forceful reaction') is
  a threat, THREATEN violence, not AGREE (``promised_force``; ``data/promised_responses.tsv``);
- a vow or pledge whose content clause tells a past or present-perfect fact ('X has left the town, the leader
  pledged'; 'vowed that he had never taken bribes') is an assertion, not a promise: no event (PLOVER AGREE is a
  commitment about what one will do; ``asserted_fact``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: dependencies of an ordered act's participle: a clause complement, an object predicate, a participle on the
#: object ('ordered the activists released')
COMPLEMENT_DEPS = {"ccomp", "xcomp", "oprd"}
#: participle tags ('detained' is often tagged as a past tense with the object as its subject)
PARTICIPLE_TAGS = {"VBN", "VBD"}
#: children that make the complement a clause of its own ('that they be released', 'to be released')
CLAUSE_MARKS = {"aux", "auxpass", "mark", "neg"}
#: the verbs of promising whose object may be a response of force, and the nouns of a response
PROMISE_VERBS = {"vow", "promise", "pledge", "swear", "warn"}
RESPONSE_NOUNS = {"response", "reaction", "answer", "retaliation", "reply"}
#: verbs of vowing whose content clause may tell a fact instead of a promise
VOW_VERBS = {"vow", "pledge", "promise", "swear"}
#: auxiliaries of the perfect: 'has left', 'had taken'
PERFECT_AUX = {"have", "has", "had", "'ve", "'d"}
#: what the recoding returns for a verb that codes no event
NO_EVENT = False


@lru_cache(maxsize=1)
def _orders() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in read_tsv("ordered_acts.tsv"):
        out.setdefault(row["verb"], set()).add(row["act"])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _force_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv("promised_responses.tsv"))


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _participles(verb: Token) -> list[Token]:
    """The participles that tell the act ordered: the verb's bare participle complement, or a participle hung on
    its direct object."""
    out = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    out += [a for o in verb.children if o.dep_ in {"dobj", "obj"} for a in o.children if a.dep_ == "acl"]
    out = [c for c in out if c.tag_ in PARTICIPLE_TAGS and c.i > verb.i]
    return [c for c in out if not any(g.dep_ in CLAUSE_MARKS for g in c.children)]


def ordered_act(verb: Token, resolve: Callable[[Token], object | None]):
    """The reading of the act an order's participle complement tells ('ordered the journalist detained': COERCE
    arrest), when it is one of the kinds ``data/ordered_acts.tsv`` lists for the ordering verb, else None."""
    kinds = _orders().get(_lemma(verb))
    if not kinds:
        return None
    for c in _participles(verb):
        trig = resolve(c)
        if trig is not None and trig.reading.plover in kinds:
            return trig.reading
    return None


def promised_force(verb: Token) -> bool:
    """A promise verb whose direct object is a response of force ('promised a crushing response')."""
    if _lemma(verb) not in PROMISE_VERBS:
        return False
    words = _force_words()
    for o in verb.children:
        nouns = [o] if o.dep_ in {"dobj", "obj"} else [g for g in o.children if o.dep_ == "prep" and o.lower_ == "of"]
        for n in nouns:
            if _lemma(n) in RESPONSE_NOUNS and any(
                a.dep_ in {"amod", "compound"} and a.lower_ in words for a in n.children
            ):
                return True
    return False


def asserted_fact(verb: Token) -> bool:
    """A vow verb whose content clause is in the past or the perfect with no modal ('has left', 'left', 'had never
    taken'): the clause tells what is, not what one will do."""
    if _lemma(verb) not in VOW_VERBS:
        return False
    for c in verb.children:
        if c.dep_ != "ccomp" or c.pos_ not in {"VERB", "AUX"}:
            continue
        auxes = [a for a in c.children if a.dep_ in {"aux", "auxpass"}]
        if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
            continue
        if c.tag_ == "VBD" or (c.tag_ == "VBN" and any(a.lower_ in PERFECT_AUX for a in auxes)):
            return True
    return False


def recoded(verb: Token, trig: Trigger, resolve: Callable[[Token], object | None]) -> Trigger | bool | None:
    """The verb's trigger under these rules, ``NO_EVENT`` for a vow that asserts a fact, or None where no rule
    applies: an order (REQUEST) of a participle act becomes that act; a promise (AGREE) of a response of force
    becomes THREATEN violence."""
    if trig.reading.plover == "AGREE" and trig.object is None and asserted_fact(verb):
        return NO_EVENT
    if trig.reading.plover == "REQUEST" and (act := ordered_act(verb, resolve)) is not None:
        return Trigger(verb, replace(act, origin="curated"), trig.object)
    if trig.reading.plover == "AGREE" and promised_force(verb):
        return Trigger(verb, Reading("THREATEN", "violence", "138", origin="curated"), trig.object)
    return None
