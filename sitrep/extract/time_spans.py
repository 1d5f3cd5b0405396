"""A 'for' or 'over' phrase that tells how long or over what time something went on ('for two days', 'over the
past week'): a span of time, no object of the verb's curated prepositional reading, so that 'assailed the bank over
the past week for its errors' is read by its grievance ('for its errors'), not by the week. A phrase of another
preposition keeps its time ('gave the rebels until Friday to disarm' is the ultimatum's deadline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions whose date or time object is a span, not a point the verb is aimed at
SPAN_PREPS = frozenset({"for", "over"})
#: entity types of a time phrase
TIME_ENTS = frozenset({"DATE", "TIME"})


def time_span(prep: str, noun: Token) -> bool:
    """The prepositional object ``noun`` of ``prep`` is a span of time ('for two days', 'over the weekend')."""
    return prep in SPAN_PREPS and noun.ent_type_ in TIME_ENTS
