"""Compelling by a circumstance: a verb of compelling (``force``) whose forcer is a happening or a circumstance
names a cause, no coercion. PLOVER COERCE is an actor's coercion of another; 'heavy fighting forced the government
to delay the vote', 'a request the reporters ignored, forcing the spokesman to spend the briefing on it' and 'the
minister was forced to cancel her visit due to heavy snow' tell what made someone act, and no one coerces.

Three shapes (vocabulary: ``data/caused_acts.tsv``): the verb's subject is a noun of a circumstance; the verb is a
participle on such a noun; the verb is an agentless passive whose clause (the verb or its infinitive) has a phrase
of cause ('due to', 'because of') that names no actor. A named coercer ('rebels forced the villagers to leave'), a
'by' agent, a circumstance owned by an actor ('Ruritania's war'), a cause naming one ('due to pressure from
Freedonia') and an agentless passive with no phrase of cause ('was forced to resign on Monday') keep the coercion.
Read by ``event_senses.sense_type``: no event.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.event_agency import doer
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "caused_acts.tsv"
#: the category a verb of compelling codes
COMPELLED = "COERCE"
#: entity labels of an actor: a cause phrase or an owner that names one makes the act someone's
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: links of a noun's owner ('Ruritania's war', 'the Ruritanian crisis')
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets(DATA)


def caused_act(trig: Token, etype: str) -> bool:
    """The trigger is a verb of compelling whose forcer is a circumstance (see the module docstring)."""
    words = _words()
    if etype != COMPELLED or trig.pos_ not in {"VERB", "AUX"} or lemma(trig) not in words["verb"]:
        return False
    if trig.dep_ == "acl" and trig.head.pos_ == "NOUN":
        return _circumstance(trig.head)  # 'a request the reporters ignored, forcing the spokesman to ...'
    who = doer(trig)
    if who is not None:
        return _circumstance(who)  # 'heavy fighting forced the government to delay the vote'
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in trig.children):
        return False
    clause = [trig] + [c for c in trig.children if c.dep_ == "xcomp"]
    return any(_named_cause(t) for t in clause)  # 'was forced to cancel her visit due to heavy snow'


def _circumstance(noun: Token) -> bool:
    """A noun of a happening or a circumstance that no actor owns."""
    if lemma(noun) not in _words()["circumstance"] and noun.lower_ not in _words()["circumstance"]:
        return False
    return not any(c.dep_ in OWNER_DEPS and _actor(c) for c in noun.children)


def _actor(tok: Token) -> bool:
    return tok.ent_type_ in ACTOR_ENTS or tok.pos_ in {"PROPN", "PRON"}


def _named_cause(verb: Token) -> bool:
    """A phrase of cause under the verb ('due to heavy snow', 'owing to bad weather') that names no actor."""
    doc = verb.doc
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for cause in _words()["cause"]:
            size = len(cause.split())
            if " ".join(t.lower_ for t in doc[prep.i : prep.i + size]) != cause:
                continue
            named = [t for t in prep.subtree if t.i >= prep.i + size]
            if named and not any(_actor(t) for t in named):
                return True
    return False
