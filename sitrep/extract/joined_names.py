"""Names joined by a connector of another language ('Banco do Brasil', 'Caisse des Depots', 'Credit du Nord',
'Ana da Silva'): the small English model tags the words on each side of the lowercase connector apart ('Banco'
an organisation, 'Brasil' a person) or only one of them, so that neither piece is the actor the text names.

A name mention followed by a connector of ``data/name_connectors.tsv`` (optionally with an article: 'de la') and
one to three proper-noun words is grown over them; a mention preceded by proper-noun words and a connector is
grown back over them. Pieces inside the grown name are dropped. The connectors are no English words, so an
English phrase between two names ('Banco in Brasil', 'Ford and GM') is never joined."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.doc_text import doc_text
from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: labels of the mentions grown over a connector
NAME_LABELS = {"ORG", "PERSON"}
#: articles that may follow a connector ('Banco de la Nacion', 'Fernando de la Rua')
ARTICLES = ("la", "le", "los", "las")
#: tags of the words a name is grown over
NAME_TAGS = {"NNP", "NNPS"}
#: words of a name grown over at most
MAX_WORDS = 3


@lru_cache(maxsize=1)
def _connector() -> str:
    words = sorted((r["connector"] for r in read_tsv("name_connectors.tsv")), key=len, reverse=True)
    return rf"(?:{'|'.join(map(re.escape, words))})(?: (?:{'|'.join(ARTICLES)}))?"


def _name_words(doc: Doc, start: int, forward: bool) -> int | None:
    """The far end of the proper-noun words from ``start`` (forward) or up to it (backward), or None."""
    cs = doc.char_span(start, start + 1, alignment_mode="expand") if forward else None
    if forward:
        if cs is None:
            return None
        toks = doc[cs.start : min(len(doc), cs.start + MAX_WORDS)]
    else:
        cs = doc.char_span(max(0, start - 1), start, alignment_mode="expand")
        if cs is None:
            return None
        toks = list(reversed(doc[max(0, cs.end - MAX_WORDS) : cs.end]))
    end = None
    for tok in toks:
        if tok.tag_ not in NAME_TAGS or not tok.is_title or (tok.is_sent_start and forward and end is not None):
            break
        end = tok.idx + len(tok.text) if forward else tok.idx
    return end


def join_connected(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with names written around a foreign connector grown whole (module doc)."""
    text = doc_text(doc)
    right = re.compile(rf" {_connector()} (?=[A-Z])")
    left = re.compile(rf"(?<=[a-z]) {_connector()} $")
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: s.start):
        if any(g.start <= sp.start and sp.end <= g.end for g in out if g.label in NAME_LABELS):
            continue  # 'Brasil' inside the grown 'Banco do Brasil'
        if sp.label in NAME_LABELS:
            if (m := right.match(text, sp.end)) and (end := _name_words(doc, m.end(), True)):
                sp.end = end
            if (m := left.search(text, max(0, sp.start - 40), sp.start)) and (
                start := _name_words(doc, m.start(), False)
            ) is not None:
                sp.start = sp.outer_start = min(sp.outer_start, start)
        out.append(sp)
    return out
