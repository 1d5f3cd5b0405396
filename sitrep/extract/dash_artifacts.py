"""Dashes that stand for a lost space after a comma ('the UN,-who said', 'its foreign minister,-on Saturday'):
some scraped news texts carry them. The tokenizer splits the comma and the dash from the next word, so the
parser sees 'UN , - who' (a clause after a comma) rather than one unknown word 'UN,-who'. The text, and so every
offset, stays the body's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.util import compile_infix_regex

if TYPE_CHECKING:
    from spacy.language import Language

#: a comma or semicolon glued to a word before a dash and a word ('UN,-who'), and that dash itself
INFIXES = (r"(?<=[A-Za-z])[,;](?=-[A-Za-z])", r"(?<=[,;])-(?=[A-Za-z])")


def split_comma_dashes(nlp: Language) -> None:
    """Add the infixes to ``nlp``'s tokenizer."""
    infixes = list(nlp.Defaults.infixes or ()) + list(INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
