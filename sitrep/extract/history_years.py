"""Acts set long before the report by a year of their clause (vocabulary and examples: ``data/history_years.tsv``).

``event_dates.long_past`` drops an act whose own date expression is more than ``HISTORY_YEARS`` before the report.
A year often dates the act's clause without being its own date expression: it hangs on a coordinated verb
('Allende was overthrown in a coup and died in 1973'), on the verb of the clause a relative clause hangs in ('In
1982 Hafez ordered a crackdown on the Brotherhood, which killed thousands'), on the purpose the act served ('beat
Bordeaux to qualify for the final in 1987') or opens the sentence ('In 1881, he returned ..., was taken prisoner').
A phrase of a past era does the same without a year ('has faced criticism in the past ... while most states
imposed controls', 'helping the US keep the fleet bottled up during the Cold War'). Such an act is history told as
background too: PLOVER codes the events a report tells, and the warehouse would date
it to the report's day. An act with a date of its own keeps it ('was elected in 1990 and was ousted on Monday')."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv, word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "history_years.tsv"
#: links from a verb down to the nouns of its own clause, under which a relative clause is told in the same past
#: ('ordered a crackdown on the Brotherhood, which killed ...')
CLAUSE_NOUN_DEPS = {"dobj", "pobj", "prep", "attr", "oprd", "nsubj", "nsubjpass", "appos", "conj", "agent"}
#: how deep nouns are looked for under the dated verb
NOUN_REACH = 4
#: links of the infinitive the act served to bring about ('beat Bordeaux to qualify', 'helped the US keep ...')
PURPOSE_DEPS = {"advcl", "xcomp", "ccomp"}
#: dependencies of a date of the act's own ('on Monday', 'last week')
OWN_DATE_DEPS = {"prep", "npadvmod", "advmod"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets(DATA)


def examples() -> list[dict]:
    return read_tsv(DATA)


def long_ago(trig: Token, published_at: date | None, years: int) -> bool:
    """A year of the trigger's clause more than ``years`` before the report's, or a phrase of a past era ('in the
    past', 'during the Cold War'), sets the trigger's act in the past (see the module doc)."""
    before = published_at.year - years if published_at is not None else None
    verb = _verb_of(trig)
    for tok in trig.sent:
        if not ((before is not None and _old_year(tok, before)) or _era(tok)):
            continue
        dated = _dated_verb(tok)
        if dated is None or (dated.i != verb.i and _own_date(verb)):
            continue
        if _covers(dated, verb, tok):
            return True
    return False


def _verb_of(trig: Token) -> Token:
    """A noun trigger's verb ('took a trip': 'took'); a verb is its own."""
    if trig.pos_ in {"NOUN", "PROPN"} and trig.dep_ in {"dobj", "pobj", "attr"} and trig.head.pos_ in {"VERB", "AUX"}:
        return trig.head
    return trig


def _old_year(tok: Token, before: int) -> bool:
    return tok.ent_type_ == "DATE" and len(tok.text) == 4 and tok.text.isdigit() and int(tok.text) < before


def _era(tok: Token) -> bool:
    """The head noun of a phrase of ``era`` ('the past', 'the Cold War'), a preposition's object."""
    if tok.dep_ != "pobj":
        return False
    words = [c.lower_ for c in tok.children if c.dep_ in {"compound", "amod", "nummod"} and c.i < tok.i]
    return " ".join([*words, tok.lower_]) in _words()["era"]


def _dated_verb(year_tok: Token) -> Token | None:
    """The verb whose time the year gives: 'in 1973' hanging on it (through a month or 'early': 'in early 1975')."""
    cur = year_tok
    while cur.dep_ in {"nummod", "npadvmod", "appos", "compound", "amod"} and cur.head.i != cur.i:
        cur = cur.head
    prep = cur.head
    if cur.dep_ != "pobj" or prep.lower_ not in _words()["prep"] or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    return prep.head


def _own_date(verb: Token) -> bool:
    """The verb has a date of its own ('attacked the town on Monday')."""
    for c in verb.children:
        if c.dep_ not in OWN_DATE_DEPS:
            continue
        if c.ent_type_ == "DATE" or any(g.ent_type_ == "DATE" for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _covers(dated: Token, verb: Token, year_tok: Token) -> bool:
    """The dated verb's time is the trigger's: the same verb, a conjunct of it, a relative clause under its nouns,
    the act whose purpose it is, or the whole sentence when the year opens it."""
    links = _words()["link"]
    if verb.i == dated.i:
        return "self" in links
    if "conjunct" in links and _conjuncts(verb, dated):
        return True
    if "relative" in links and verb.dep_ == "relcl" and not _of_time(verb.head) and _under(verb.head, dated):
        return True
    if "purpose" in links and dated.dep_ in PURPOSE_DEPS and dated.head.i == verb.i and _infinitive(dated):
        return True
    if "time" in links and verb.dep_ == "advcl" and verb.head.i == dated.i and _time_clause(verb):
        return True
    return "opening" in links and _opening(year_tok) and _main_clause(verb)


def _time_clause(verb: Token) -> bool:
    """A clause marked as told at the same time ('while most states imposed controls')."""
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in _words()["time"] for c in verb.children)


def _of_time(noun: Token) -> bool:
    """A relative clause on the date itself ('in 1860, when soldiers ransacked the palace') tells the act the
    year dates, which the report tells as such: left to the act's own date, as a 'when' clause is."""
    return noun.ent_type_ in {"DATE", "TIME"}


def _conjuncts(a: Token, b: Token) -> bool:
    def root(t: Token) -> Token:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t

    return root(a).i == root(b).i


def _under(noun: Token, verb: Token) -> bool:
    """The noun hangs in the verb's own clause within ``NOUN_REACH`` links."""
    cur = noun
    for _ in range(NOUN_REACH):
        if cur.dep_ not in CLAUSE_NOUN_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == verb.i:
            return True
    return False


def _infinitive(verb: Token) -> bool:
    """'to qualify', or a bare infinitive after 'help', 'let', 'make' ('helped the US keep the fleet bottled up')."""
    return verb.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _opening(year_tok: Token) -> bool:
    """'In 1881, ...': the year's phrase opens the sentence and a comma closes it."""
    sent = year_tok.sent
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.dep_ != "prep" or first.lower_ not in _words()["prep"]:
        return False
    nxt = year_tok.i + 1
    return year_tok.head.i == first.i and nxt < sent.end and year_tok.doc[nxt].text == ","


def _main_clause(verb: Token) -> bool:
    """The sentence's main verb or a conjunct of it (the opening year sets the main clause's time)."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ == "ROOT" or (cur.dep_ == "ccomp" and cur.head.dep_ == "ROOT" and cur.i < cur.head.i)
