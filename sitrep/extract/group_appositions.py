"""Organisations named right after a noun of their kind: 'the militant group Jund Ansar of Sinai', 'a far-right
group, Guardians of the Cedars,' (``data/group_kind_nouns.tsv``).

The small model often tags such a name as a person's ('Jund Ansar') and leaves its 'of Sinai' out; a reader knows it
by the whole name, and the noun before it says it is an organisation. A person or organisation mention right after
such a noun (or set off after it by a comma and followed by a comma or the sentence's end) becomes an ORG mention that
goes on over 'of'/'for' and capitalised words, where no other mention lies in the way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import actors
from sitrep.extract.data_files import read_tsv
from sitrep.extract.doc_text import doc_text
from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: 'of Sinai', 'of the Cedars', 'for Justice and Peace': the rest of the name after the model's cut
_REST = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}")


@lru_cache(maxsize=1)
def kind_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_tsv("group_kind_nouns.tsv"))


def _after_kind_noun(text: str, sp: Span) -> bool:
    """The name right after a noun of an organisation's kind ('group Jund Ansar'), or set off by a comma after it
    ('group, Jund Ansar of Sinai,')."""
    m = re.search(r"\b([a-z]+)(,?)\s+[\"“]?$", text[max(0, sp.start - 30) : sp.start])
    return bool(m) and m.group(1) in kind_nouns()


def _apposed_to_kind_noun(doc: Doc, sp: Span) -> bool:
    """The name is parsed as an appositive of such a noun before it ('the group, known as Jund Ansar of Sinai')."""
    cs = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if cs is None or cs.root.dep_ != "appos":
        return False
    head = cs.root.head
    return head.i < cs.start and (head.lemma_ or head.lower_).lower() in kind_nouns()


def _apposed(text: str, start: int, end: int) -> bool:
    """A name after 'group,' is the group's only when set off: a comma or a sentence's end follows it ('the group,
    Jund Ansar of Sinai, said'), not a verb ('according to the group, Ana Ruiz said')."""
    before = text[max(0, start - 3) : start].rstrip()
    return not before.endswith(",") or bool(re.match(r"\s*[,.;)]", text[end : end + 2]))


def _relative_subject(doc: Doc, sp: Span) -> bool:
    """'a group Ana Ruiz founded': the name is the subject of a clause about the group, not the group's name."""
    cs = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return cs is not None and cs.root.dep_ == "nsubj" and cs.root.head.dep_ in ("relcl", "acl")


def add_group_appositions(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each name after a noun of an organisation's kind as one ORG mention (see module doc)."""
    text = doc_text(doc)
    out = list(spans)
    for sp in spans:
        if sp.label not in ("PERSON", "ORG") or sp.kind or _relative_subject(doc, sp):
            continue
        if not (_after_kind_noun(text, sp) or _apposed_to_kind_noun(doc, sp)):
            continue
        end = sp.end
        rest = _REST.match(text, sp.end)
        if rest and not any(o.start < rest.end() < o.end for o in out):
            end = rest.end()
        if not _apposed(text, sp.start, end):
            continue
        inner = [o for o in out if o is not sp and sp.end <= o.start and o.end <= end]
        out = [o for o in out if o is sp or o not in inner]
        sp.end, sp.label = end, "ORG"
        if sp.country is None:  # 'Jund Ansar of Sinai': the country of a place or demonym inside the name
            sp.country = _inner_country(inner, text[sp.start : sp.end])
            sp.country_cue = "name" if sp.country else sp.country_cue
    return out


def _inner_country(inner: list[Span], name: str) -> str | None:
    """The country of a place or demonym the name holds ('of Sinai': Egypt), as ``org_name_runs`` reads it."""
    for o in inner:
        if o.label in ("GPE", "LOC", "NORP") and o.country:
            return o.country
    return next((iso for w in name.split() if (iso := actors.demonym_iso3(w) or actors.country_iso3(w))), None)
