"""The subject 'it' or 'they' of a joined clause that cannot be the first clause's subject: 'Jones fell out with the
European Union and it froze aid' (an 'it' is no person), 'Governor Ahmadi met the Taliban, but they attacked the
city' (a 'they' is no one person). ``event_arg_clauses.subject_token`` lends a joined clause's pronoun the first
clause's subject when the two agree (``reporter_pronouns.fits``); when they do not, the pronoun stands for the one
actor of its kinds (``data/joined_pronouns.tsv``) named before it in its sentence, outside its own clause. Two such
actors ('Jones met Ruritania and the EU, and it ...') leave it unresolved: the rule is careful, not greedy.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import nonstate_armed_name
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import SUBJ

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.event_context import EventContext

#: links of a clause joined to the sentence's first one
JOINED_DEPS = frozenset({"conj", "advcl"})


@lru_cache(maxsize=1)
def pronoun_labels() -> dict[str, frozenset[str]]:
    """Pronoun -> the labels of the named actors it may stand for."""
    return {r["pronoun"]: frozenset(r["labels"].split()) for r in read_tsv("joined_pronouns.tsv")}


def kind_of(m: dict) -> set[str]:
    """The labels a mention counts as: its own, and ARMED for a non-state armed group's name."""
    return {m["label"], "ARMED"} if nonstate_armed_name(m["surface"]) else {m["label"]}


def agrees(pronoun: Token, speaker: Token) -> bool:
    """Whether a joined clause's subject pronoun may be the first clause's subject: never an 'it' for a person
    named ('Jones ... and it froze aid'), nor a 'they' for one person alone ('Torres and Norton cried as they were
    sentenced': two persons)."""
    if pronoun.lower_ not in pronoun_labels() or speaker.ent_type_ != "PERSON":
        return True
    return pronoun.lower_ == "they" and bool(speaker.conjuncts)


def joined_actor(ctx: EventContext, tok: Token) -> dict | None:
    """The actor a joined clause's subject 'it' / 'they' stands for when the first clause's subject cannot be it:
    the one actor of the pronoun's kinds named before it in its sentence (see the module doc), else None."""
    labels = pronoun_labels().get(tok.lower_)
    verb = tok.head
    if labels is None or tok.tag_ != "PRP" or tok.dep_ not in SUBJ or verb.dep_ not in JOINED_DEPS:
        return None
    first = verb.head
    subj = next((c for c in first.children if c.dep_ in SUBJ), None)
    if subj is None or subj.ent_type_ != "PERSON" or subj.i > tok.i:
        return None  # (a first clause of an actor of the pronoun's kind lends its subject: subject_token)
    own = {t.i for t in verb.subtree}
    found = {}
    for t in ctx.doc[tok.sent.start : tok.i]:
        m = ctx.mention_of(t)
        if m is not None and t.i not in own and kind_of(m) & labels:
            found.setdefault(m.get("name") or m["surface"], m)
    return next(iter(found.values())) if len(found) == 1 else None
