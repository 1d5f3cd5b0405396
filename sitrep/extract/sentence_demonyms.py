"""The state a bare 'the country' refers to when its own sentence names it only by a demonym.

'The Kenyan president said the country would expel two diplomats', 'Turkish officials said the nation would not
back down': the demonym before the description names the country meant, nearer than any country named by name in
an earlier sentence (``event_mentions.description_antecedent`` looked at country names only, so the act lost its
actor or took a country of an earlier sentence). The last demonym of a country before the description in its own
sentence, outside the subject of the verb an object description hangs on ('Kenyan officials urged the country to
stay calm' is no reference of the subject's own), stands for its state: the state's own mention before it, else an
unnamed state actor, as a speaker's state is (``speaker_states.state_at``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import places

if TYPE_CHECKING:
    from spacy.tokens import Token

#: parts of speech of a demonym ('Kenyan' ADJ, 'Kenyans' / a tagger's 'Kenyan' PROPN)
DEMONYM_POS = {"ADJ", "PROPN", "NOUN"}


def _demonym_iso3(tok: Token) -> str | None:
    """The country a demonym token names ('Kenyan', 'South Korean' by its last word with the one before)."""
    if tok.pos_ not in DEMONYM_POS or not tok.text[:1].isupper():
        return None
    if tok.i > 0 and (two := places.demonym_iso3(f"{tok.doc[tok.i - 1].text} {tok.text}")):
        return two
    return places.demonym_iso3(tok.text)


def sentence_demonym_state(tok: Token, after: int, skip: set[int]) -> str | None:
    """The country of the last country demonym of ``tok``'s sentence that is written before ``tok`` and after
    character ``after`` (the country named by name that would be the antecedent otherwise), and whose token is not
    in ``skip`` (the own subject's tokens); None when there is none."""
    for t in reversed(list(tok.sent)[: tok.i - tok.sent.start]):
        if t.idx < after:
            return None
        if t.i not in skip and (iso3 := _demonym_iso3(t)):
            return iso3
    return None
