"""Whom a visit is for, told by the purpose infinitive of the arrival: 'Putin arrived in Ankara on Monday to see
Erdogan', 'she travelled to Lima to meet the president'. The one met (the infinitive's object, or its 'with'
phrase: 'to confer with X') is the visit's other party. Without it the visit had the visitor and the host state
only, and the host's own meeting, told in the next sentence ('The two leaders met for three hours'), stood
apart. The verbs of meeting are in ``data/purpose_meetings.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of a purpose infinitive on its verb
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


@lru_cache(maxsize=1)
def meeting_verbs() -> frozenset[str]:
    """Verbs of meeting whose purpose infinitive names whom a visit is for."""
    return frozenset(r["word"] for r in read_tsv("purpose_meetings.tsv"))


def purpose_hosts(trig: Token) -> list[Token]:
    """The heads of the ones a visit verb's purpose infinitive of meeting names ('to meet X', 'to confer with X')."""
    out = []
    for clause in trig.children:
        if clause.dep_ not in PURPOSE_DEPS or lemma(clause) not in meeting_verbs():
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        for o in clause.children:
            if o.dep_ == "dobj":
                out.append(o)
            elif o.dep_ == "prep" and o.lower_ == "with":
                out += [p for p in o.children if p.dep_ == "pobj"]
    return out


def add_purpose_hosts(trig: Token, arrival: bool, mentions_of: Callable[[Token], list[dict]], add) -> None:  # noqa: ANN001
    """Add, as targets, the ones an arrival's purpose infinitive of meeting names."""
    if arrival:
        for head in purpose_hosts(trig):
            add(mentions_of(head), "target")
