"""'May accused the party of tunnel vision': a name spelled like a modal verb (Theresa May) that the parser takes
for one ('May' aux of 'accused'). A modal never comes before a past or third-person form, so a capitalised modal
'auxiliary' of a verb in that form, with no subject, is the verb's subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verb tags a modal cannot precede ('May accused', 'May says')
FINITE_TAGS = {"VBD", "VBZ"}


def modal_name(verb: Token) -> Token | None:
    """The capitalised 'modal' that is the verb's misparsed subject, or None."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    for c in verb.lefts:
        if c.dep_ == "aux" and c.tag_ == "MD" and c.text[:1].isupper() and c.text[1:].islower():
            return c
    return None


def aux_words(verb: Token) -> set[str]:
    """The auxiliaries of ``verb`` (lower case), without a name taken for a modal ('May accused' is no plan)."""
    named = modal_name(verb)
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and (named is None or c.i != named.i)}
