"""The category of an event noun read with its own modifiers, as the trigger lexicon's senses read it: 'strike'
is a labour strike in the lexicon, an attack with 'air', 'drone' or 'missile' before it
(``data/trigger_senses.tsv``). Used where a passive act borrows the doers of the event noun it happened in
('ten civilians were killed in an air strike by Chilean jets': the jets attack)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_senses
from sitrep.extract.event_triggers import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def scene_reading(noun: Token) -> str | None:
    """The noun's lexicon category read with its modifiers (None when the sense reads no event)."""
    entry = lexicon().nouns.get((noun.lemma_ or noun.lower_).lower())
    if entry is None:
        return None
    return event_senses.sense_type(noun, None, entry.plover)
