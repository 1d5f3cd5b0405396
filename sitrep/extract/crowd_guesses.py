"""When an event noun with no named holder may not be given the protesters as its holders: the crowd guess of
``event_arg_nouns.event_noun_actors`` ('broke up the protest': the protesters) fits a protest noun only in its
protest sense. A noun whose modifiers give it another sense (``data/trigger_senses.tsv``: 'the air strike', 'the
missile strike') is no protest; a bare noun that has such a sense ('the strike') judged by a named state ('Russia,
China and Iran condemned the strike') is read as the state's business, an attack, not a labour strike: no
protesters are invented for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

PROTEST = "PROTEST"


def _other_senses(noun: Token) -> bool:
    """The noun has a row of ``trigger_senses.tsv`` that codes it as another category ('strike': an attack)."""
    from sitrep.extract.event_senses import senses  # noqa: PLC0415 (event_senses reads the argument modules)

    return any(instead for _, instead in senses().get((lemma(noun), PROTEST), []))


def _state_judges(mention_of: Callable[[Token], dict | None], noun: Token) -> bool:
    """The verb the noun is the object of has a named state as its subject, or one of its coordinated subjects."""
    if noun.dep_ not in {"dobj", "obj"} or noun.head.pos_ != "VERB":
        return False
    subj = subject_token(noun.head)[0]
    if subj is None:
        return False
    for tok in [subj, *subj.conjuncts]:
        m = mention_of(tok) or {}
        if m.get("label") == "GPE" and places.country_iso3(m.get("surface", "")):
            return True
    return False


def no_crowd(mention_of: Callable[[Token], dict | None], noun: Token) -> bool:
    """The protesters are no holders of this protest noun: its modifiers read it in another sense, or it has
    another sense and a named state judges it."""
    if not _other_senses(noun):
        return False
    from sitrep.extract.event_senses import sense_type  # noqa: PLC0415

    return sense_type(noun, None, PROTEST) != PROTEST or _state_judges(mention_of, noun)
