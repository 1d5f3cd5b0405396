"""Warnings that tell no threatened act: a warning noun (``data/warning_contents.tsv``) is read as THREATEN only
when a 'that' clause on it tells, with a modal of the future or of possibility, what may be done ('a warning from
the bank that it could dismiss workers'); a caution ('a warning by the judge to the witness', 'warnings from
investors that the shares were undervalued') is no event."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of a clause hung on a noun ('a warning that it could ...')
CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})
#: how many words after the warning noun its clause's 'that' may come when the parser hung it elsewhere
NEAR = 9
#: punctuation inside a word ('federally-owned'), not between clauses
WORD_DASHES = frozenset({"-"})


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The words of ``data/warning_contents.tsv`` by kind."""
    rows = read_tsv("warning_contents.tsv")
    return {k: frozenset(r["word"] for r in rows if r["kind"] == k) for k in ("noun", "modal")}


def _threatened_clause(clause: Token) -> bool:
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    modal = any(c.dep_ == "aux" and c.lower_ in words()["modal"] for c in clause.children)
    return marked and modal


def idle_warning(noun: Token) -> bool:
    """``noun`` is a warning noun with no 'that' clause telling a threatened act."""
    if (noun.lemma_ or noun.lower_).lower() not in words()["noun"]:
        return False
    doers = [p for c in noun.children if c.dep_ in {"prep", "agent"} for p in c.children if p.dep_ == "pobj"]
    hosts = [noun, *doers, *(a for d in doers for a in d.children if a.dep_ == "appos")]
    # ('a warning from the state bank X that it could ...': the parser hangs the clause on the doer)
    if any(c.dep_ in CLAUSE_DEPS and _threatened_clause(c) for h in hosts for c in h.children):
        return False
    return _misplaced_clause(noun) is None


def _misplaced_clause(noun: Token) -> Token | None:
    """A threatened-act clause the parser hung on the sentence's verb though it follows the warning's own phrase
    ('started to crumble following a warning from the bank X that it could dismiss ...'): its 'that' comes within
    ``NEAR`` words after the noun with no punctuation between."""
    doc = noun.doc
    for tok in doc[noun.i + 1 : min(noun.i + 1 + NEAR, noun.sent.end)]:
        if tok.is_punct and tok.text not in WORD_DASHES:
            return None
        if (
            tok.lower_ == "that"
            and tok.dep_ == "mark"
            and tok.head.dep_ in CLAUSE_DEPS
            and _threatened_clause(tok.head)
        ):
            return tok.head
    return None
