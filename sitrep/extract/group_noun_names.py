"""A plural group noun that opens a sentence and that the entity model took for a name ('Gunmen, members of the
Islamic State group, stormed a hotel': 'Gunmen' tagged a place): a group of people, no named actor, so that the
group an appositive names ('members of the Islamic State group') acts. Group nouns: ``data/event_groups.tsv`` and
the role nouns of the Phoenix agents file ('Pirates hijack a tanker': a sector, criminals)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.data_files import read_tsv
from sitrep.extract.doc_text import doc_text
from sitrep.extract.mention_span import Span, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    """The lemmas of the group nouns."""
    return frozenset(r["lemma"] for r in read_tsv("event_groups.tsv"))


def group_noun_opener(doc: Doc, span: Span) -> bool:
    """``span`` is one plural common noun of a group ('Gunmen', 'Militants') opening a sentence."""
    word = doc_text(doc)[span.start : span.end]
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    tok = token_at(doc, span.start)
    if tok is None or not tok.is_sent_start or tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    lemma = (tok.lemma_ or "").lower()
    return (lemma in group_nouns() or bool(agent_sector(lemma))) and tok.lower_ != lemma
