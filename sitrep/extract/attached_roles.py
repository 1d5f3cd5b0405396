"""'an adviser to the supreme leader threatening the administration': the parser often hangs a participle clause
on the nearest noun, the one a person serves, rather than on the person noun ('adviser', 'spokesman', 'envoy':
``data/attached_roles.tsv``) whose 'to' / 'for' / 'of' phrase holds it. The clause is said of the person."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

SERVE_PREPS = {"to", "for", "of"}


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    return frozenset(r["role"] for r in read_tsv("attached_roles.tsv"))


def clause_holder(clause: Token) -> Token:
    """The noun a relative or participle clause is said of: its head, or for an active participle ('threatening')
    the role noun whose serving phrase holds the head ('an adviser to the leader threatening ...')."""
    noun = clause.head
    if clause.dep_ != "acl" or clause.tag_ != "VBG" or noun.dep_ != "pobj":
        return noun
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in SERVE_PREPS:
        return noun
    role = prep.head
    return role if role.pos_ == "NOUN" and role.lemma_.lower() in role_nouns() else noun
