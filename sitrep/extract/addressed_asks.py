"""Words passed from one side to another, told by a noun with its maker: 'a demand from Chile to Peru to withdraw
its troops', 'a call by Kenya to investigate', 'an offer from Chile to mediate', 'a warning from Chile to Peru to
close the border'. The noun is read as a trigger of its category (``data/addressed_asks.tsv``) wherever it stands,
also as the object of a verb that codes nothing ('ignored a warning from X to ...'), when it has a 'from'/'by' doer
and a 'to' hearer or a 'to' infinitive (``needs``). Its source is the doer and its target the hearer
(``noun_doers``); the infinitive's act is asked, not done (``alleged_acts``). A verb that codes a reply to it
('rejected a demand from X') is its governor and codes the event instead."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "addressed_asks.tsv"
#: doer phrases of such a noun
DOER_PREPS = frozenset({"from", "by"})
#: links of the infinitive on the noun ('a demand to withdraw')
CLAUSE_DEPS = frozenset({"acl", "relcl"})


@lru_cache(maxsize=1)
def rows() -> dict[str, tuple[Reading, str]]:
    """noun lemma -> (its reading, what it needs)."""
    return {r["word"]: (Reading(r["plover"], None, origin="curated"), r["needs"]) for r in read_tsv(DATA)}


def examples() -> list[dict]:
    return read_tsv(DATA)


def asked_reading(noun: Token) -> Reading | None:
    """The reading of a noun of ``data/addressed_asks.tsv`` ('call', 'offer' are no event nouns of the lexicon)."""
    row = rows().get(lemma(noun)) if noun.pos_ == "NOUN" else None
    return row[0] if row is not None else None


def _doers(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ in DOER_PREPS and any(c.children)]


def hearer(noun: Token, doers: list[Token]) -> Token | None:
    """The 'to' phrase naming who is addressed: on the noun, or hung by the parser on the doer phrase or its object
    ('from Chile to Peru')."""
    hosts = [noun, *doers, *(p for d in doers for p in d.children if p.dep_ == "pobj")]
    to = [c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "to"]
    return next((p for t in to for p in t.children if p.dep_ == "pobj" and p.pos_ in {"PROPN", "NOUN"}), None)


def _asked(clause: Token) -> bool:
    return (
        clause.pos_ in {"VERB", "AUX"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
        and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in clause.children)
    )


def infinitive(noun: Token) -> Token | None:
    """The 'to' infinitive with no subject of its own that tells what is asked ('a demand ... to withdraw'), also
    when the parser hung it on the verb whose object the noun is ('ignored a plea from X to lay down ...')."""
    own = next((c for c in noun.children if c.dep_ in CLAUSE_DEPS and _asked(c)), None)
    if own is not None or noun.dep_ != "dobj":
        return own
    return next((c for c in noun.head.children if c.dep_ == "advcl" and c.i > noun.i and _asked(c)), None)


def addressed_ask(noun: Token) -> Trigger | None:
    """The trigger the noun is (see the module doc), else None."""
    row = rows().get(lemma(noun)) if noun.pos_ == "NOUN" else None
    if row is None:
        return None
    doers = _doers(noun)
    if not doers:
        return None
    inf = infinitive(noun)
    if inf is None and (row[1] == "infinitive" or hearer(noun, doers) is None):
        return None
    return Trigger(noun, row[0], noun)


def add(doc, seen: dict[int, Trigger]) -> None:
    """Read every such noun of ``doc`` not read otherwise."""
    for tok in doc:
        if tok.i not in seen and tok.pos_ == "NOUN" and lemma(tok) in rows():
            trig = addressed_ask(tok)
            if trig is not None:
                seen[tok.i] = trig
