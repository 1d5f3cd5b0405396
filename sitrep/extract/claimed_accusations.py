"""Claims that another party did a wrong, told by a noun: 'Peru's claim that Chile spied on its navy', 'the claim by
Peru that Chilean jets bombed a village', 'Peru's claim of interference by Chile' are Peru accusing Chile (PLOVER
ACCUSE), and the spying or bombing is no act the report tells as done (``alleged_acts`` drops it).

A noun of ``data/claimed_accusations.tsv`` (kind `noun`) is read as an ACCUSE trigger when it has a claimant
(``claimant``) and a hostile content (``hostile_content``); its accuser is found as for any accusation noun (the
possessive, the 'by'/'from' doer) and its target from the 'that' clause's subject (``claim_clauses``) or the 'of'
object's doer."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import token_memo
from sitrep.extract.data_files import read_tsv, word_sets
from sitrep.extract.token_lemma import lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "claimed_accusations.tsv"
#: the reading of such a claim
CLAIM_ACCUSE = Reading("ACCUSE", "allege", "112", origin="curated")
#: categories of an act a claim blames its doer for
HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "ACCUSE"})
#: links of a clause hung on a noun ('the claim that ...'; the parser reads some as relative clauses)
CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})
#: doer phrases of a claim noun ('the claim by Peru', 'a claim from Peru')
DOER_PREPS = frozenset({"by", "from"})
#: entity kinds of a claimant named as a modifier ('Peruvian claims', 'Kremlin claims')
NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The nouns of claiming and the words of a wrong (with claim_wrongs.tsv's)."""
    own = word_sets(DATA)
    wrongs = own.get("wrong", frozenset()) | word_sets("claim_wrongs.tsv").get("wrong", frozenset())
    return {"noun": own.get("noun", frozenset()), "verb": own.get("verb", frozenset()), "wrong": wrongs}


def examples() -> list[dict]:
    return [r for r in read_tsv(DATA) if r["example"]]


def claimant(noun: Token) -> bool:
    """The claim names who makes it: a possessive, a 'by'/'from' phrase, a named modifier, or the subject of a
    verb of making a claim it is the object of (kind `verb`: 'Peru repeated the claim that ...')."""
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ in {"prep", "agent"} and c.lower_ in DOER_PREPS and any(c.children)):
            return True
        if c.dep_ in {"compound", "amod"} and c.ent_type_ in NAMED:
            return True
    verb = noun.head  # ('repeated the claim that ...': a verb of making a claim, not 'reviewed claims that ...')
    return noun.dep_ == "dobj" and lemma(verb) in words()["verb"] and any(c.dep_ == "nsubj" for c in verb.children)


def _clause_acts(clause: Token) -> list[Token]:
    return [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]


def hostile_clause(clause: Token) -> bool:
    """The claim's 'that' clause tells a wrong: the trigger lexicon reads its act as a conflict category, or one of
    its words is a word of a wrong."""
    from sitrep.extract.event_triggers import read_verb  # (event_triggers reads this module)

    for act in _clause_acts(clause):
        trig = read_verb(act)
        if trig is not None and trig.reading.plover in HOSTILE:
            return True
    return any(lemma(t) in words()["wrong"] or t.lower_ in words()["wrong"] for t in clause.subtree)


def _of_object(noun: Token) -> Token | None:
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None


def hostile_object(noun: Token) -> bool:
    """The claim's 'of' object is an act of a conflict category or a wrong ('claims of torture', 'a claim of
    interference'); 'a claim of responsibility for the attack' names none."""
    from sitrep.extract.event_triggers import lexicon  # (event_triggers reads this module)

    obj = _of_object(noun)
    if obj is None:
        return False
    rd = lexicon().nouns.get(lemma(obj))
    return (rd is not None and rd.plover in HOSTILE) or lemma(obj) in words()["wrong"] or obj.lower_ in words()["wrong"]


def _named_agent(clause: Token) -> bool:
    """A passive clause with a named doer ('the claim that he was wiretapped by X'): the pronoun subject is the one
    wronged, not the claimant's own deed."""
    agents = [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(p.pos_ in {"PROPN", "NOUN"} for p in agents)


def that_clauses(noun: Token) -> list[Token]:
    """The noun's 'that' clauses telling another party's act (not who did a happening told as real, nor the
    claimant's own deed, ``alleged_acts``)."""
    from sitrep.extract.alleged_acts import _known_happening, _that_clause  # (alleged_acts reads this module)

    return [
        c
        for c in noun.children
        if c.dep_ in CLAUSE_DEPS
        and c.pos_ in {"VERB", "AUX"}
        and _that_clause(c)
        and (_named_agent(c) or not _known_happening(c))
    ]


@token_memo.per_token
def accusing_claim(noun: Token) -> bool:
    """``noun`` is a noun of claiming, with a claimant, whose content is a wrong of another party."""
    if noun.pos_ != "NOUN" or lemma(noun) not in words()["noun"] or not claimant(noun):
        return False
    return any(hostile_clause(c) for c in that_clauses(noun)) or hostile_object(noun)


def add(doc, seen: dict[int, Trigger]) -> None:
    """Read every accusing claim noun of ``doc`` not read otherwise as an ACCUSE trigger."""
    for tok in doc:
        if tok.i not in seen and tok.pos_ == "NOUN" and lemma(tok) in words()["noun"] and accusing_claim(tok):
            seen[tok.i] = Trigger(tok, CLAIM_ACCUSE, None)
