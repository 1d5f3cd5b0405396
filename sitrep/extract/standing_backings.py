"""Backing told as a standing description is no act of backing. The lexicon reads 'back', 'support', 'fund',
'finance' and 'sponsor' as political backing or aid (PLOVER SUPPORT, AID, COOPERATE), but news often tells who
backs a body only to say what the body is: 'a charity funded by the culture ministry', 'Orvex, backed by a state
bank, opened a plant', 'the club is sponsored by a brewer', 'Funded by a shipping magnate, the academy is the
largest in the region'. The verb is then a passive in the simple present whose subject is a body (the tense test of
``restrictions_in_force``; 'the peace plan is backed by X' is the backers' stance, kept), a bare participle after
the name or the noun of a body it describes (a named organisation or a facility, or a noun of
``data/standing_backings.tsv``: 'a group', 'a firm'), or a participle beside a clause whose verb is 'be' (it
describes the clause's subject), with no date on the verb: it says who stands behind the body, and no one backs
anyone in the report. A past, perfect or dated passive ('was funded by X in 2015'), an active verb ('the ministry
funds the charity'), a participle on forces or on a document ('troops backed by air strikes', 'a resolution backed
by the EU') and a participle beside a clause of an act ('Backed by jets, the rebels took the town') keep the event.
Read by ``event_senses``: no event."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.event_syntax import lemma
from sitrep.extract.restrictions_in_force import dated, present_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

#: categories the lexicon reads a verb of backing as
BACKING_TYPES = {"SUPPORT", "AID", "COOPERATE"}
#: entity types of a named body a participle may describe ('Orvex, backed by a state bank')
BODY_ENTS = {"ORG", "FAC"}
#: lemmas of a copula: a participle beside its clause describes the clause's subject
COPULAS = {"be"}


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    return word_sets("standing_backings.tsv")


def verbs() -> frozenset[str]:
    """The verbs of backing read so (the table's ``verb`` rows)."""
    return _table().get("verb", frozenset())


def bodies() -> frozenset[str]:
    """The nouns of a body a describing participle tells the backer of (the table's ``body`` rows)."""
    return _table().get("body", frozenset())


def _describes_body(trig: Token) -> bool:
    """'a charity funded by X', 'Orvex, backed by X': a bare participle after the name of a body (an organisation, a
    facility) or a noun of one, in a sentence with a verb of its own (a headline's participle hangs on its root
    noun). A person or a state backed is news of its own ('Ana Ruiz, backed by X, won the vote')."""
    head = trig.head
    if trig.dep_ != "acl" or head.pos_ not in {"NOUN", "PROPN"} or head.dep_ == "ROOT":
        return False
    return _body(head)


def _body(tok: Token) -> bool:
    """The name of an organisation or a facility, or a noun of a body of the table."""
    return tok.ent_type_ in BODY_ENTS or lemma(tok) in bodies()


def _body_backed(trig: Token) -> bool:
    """'the club is sponsored by X', 'a trust which is funded by X': a present passive whose subject (a relative
    clause's noun) is a body; a plan or a bill backed so is a stance of the backers ('the plan is backed by X')."""
    subj = trig.head if trig.dep_ == "relcl" else next((c for c in trig.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and present_passive(trig) and _body(subj)


def _beside_copula(trig: Token) -> bool:
    """'Funded by X, the academy is the largest in the region': a participle beside a clause whose verb is 'be'."""
    return trig.dep_ == "advcl" and lemma(trig.head) in COPULAS


def standing_backing(trig: Token, etype: str) -> bool:
    """A verb of backing read as ``etype`` that tells who stands behind a body: a present passive of a body, a
    participle describing a body or beside a clause of 'be', undated."""
    if etype not in BACKING_TYPES or trig.tag_ != "VBN" or lemma(trig) not in verbs():
        return False
    return (_body_backed(trig) or _describes_body(trig) or _beside_copula(trig)) and not dated(trig)
