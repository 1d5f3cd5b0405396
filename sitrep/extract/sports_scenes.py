"""Reports of a game: a sentence that names two different nouns of a game ('won the title', 'in the final', 'the
top of the rankings', 'a single match') tells sport, so its triggers ('whom he defeated in the final', 'from the
moment she withdrew') are no political event, unless a state party takes part. The nouns are ``game_nouns`` of
``data/event_agency.json``. Used by ``event_frames.screen``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_agency
from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: different game nouns a sentence needs to tell a game (one alone may be politics: 'the title of president')
GAME_NOUNS_NEEDED = 2
#: dependencies of a word that stands as a noun
NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos"}


def _nominal(tok: Token) -> bool:
    """A noun, or a word the tagger took for an adjective that stands as one ('defeated in the final'), not a
    modifier ('the final round of talks')."""
    return tok.pos_ in {"NOUN", "PROPN"} or tok.dep_ in NOMINAL_DEPS


def game_report(trig: Token, parties: list[dict]) -> bool:
    """The trigger's sentence tells a game and no state party takes part."""
    words = event_agency.vocab()["game_nouns"]
    found = {_lemma(t) for t in trig.sent if _nominal(t) and (_lemma(t) in words or t.lower_ in words)}
    if len(found) < GAME_NOUNS_NEEDED:
        return False
    return not any(event_agency.state_party(m, trig) for m in parties)
