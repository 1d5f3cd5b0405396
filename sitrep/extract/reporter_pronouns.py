"""Whether a pronoun subject of a reported clause can be the one who tells it.

"Switzerland said it had expelled the envoy": 'it' is Switzerland, the subject of the reported clause is borrowed
from its speaker (``event_arg_clauses.subject_token``). But a 'he' or 'she' is one person, never a body, a force,
a country or a crowd: in "he was arrested on Monday, police said" or "she was found guilty, said the court" the
pronoun is someone else (left unresolved here), and the speaker, if an authority, is the doer of the agentless
passive (``event_authorities``); nor is an 'it' a named person ('Smith said it had been attacked'). The nouns of
a body speaker are in ``data/quotes/body_speakers.txt`` (with those of bodies and state bodies).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import pronoun_genders, quote_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

#: pronouns of one person
PERSON_PRONOUNS = frozenset({"he", "she"})
#: pronouns of a thing or a body
THING_PRONOUNS = frozenset({"it"})
#: entity types of a speaker that is a country, a people or a place (never 'he' or 'she')
NON_PERSON_TYPES = frozenset({"GPE", "NORP", "LOC"})
#: tags of a plural speaker ('officials said he ...')
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


@lru_cache(maxsize=1)
def body_words() -> frozenset[str]:
    """Nouns of a speaker that is a body: body_speakers.txt, body_nouns.txt and state_bodies.txt (single words)."""
    names = ("body_speakers.txt", "body_nouns.txt", "state_bodies.txt")
    return frozenset(w for name in names for w in quote_lexicon.words(name) if " " not in w)


def body_speaker(speaker: Token) -> bool:
    """A speaker that cannot be 'he' or 'she': a plural, a country or people, or a noun of a body ('police',
    'the court', 'the Foreign Ministry', 'the White House')."""
    if speaker.tag_ in PLURAL_TAGS or speaker.ent_type_ in NON_PERSON_TYPES:
        return True
    return speaker.lemma_.lower() in body_words() or speaker.lower_ in body_words()


def fits(pronoun: Token, speaker: Token) -> bool:
    """Whether ``pronoun`` (the subject of a reported clause) can stand for ``speaker`` (who tells the clause).
    Only a passive subject is checked: there the speaker would be made the one acted on ('he was arrested, police
    said'); an active one keeps its speaker, whose state an active doer mostly is ('he will visit X, the ministry
    said': the minister of that ministry)."""
    low = pronoun.lower_
    if not pronoun_genders.token_agrees(pronoun, speaker):  # 'Mr Yee's lawyer, Ana Ruiz, said he ...': not Ruiz
        return False
    if pronoun.dep_ != "nsubjpass":
        return True
    if low in PERSON_PRONOUNS:
        return not body_speaker(speaker)
    if low in THING_PRONOUNS:
        return speaker.ent_type_ != "PERSON"
    return True
