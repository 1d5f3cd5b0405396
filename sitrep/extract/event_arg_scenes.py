"""Prepositional phrases of an act that name no target: where an arrest was made ('arrested at the airport'),
where people named as the object were attacked ('killed five soldiers at a prison'),
the occasion a statement was made at ('criticised X at the summit'), the charge told to an object ('accused X
of harbouring insurgents', 'charged X with the murder of Y'). Used by ``event_args``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_arg_groups import recipient_group

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the people an act is done to: an active verb's object (a passive's subject is kept apart: with it
#: the 'at' phrase may be the only party named, 'two men were shot at the embassy')
DONE_TO_DEPS = {"dobj"}
#: entity labels of people, a body or a state named as what an act is done to
PEOPLE_ENTS = {"PERSON", "NORP", "ORG", "GPE"}
#: pronouns of a thing, not of people ('fired it at the crowd')
THING_PRONOUNS = {"it", "this", "that", "these", "those"}
#: prepositions of the crime an object is charged with ('charged X with the murder of Y': Y is no target)
CHARGE_PREPS = {"of", "with"}
#: object nouns of a light verb that are a charge lodged somewhere, whose 'with' phrase is no party faulted
#: ('lodged a complaint with the police', 'filed a lawsuit with the court')
LODGED_NOUNS = {"complaint", "charge", "lawsuit", "suit", "case", "petition", "claim", "grievance", "appeal"}
#: occasions an act of speech is made at ('criticised X at the summit', 'denounced Y at a film
#: ceremony'): the 'at' phrase is the scene, not a second target
OCCASION_NOUNS = {"ceremony", "summit", "conference", "meeting", "forum", "rally", "convention", "hearing",
                  "session", "dinner", "lunch", "gala", "festival", "funeral", "debate", "congress"}  # fmt: skip


def scene_phrase(prep: Token, coerce: bool) -> bool:
    """The 'at' phrase of an arrest or a seizure ('were arrested at the airport', 'detained at Camp Vale'):
    where it was done, never whom to; so is that of an act done to people its verb names as its object
    ('killed five soldiers at a prison', 'shot an officer at the border post'). An attack 'at' a place with no
    one named as its object is aimed at it ('fired at the crowd', 'threw stones at the police')."""
    if prep.lower_ != "at":
        return False
    return coerce or _done_to_people(prep.head)


def _done_to_people(verb: Token) -> bool:
    """The verb's object is people: a name, a pronoun of people, a noun of people."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    for c in verb.children:
        if c.dep_ not in DONE_TO_DEPS:
            continue
        if c.ent_type_ in PEOPLE_ENTS or (c.pos_ == "PRON" and c.lower_ not in THING_PRONOUNS):
            return True
        if c.pos_ == "NOUN" and recipient_group(c) is not None:
            return True
    return False


def charge_phrase(prep: Token, charging: bool = False) -> bool:
    """The 'of' phrase of a verb that has a direct object ('accused X of harbouring insurgents', 'warned Y of
    reprisals', 'convicted Z of spying'), and with ``charging`` its 'with' phrase ('charged X with the murder
    of Y'): the charge or the topic told to the object, whose people are no target (the parser often hangs it
    on the verb, a gerund read as a noun modifier)."""
    preps = CHARGE_PREPS if charging else {"of"}
    return prep.lower_ in preps and any(d.dep_ == "dobj" for d in prep.head.children)


def charging(accusing: bool, verb: Token, obj: Token | None) -> bool:
    """Whether an accusing verb's 'with' phrase may tell the charge ('charged X with the murder of Y'): not when
    the verb's direct object is the trigger pattern's own stance noun ('took issue with X', 'found fault with
    Y'): the 'with' phrase names the one faulted."""
    if not accusing:
        return False
    own = obj is not None and obj.i != verb.i and obj.dep_ == "dobj" and obj.head.i == verb.i
    return not (own and (obj.lemma_ or obj.lower_).lower() not in LODGED_NOUNS)


def occasion_phrase(prep: Token) -> bool:
    """An 'at' phrase naming an occasion ('at the summit', 'at this year's awards ceremony')."""
    return prep.lower_ == "at" and any(
        p.dep_ == "pobj" and (p.lemma_ or p.lower_).lower() in OCCASION_NOUNS for p in prep.children
    )
