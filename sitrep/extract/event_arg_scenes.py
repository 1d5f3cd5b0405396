"""Prepositional phrases of an act that name no target: where an arrest was made ('arrested at the airport'),
the occasion a statement was made at ('criticised X at the summit'), the charge told to an object ('accused X
of harbouring insurgents', 'charged X with the murder of Y'). Used by ``event_args``."""

from __future__ import annotations

from spacy.tokens import Token

#: prepositions of the crime an object is charged with ('charged X with the murder of Y': Y is no target)
CHARGE_PREPS = {"of", "with"}
#: occasions an act of speech is made at ('criticised X at the summit', 'denounced Y at a film
#: ceremony'): the 'at' phrase is the scene, not a second target
OCCASION_NOUNS = {"ceremony", "summit", "conference", "meeting", "forum", "rally", "convention", "hearing",
                  "session", "dinner", "lunch", "gala", "festival", "funeral", "debate", "congress"}  # fmt: skip


def scene_phrase(prep: Token, coerce: bool) -> bool:
    """The 'at' phrase of an arrest or a seizure ('were arrested at the airport', 'detained at Camp Vale'):
    where it was done, never whom to (an attack 'at' a place is aimed at it)."""
    return coerce and prep.lower_ == "at"


def charge_phrase(prep: Token, charging: bool = False) -> bool:
    """The 'of' phrase of a verb that has a direct object ('accused X of harbouring insurgents', 'warned Y of
    reprisals', 'convicted Z of spying'), and with ``charging`` its 'with' phrase ('charged X with the murder
    of Y'): the charge or the topic told to the object, whose people are no target (the parser often hangs it
    on the verb, a gerund read as a noun modifier)."""
    preps = CHARGE_PREPS if charging else {"of"}
    return prep.lower_ in preps and any(d.dep_ == "dobj" for d in prep.head.children)


def occasion_phrase(prep: Token) -> bool:
    """An 'at' phrase naming an occasion ('at the summit', 'at this year's awards ceremony')."""
    return prep.lower_ == "at" and any(
        p.dep_ == "pobj" and (p.lemma_ or p.lower_).lower() in OCCASION_NOUNS for p in prep.children
    )
