"""A person's citizenship told in apposition: "Omar Shakir, a US citizen, ...", "X, an Australian national": the
country of the state or demonym before a noun of citizenship (``CITIZEN_NOUNS``) is the person's, whatever else
the sentence names (a work permit refused by Israel does not make the applicant Israeli)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import actors
from sitrep.extract.doc_text import doc_text
from sitrep.extract.mention_span import Span, span_country

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: nouns of citizenship in an appositive ('a US citizen', 'a British national', 'a French passport holder')
CITIZEN_NOUNS = {"citizen", "national", "passport"}
#: words before the noun that make it no single citizenship ('a dual national')
SPLIT_WORDS = {"dual", "former", "naturalised", "naturalized"}


def citizenship(doc: Doc, toks: list[Token], cover: dict[int, Span]) -> str | None:
    """The country of an appositive 'a(n) <state or demonym> citizen|national|passport holder', else None."""
    words = [t for t in toks if t.lower_ not in {"a", "an"}]
    at = next((i for i, t in enumerate(words) if t.lower_ in CITIZEN_NOUNS and t.pos_ == "NOUN"), None)
    if not at or any(t.lower_ in SPLIT_WORDS for t in words[:at]):
        return None
    before = words[at - 1]
    other = cover.get(before.i)
    if other is not None and other.label in ("GPE", "NORP"):
        return span_country(other, doc_text(doc))
    return actors.demonym_iso3(before.text) if before.is_title else None


def citizenship_tokens(head: Token) -> set[int]:
    """The tokens of a citizenship appositive on a name ('Ivan Petrov, a Ukrainian citizen'): the state it names
    describes the person and is no party of the person's act."""
    if head.pos_ != "PROPN":
        return set()
    return {t.i for c in head.children if c.dep_ == "appos" and c.lower_ in CITIZEN_NOUNS for t in c.subtree}
