"""Day phrases the parser hangs on a clause beside the act's own, where they tell the act's day.

A day set off by commas after a consequence ('Gunmen stormed a church, killing three, on Sunday, witnesses said')
is hung on the bare participle that tells what the act did at once: that participle happens at the act's moment,
so the day is the act's. A day standing before a subordinator ('Protesters clashed with police, on Friday, after
the results were announced') is hung on the subordinate clause, but the subordinate clause begins at its
subordinator: what stands before it belongs to the clause it hangs on. The hosts and the links read are the rows
of ``data/stray_days.tsv``; a day phrase that holds a clause of its own ('on the day the talks collapsed') is not
taken.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: parts of speech of a clause's verb
VERBS = frozenset({"VERB", "AUX"})


@lru_cache(maxsize=1)
def host_deps() -> dict[str, frozenset[str]]:
    """host -> the links of a day phrase on that host that are read (``data/stray_days.tsv``)."""
    return {r["host"]: frozenset(r["deps"].split()) for r in read_tsv("stray_days.tsv")}


def consequence(verb: Token) -> bool:
    """A bare present participle after its clause telling what the act did ('..., killing 12'): no subordinator,
    auxiliary or subject of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and verb.head.pos_ in VERBS
        and not any(c.dep_ in {"mark", "aux", "nsubj"} for c in verb.children)
    )


def _phrases(host: Token, deps: frozenset[str], before: int | None = None) -> set[int]:
    """Token ids of the phrases hung on ``host`` by ``deps`` (before token ``before``), none that holds a verb."""
    toks: set[int] = set()
    for c in host.children:
        if c.dep_ not in deps or (before is not None and c.i >= before):
            continue
        sub = list(c.subtree)
        if not any(t.pos_ in VERBS for t in sub):
            toks |= {t.i for t in sub}
    return toks


def stray_day_tokens(verb: Token) -> set[int]:
    """Token ids of the phrases hung beside ``verb``'s clause that tell its time (``data/stray_days.tsv``)."""
    deps = host_deps()
    toks: set[int] = set()
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i:
            continue
        if consequence(c):
            toks |= _phrases(c, deps["consequence"])
            continue
        marks = [g.i for g in c.children if g.dep_ == "mark" and g.i > verb.i]
        if marks:
            toks |= _phrases(c, deps["before_mark"], before=min(marks))
    return toks


def stray_day_chars(sent: Span, verb: Token) -> set[int]:
    """Sentence-relative character offsets of ``stray_day_tokens``."""
    toks = stray_day_tokens(verb)
    return {i for t in sent if t.i in toks for i in range(t.idx - sent.start_char, t.idx - sent.start_char + len(t))}
