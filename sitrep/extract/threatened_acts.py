"""A threat told as the act threatened ('"We may cancel the readmission agreement"', 'Ankara will revoke the
accord'): the lexicon reads the act itself as THREATEN (CAMEO 13x: 'CANCEL: * &TREATY'), so the modal or future
that makes the act planned is the threat, and the threat was made when it was said. Only a word that is itself a
threat ('will threaten', 'is expected to warn', 'an ultimatum is due') tells of a threat still to come."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_triggers

if TYPE_CHECKING:
    from spacy.tokens import Token


def _threat_word(tok: Token) -> bool:
    """The word's own reading, without an object, is THREATEN ('threaten', 'warn', 'threat', 'ultimatum')."""
    lex = event_triggers.lexicon()
    lemma = (tok.lemma_ or tok.lower_).lower()
    bare = lex.curated.get((lemma, "", "")) or lex.nouns.get(lemma)
    return bare is not None and bare.plover == "THREATEN"


def threat_made(etype: str, status: str, tok: Token) -> bool:
    """A planned THREATEN read from the act threatened: the threat itself took place."""
    return etype == "THREATEN" and status == "planned" and not _threat_word(tok)
