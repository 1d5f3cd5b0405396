"""A wrongdoing told by someone else, read on the verb of saying that tells it: 'the minister said opposition
newspapers were spreading false information', 'the government said the opposition had rigged the vote'.

The speaker alleges it of the doer (PLOVER ACCUSE allege, as CAMEO 112 'accuse'): its subject is the source and the
said clause's subject the target (``event_arg_clauses.complement_targets``). The said clause's verb is a verb of
wrongdoing (kind ``deed`` of ``data/told_misdeeds.tsv``) whose object is a wrong done with it (kind ``wrong``:
'lies', 'violence', 'the vote') or any noun told false (kind ``false``: 'false information'). The clause may hang on
a verb of belief ('said it had come to believe that X was spreading lies'; kind ``belief``). A verb that is a wrong
by itself (kind ``wrongful``: 'said the United States was meddling in its affairs', 'said Peru was lying') needs no
object, but a named doer; it may be told as striven for (kind ``striving``: 'said Colombia was trying to destabilise').
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon, told_idioms
from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the said clause under the verb of saying, and of a clause under a verb of belief
SAID_DEPS = frozenset({"ccomp"})
BELIEF_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
#: links of the wrong to the verb of wrongdoing
OBJECT_DEPS = frozenset({"dobj", "obj"})
#: modal auxiliaries of a wrong told as possible ('said Russia could meddle in the vote'), no allegation
MAYBE_AUX = frozenset({"could", "might", "may", "would"})
#: entity types of a named doer
PARTY_TYPES = frozenset({"GPE", "ORG", "PERSON", "NORP"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    rows = read_tsv("told_misdeeds.tsv")
    kinds = ("deed", "wrong", "false", "belief", "wrongful", "striving")
    return {k: frozenset(r["lemma"] for r in rows if r["kind"] == k) for k in kinds}


def told_misdeed(tok: Token):
    """An ACCUSE allege trigger on a verb of saying whose said clause tells a named or described doer's wrong."""
    if not quote_lexicon.tells_clause(tok):
        return None
    if not any(_misdeed(c) for c in _said_clauses(tok)):
        return None

    return Trigger(tok, Reading("ACCUSE", "allege", "", origin="curated"), None)


def _said_clauses(tok: Token) -> list[Token]:
    """The said clauses, and those told as believed ('said it believed that ...', 'said we have come to believe
    that ...'): two verbs of belief or of coming to one deep at most."""
    out = [c for c in tok.children if c.dep_ in SAID_DEPS]
    for clause in list(out):
        steps = [clause] + [c for c in clause.children if c.dep_ in BELIEF_DEPS]
        for step in steps:
            if _lemma(step) in vocab()["belief"]:
                out += [c for c in step.children if c.dep_ in SAID_DEPS]
    return out


def _misdeed(clause: Token) -> bool:
    """The clause's subject does a wrong: a verb of wrongdoing, not negated, with an object of a wrong; or a verb
    that is a wrong by itself, done by a named party and told as done, not as possible."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if told_idioms.idiom_misdeed(clause):  # ('said the government has blood on its hands')
        return True
    striving = _lemma(clause) in vocab()["striving"]  # ('said Colombia was trying to destabilise the country')
    verb = next((x for x in clause.children if striving and x.dep_ == "xcomp"), clause)
    if _lemma(verb) in vocab()["wrongful"]:
        return _named_doer(clause) and not any(c.dep_ == "aux" and c.lower_ in MAYBE_AUX for c in clause.children)
    if _lemma(clause) not in vocab()["deed"]:
        return False
    if not any(c.dep_ in {"nsubj"} and c.pos_ != "PRON" for c in clause.children):
        return False
    objs = [c for c in clause.children if c.dep_ in OBJECT_DEPS]
    return any(_lemma(o) in vocab()["wrong"] or _told_false(o) for o in objs)


def _told_false(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in vocab()["false"] for c in noun.children)


def _named_doer(clause: Token) -> bool:
    """The clause's active subject is a named party ('said the United States was meddling', 'Peru was lying'), not
    one quantified by 'no' ('no White House official ever interfered': a denial)."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if any(d.dep_ == "det" and d.lower_ == "no" for s in subjects for d in s.children):
        return False
    return any(any(t.ent_type_ in PARTY_TYPES for t in s.subtree) for s in subjects)
