"""A verb of showing with a clause of what it shows ('to demonstrate, beyond doubt, that he is in charge',
'demonstrated with a doll how he held the boy'; ``data/shown_clauses.tsv``) is no event of the category the lexicon
reads in it ('demonstrate' as a protest). The parser hangs the clause on the verb, inside its phrase, or, when the
verb is itself the clause of another verb ('allowed him to demonstrate ... that'), often on that verb: a clause
there that follows the trigger with only punctuation between them is the trigger's."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the links of a clause of what is shown
CLAUSE_DEPS = {"ccomp"}
#: the links by which the trigger is itself a clause of another verb
INNER_DEPS = {"ccomp", "xcomp"}


@lru_cache(maxsize=1)
def showing_verbs() -> frozenset[tuple[str, str]]:
    """(verb, category) pairs of the table."""
    return frozenset((r["lemma"], r["plover"]) for r in read_tsv("shown_clauses.tsv"))


def _next_to(trig: Token, clause: Token) -> bool:
    """Only punctuation stands between the end of the trigger's phrase and the start of the clause."""
    gap = trig.doc[trig.right_edge.i + 1 : clause.left_edge.i]
    return clause.left_edge.i > trig.right_edge.i and all(t.is_punct for t in gap)


def _nested_clause(trig: Token) -> bool:
    """A clause opened by 'that' or 'how' inside the trigger's phrase with no other verb between them ('demonstrated
    with a doll how he was holding the boy': the parser hangs the clause on the doll); not one under a verb of
    its own ('demonstrated, saying that ...')."""
    for t in trig.subtree:
        opener = (t.dep_ == "mark" and t.lower_ == "that") or (t.lower_ == "how" and t.tag_ == "WRB")
        if not opener or t.i < trig.i:
            continue
        cur = t.head.head
        while cur.i != trig.i and cur.pos_ not in {"VERB", "AUX"} and cur.head.i != cur.i:
            cur = cur.head
        if cur.i == trig.i:
            return True
    return False


def shown_clause(trig: Token, etype: str) -> bool:
    """The trigger is a verb of showing of the table with a clause of what it shows."""
    if (lemma(trig), etype) not in showing_verbs() or trig.pos_ != "VERB":
        return False
    if any(c.dep_ in CLAUSE_DEPS for c in trig.children) or _nested_clause(trig):
        return True
    if trig.dep_ not in INNER_DEPS:
        return False
    return any(c.dep_ in CLAUSE_DEPS and c.i != trig.i and _next_to(trig, c) for c in trig.head.children)
