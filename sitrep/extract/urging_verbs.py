"""Verbs of urging told with an actor and a 'to' infinitive ('encouraged Peru to hold talks', 'lobbied the senators to
back the bill', 'implored the rebels to free the kidnapped nurses'): PLOVER REQUEST from the verb's subject at its
object, the infinitive's act asked, not done (``data/urging_verbs.tsv``).

The lexicon reads such verbs otherwise ('encourage' is CAMEO 051 praise) or not at all ('woo', 'implore'), and the
parser often hangs the infinitive after the object as an adverbial clause ('wooed X to vote'), not as the verb's
complement: the infinitive's act was then coded as done, and by the one who urged. ``read`` gives the verb its
REQUEST reading (a clause reading of ``clause_readings``); the act it asks for is then governed by it
(``event_candidates``), and a hand-coded meeting, visit or aid so asked is dropped (``event_clause_acts.demanded``
asks ``urged_clause``)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "urging_verbs.tsv"
#: the reading of such a verb (CAMEO 10 'demand': 'urge')
URGE = Reading("REQUEST", None, "100", origin="curated")
#: the links the parser gives the infinitive on the verb
CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})
#: entity types of an object that can be urged
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: object pronouns of people
PERSON_OBJECTS = frozenset({"him", "her", "them", "us", "me", "you"})
#: subjects of the infinitive's own ('urged that they hold'): no infinitive of the object
OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def examples() -> list[dict]:
    return read_tsv(DATA)


@lru_cache(maxsize=1)
def lemmas() -> frozenset[str]:
    """The verbs of ``data/urging_verbs.tsv``."""
    return frozenset(r["lemma"] for r in read_tsv(DATA))


def _actor(noun: Token) -> bool:
    """A noun that can be urged: a named party, a group noun ('the rebels') or a pronoun of people."""
    if noun.ent_type_ in ACTOR_ENTS or noun.lower_ in PERSON_OBJECTS:
        return True
    from sitrep.extract.event_arg_groups import group_of  # (it reads the trigger lexicon, which reads this module)

    return noun.pos_ == "NOUN" and group_of(noun) is not None


def _infinitive(clause: Token) -> bool:
    """A 'to' infinitive with no subject of its own."""
    return (
        clause.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and not any(c.dep_ in OWN_SUBJECTS for c in clause.children)
    )


def urged_clause(verb: Token) -> Token | None:
    """The infinitive a verb of urging asks its actor object to do ('encouraged Peru to hold talks': 'hold'), also
    with the object as a passive subject and the urger in a 'by' phrase ('Peru was encouraged by Chile to hold');
    None for any other verb or shape."""
    if lemma(verb) not in lemmas() or verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"] if agents and _actor(agents[0]) else []
    if not objects or not _actor(objects[0]):
        return None
    after = objects[0].right_edge.i if objects[0].i > verb.i else verb.i
    return next((c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.i > after and _infinitive(c)), None)


def read(tok: Token, current: Trigger | None = None) -> Trigger | None:
    """The REQUEST trigger of a verb of urging with an actor and an infinitive; None when the verb has another
    shape, or already codes a request."""
    if current is not None and current.reading.plover == "REQUEST":
        return None
    clause = urged_clause(tok)
    return Trigger(tok, URGE, clause) if clause is not None else None
