"""Dashes that stand for a lost space or line break in some scraped news texts, read as what they replaced.

Such texts glue a dash to the punctuation before the next word: a paragraph's last stop ('in prison.- Both
cases', 'in July.-Germany holds') or a comma ('on trade,-Mexican Economy Minister Ildefonso Guajardo said').
The tokenizer kept 'prison.-' one word (no sentence ended, and the next sentence's name lost its first word); it
now splits the stop and the dash from the word, and the dash opens the next sentence, as the line break it stands
for did. After a comma (split by ``dash_artifacts``) the dash is embedded as that comma: the statistical components
read 'trade , , Mexican ... said', a fronted phrase closed by a comma, not a dash inside the phrase (which made
the minister the object of 'on'). Only the word features and sentence starts change: a token's text, and so the
document's text and every offset, stay the body's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

from sitrep.extract import dash_artifacts

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "sitrep_lost_spaces"
#: a stop after a lower-case word (not an abbreviation such as 'U.S.'), glued to a dash
STOPS = (".", "?", "!")
SUFFIXES = (r"(?<=[a-z]{2}[.?!])-",)
INFIXES = (r"(?<=[a-z]{2})[.?!](?=-[A-Z\"])", r"(?<=[a-z]{2}[.?!])-(?=[A-Z\"])")
#: a comma or semicolon glued to a dash (split by dash_artifacts): the dash is read as that mark
COMMAS = (",", ";")


@Language.component(COMPONENT)
def lost_spaces(doc: Doc) -> Doc:
    """A dash glued to a stop opens the next sentence; a dash glued to a comma is embedded as the comma."""
    for tok in doc[2:]:
        prev = doc[tok.i - 1]
        if tok.text != "-" or prev.whitespace_:
            continue
        if prev.text in STOPS and doc[tok.i - 2].is_alpha and not doc[tok.i - 2].whitespace_:
            tok.is_sent_start = True
            if tok.i + 1 < len(doc):
                doc[tok.i + 1].is_sent_start = False
        elif prev.text in COMMAS:
            tok.norm_ = prev.text
    return doc


def add(nlp: Language) -> None:
    """Split stop-dashes in ``nlp``'s tokenizer (after ``dash_artifacts.split_comma_dashes``) and run the
    component first, before the word embeddings."""
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes or ()) + list(SUFFIXES)).search
    infixes = list(nlp.Defaults.infixes or ()) + list(dash_artifacts.INFIXES) + list(INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, first=True)
