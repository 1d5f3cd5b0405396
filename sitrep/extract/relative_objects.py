"""The noun a participle or a relative clause acts on: 'sanctions imposed by Washington' (what was imposed),
'the aid that Germany will provide to Ukraine', 'the talks Biden held with Xi', 'the attack that Russia launched
on Kharkiv'. The clause's verb takes the noun it describes as its object, so the pair reads as the plain clause
would ('Germany will provide aid to Ukraine': a giving verb with its aid, a light verb with its event noun), and
the event the clause tells is found."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: tags of a relative pronoun ('that', 'which'), and the words themselves (the tagger may call 'that' a conjunction)
RELATIVE_TAGS = {"WDT", "WP"}
RELATIVE_WORDS = {"that", "which"}
#: dependencies of a verb's own object
OBJECT_DEPS = {"dobj", "obj"}
#: dependencies that give the clause another shape: a passive ('the aid that was provided'), a clause object
#: ('the report that X said was false'), or a subject that is the relative pronoun itself ('the group that attacked')
OTHER_SHAPES = {"auxpass", "nsubjpass", "ccomp", "xcomp"}
#: entity types of nouns a clause is about without acting on them ('the day Russia attacked')
TIME_ENTS = {"DATE", "TIME"}


def relative_object(verb: Token) -> bool:
    """The verb heads a relative clause on a noun, and that noun is the verb's object: the clause's object is its
    relative pronoun ('the aid that X will provide'), or the clause has a subject of its own and no object nor
    'where/when' adverb ('the talks Biden held with Xi')."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.ent_type_ in TIME_ENTS:
        return False
    if any(c.dep_ in OTHER_SHAPES or c.tag_ == "WRB" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return all(c.tag_ in RELATIVE_TAGS or c.lower_ in RELATIVE_WORDS for c in objects)


def acted_on_noun(verb: Token) -> bool:
    """The noun the verb's clause describes is the verb's object: a participle on a noun ('sanctions imposed by
    Washington') or a relative clause whose object is the noun (``relative_object``)."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN") or relative_object(verb)


#: dependencies of a subject
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: prepositions of an event noun that name on whom it falls ('sanctions against Iranian banks imposed by X')
TARGET_PREPS = {"on", "upon", "against"}


def acted_on_nouns(verb: Token) -> list[Token]:
    """The nouns the verb takes as its object through ``acted_on_noun``: the noun it describes and, for a
    participle the parser hung on the object of a subject noun's 'on' / 'against' phrase, the noun above
    ('sanctions against Iranian banks imposed by Washington have ...': what Washington imposed is the sanctions)."""
    if not acted_on_noun(verb):
        return []
    noun, prep = verb.head, verb.head.head
    hung = verb.dep_ == "acl" and noun.dep_ == "pobj" and prep.lower_ in TARGET_PREPS and prep.head.pos_ == "NOUN"
    hung = hung and prep.head.dep_ in SUBJECT_DEPS  # (an object's fate is told by its verb: 'banned a march ...')
    return [noun, prep.head] if hung else [noun]
