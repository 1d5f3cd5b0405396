"""An ultimatum is a threat: a demand whose demanded act is told with the price of refusing it ('told the rebels
to disarm or face an offensive', 'demanded that Peru withdraw its troops or face sanctions') is PLOVER THREATEN,
not a plain REQUEST. Vocabulary: ``data/ultimatums.tsv`` (verbs of the price, words that link it, nouns of a price)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.token_lemma import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the demanded clause under the verb of demanding (the parser hangs the price anywhere in its phrase)
DEMANDED_DEPS = frozenset({"xcomp", "ccomp"})
#: how far after 'face' its price may be named ('face tough new economic sanctions')
PRICE_WINDOW = 6


@lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    return word_sets("ultimatums.tsv")


def ultimatum(tok: Token) -> bool:
    """A demand with a demanded clause, followed in its own phrase by a verb of a price right after 'or' ('or
    face sanctions', 'or else face') whose phrase names a price (kind `price`: 'sanctions', 'arrest'; not 'or face
    masks'). The parser may tag 'face' a noun there (even a compound), or hang it on the demand's verb."""
    v = _vocab()
    if not any(c.dep_ in DEMANDED_DEPS for c in tok.children):
        return False
    prices = [t for t in tok.subtree if t.i > tok.i and _lemma(t) in v["consequence"]]
    return any(t.nbor(-1).lower_ in v["link"] and _priced(t, v["price"]) for t in prices)


def _priced(verb: Token, price: frozenset[str]) -> bool:
    """A noun of a price within the few words after the verb of the price ('face (military) action', 'suffer
    the consequences'; the parser hangs them variously)."""
    return any(_lemma(n) in price for n in verb.doc[verb.i + 1 : min(verb.i + PRICE_WINDOW, verb.sent.end)])


def ultimatum_reading(trig):
    """The trigger as a threat when it is a demand told as an ultimatum, else unchanged."""
    if trig.reading.plover != "REQUEST" or not ultimatum(trig.token):
        return trig
    return replace(trig, reading=replace(trig.reading, plover="THREATEN", mode=None))
