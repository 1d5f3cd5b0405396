"""The doer of a gerund in a 'for' / 'of' phrase of a verb with an actor for object is that object (object
control): 'Trump fired Yates for refusing to enforce the ban' (Yates refused), 'the council praised Kenya for
hosting the refugees' (Kenya hosts them), 'Russia accused Ukraine of shelling the town' (Ukraine shelled it). The
verb's subject judges, rewards or punishes the act; it is not its doer (``event_arg_clauses.subject_token`` would
otherwise borrow it). A thing for object ('used force for dispersing the crowd') controls nothing."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_groups import group_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of the act a verb's object is judged, rewarded or punished for
CONTROL_PREPS = frozenset({"for", "of"})
#: entity types of an object that can act
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: object pronouns of people
PERSON_OBJECTS = frozenset({"him", "her", "them", "us", "me"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


@lru_cache(maxsize=1)
def gerund_hosts() -> frozenset[str]:
    """Lemmas of the verbs whose object does the gerund right after it (``data/object_gerunds.tsv``)."""
    return frozenset(r["verb"] for r in read_tsv("object_gerunds.tsv"))


def controller(gerund: Token) -> Token | None:
    """The object of the active verb whose 'for' / 'of' phrase holds ``gerund`` ('fired Yates for refusing' ->
    Yates), or whose adverbial gerund follows it ('followed Turkey expelling'), when it is an actor; None
    otherwise."""
    if gerund.dep_ == "advcl":
        return _object_before(gerund)
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in CONTROL_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i < prep.i), None)
    return obj if obj is not None and _actor(obj) else None


def _object_before(gerund: Token) -> Token | None:
    """The actor object that ends right before an unmarked gerund clause of a verb of ``gerund_hosts``."""
    verb = gerund.head
    if gerund.tag_ != "VBG" or verb.pos_ != "VERB" or verb.lemma_.lower() not in gerund_hosts():
        return None
    if any(c.dep_ in {"mark", "nsubj", "nsubjpass", "aux", "auxpass"} for c in gerund.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i < gerund.i), None)
    if obj is None or obj.right_edge.i != gerund.i - 1 or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return obj if _actor(obj) else None


def _actor(tok: Token) -> bool:
    """A token that can name an actor: a name (a proper noun the tagger gave no type: 'fired Yates'), a person
    pronoun, a group noun ('the minister', 'the rebels')."""
    if tok.ent_type_ in ACTOR_TYPES or tok.lower_ in PERSON_OBJECTS:
        return True
    if tok.pos_ == "PROPN" and not tok.ent_type_:
        return True
    return tok.pos_ == "NOUN" and group_of(tok) is not None
