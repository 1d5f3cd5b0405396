"""A foiled act of violence is no event: 'police prevented a terror attack', 'thwarted a plot to bomb the embassy'.

CAMEO's DELAY block reads 'PREVENT: * ATTACK' as support (053), so 'prevented an attack' was coded SUPPORT, and an
act of violence planned in a foiled plot ('thwarted a plot to attack the embassy') was coded as an attack that
happened. PLOVER has no category for stopping someone else's attack: neither the foiling nor the foiled attack is
coded (a foiled protest or a blocked march stays a restriction, COERCE: the verb's object is no act of violence).
Vocabulary in ``data/foiled_acts.tsv``: kind ``verb`` (a verb of foiling), ``plan`` (a noun of a plan or attempt
whose infinitive or 'of' act is foiled with it), ``category`` (the category of the foiled acts). Read by
``clause_readings``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.token_lemma import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    return word_sets("foiled_acts.tsv")


def foiled(trig, nouns: dict) -> bool:
    """The trigger is a verb of foiling whose object is an act of violence ('prevented an attack'), or an act of
    violence foiled ('thwarted a plot to attack', 'the attack was foiled'). ``nouns``: the lexicon's event nouns."""
    v = vocab()
    tok = trig.token
    if _lemma(tok) in v["verb"] and tok.pos_ == "VERB":
        return any(_violent_noun(o, nouns) or _foiled_plan_act(o) for o in _objects(tok))
    if trig.reading.plover not in v["category"]:
        return False
    if tok.dep_ in OBJECT_DEPS and _lemma(tok.head) in v["verb"]:
        return True  # 'foiled an attack', 'an attack was prevented'
    plan = _plan_of(tok)
    return plan is not None and plan.dep_ in OBJECT_DEPS and _lemma(plan.head) in v["verb"]


def _objects(verb: Token) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return objs + [cc for o in objs for cc in o.conjuncts]


def _violent_noun(noun: Token, nouns: dict) -> bool:
    rd = nouns.get(_lemma(noun))
    return rd is not None and rd.plover in vocab()["category"]


def _foiled_plan_act(noun: Token) -> bool:
    """'thwarted a plot to attack the embassy': a plan noun with an act hanging on it."""
    if _lemma(noun) not in vocab()["plan"]:
        return False
    return any(_plan_of(c) == noun for c in [*noun.subtree, *noun.head.children] if c.pos_ == "VERB")


def _plan_of(act: Token) -> Token | None:
    """The plan noun an act hangs on: its infinitive ('a plot to attack') or its 'of'/'for' gerund ('an attempt at
    bombing', 'plans for attacking')."""
    head = act.head
    if act.dep_ in {"acl", "relcl"} and act.pos_ == "VERB" and _lemma(head) in vocab()["plan"]:
        return head
    if act.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and _lemma(head.head) in vocab()["plan"]:
        return head.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
    if act.dep_ == "advcl" and infinitive and _lemma(head) in vocab()["verb"]:  # (the parser hangs the infinitive
        return next((o for o in _objects(head) if _lemma(o) in vocab()["plan"]), None)  # on 'foiled': 'a plot, to')
    return None
