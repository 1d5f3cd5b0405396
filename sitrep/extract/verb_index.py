"""The verbs and auxiliaries of a ``Doc``, found once per document.

Several readings scan a whole article for verbs (obligations told by a verb of saying, said penalties, a speaker's
untagged name, the clause readings of ``clause_readings``) and ask each token its part of speech first: each scan
made a ``Token`` of every word to reject most of them. The list is kept in the Doc's ``user_data`` (as
``doc_text`` keeps its text); the parts of speech never change once the pipeline has run (mention repair and
``glued_objects`` change heads and labels, not tags).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.spacy_ids import AUX, VERB

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_KEY = "sitrep.verb_tokens"
#: spaCy's symbol ids of a verb and an auxiliary
VERB_POS = frozenset({VERB, AUX})


def verb_tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` tagged VERB or AUX, in text order."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = [t for t in doc if t.pos in VERB_POS]
    return found
