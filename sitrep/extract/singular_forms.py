"""The singular of a plural noun where no lemma is at hand: one set of English endings for every module that reads
a word out of its parse (a dictionary key, a capitalised plural the model left whole, a name's words).

Where a token is at hand its spaCy lemma comes first (``token_forms``); the endings cover what the model leaves
unlemmatised ('Officials' tagged a proper noun) and text that is no token ('Nurses Union' of a mention's surface).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: endings of a plural and what the singular ends with instead, the most specific first ('gunmen' -> 'gunman',
#: 'militias' -> 'militia', 'parties' -> 'party', 'churches' -> 'church')
ENDINGS = (("men", "man"), ("ies", "y"), ("es", ""), ("s", ""))
#: endings after which a plural adds '-es' (and the singular drops it): 'churches', 'bushes', 'taxes', 'buses'
SIBILANT_ES = ("ches", "shes", "xes", "zes", "sses")
#: singular words ending in 's' that are no plural: 'press', 'status', 'crisis'
SINGULAR_S = ("ss", "us", "is")


def singular_forms(word: str) -> list[str]:
    """The word, then each singular reading its endings allow, for looking a word up in a vocabulary that lists
    singulars ('nurses' -> ['nurses', 'nurs', 'nurse'], 'congressmen' -> [..., 'congressman'])."""
    out = [word]
    for plural, single in ENDINGS:
        if word.endswith(plural) and (form := word[: -len(plural)] + single) not in out:
            out.append(form)
    return out


def singular(word: str) -> str:
    """The one singular reading of a word without a vocabulary to try it against: '-men' -> '-man', '-ies' ->
    '-y', '-es' after a sibilant dropped, else a final '-s' dropped; short words and singulars in '-s' kept."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(SIBILANT_ES):
        return word[:-2]
    if word.endswith("s") and not word.endswith(SINGULAR_S) and len(word) > 3:
        return word[:-1]
    return word


def token_forms(tok: Token) -> list[str]:
    """The token's lemma, then its lower-cased text's singular forms."""
    lemma = (tok.lemma_ or tok.lower_).lower()
    return [lemma, *(f for f in singular_forms(tok.lower_) if f != lemma)]
