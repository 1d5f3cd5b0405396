"""Whose act a stated regret is about. PLOVER 2021 codes an expression of regret or remorse for an action as
CONCEDE (the manual's SUPPORT and CONCEDE ambiguities): the speaker regrets what it did ('the ministry expressed
regret over the shooting of the fishermen'). Regret voiced over another actor's act ('Tokyo voiced regret over the
U.S. measures', 'expressed regret at Ruritania's decision to close the border') is a complaint about it: ACCUSE
disapprove (CAMEO 'regret' 110), whose target is that actor (``stance_topics``). The other actor is a named actor
(a country, an organisation, a person, a nationality) that owns or modifies the regretted thing, or does it ('the
decision by Freedonia'), and is not the regret's own subject. The regret nouns are the '@remorse' class of
``data/trigger_objects.tsv``."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions that take what a regret is about ('regret over', 'at', 'about', 'for', 'on')
ABOUT_PREPS = {"over", "at", "about", "for", "on"}
#: how a named actor hangs on the regretted thing: its owner ('Ruritania's decision'), a modifier ('the U.S.
#: measures', 'the Israeli strikes')
OWNER_DEPS = {"poss", "compound", "amod"}
ACTOR_ENTS = {"GPE", "ORG", "NORP", "PERSON"}
#: letters two names of one actor share at least ('Israel' / 'Israeli')
STEM = 4
REMORSE = "@remorse"
COMPLAINT = ("ACCUSE", "disapprove")


@lru_cache(maxsize=1)
def remorse_nouns() -> frozenset[str]:
    return frozenset(r["lemma"] for r in read_tsv("trigger_objects.tsv") if r["class"] == REMORSE)


def _regretted(trig: Token, noun: Token) -> list[Token]:
    """What is regretted: the objects of the 'over'/'at'/... phrases of the regret noun or of its verb."""
    return [
        g
        for h in (noun, trig)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ABOUT_PREPS
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _owners(thing: Token) -> list[Token]:
    return [c for c in thing.children if c.dep_ in OWNER_DEPS and c.ent_type_ in ACTOR_ENTS]


def _actors_of(thing: Token) -> list[Token]:
    """Named actors that own, modify or do the regretted thing ('the decision by the Freedonian court')."""
    agents = [
        g for p in thing.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"
    ]
    return _owners(thing) + [a for g in agents for a in ([g] if g.ent_type_ in ACTOR_ENTS else _owners(g))]


def _subject_words(trig: Token) -> set[str]:
    return {t.lower_[:STEM] for s in trig.children if s.dep_ in {"nsubj", "nsubjpass"} for t in s.subtree}


def others_act(trig: Token, noun: Token | None) -> bool:
    """The regret noun ``noun`` of trigger ``trig`` is about an act of another named actor than the regret's
    subject."""
    if noun is None or lemma(noun) not in remorse_nouns():
        return False
    own = _subject_words(trig)
    return any(a.lower_[:STEM] not in own for thing in _regretted(trig, noun) for a in _actors_of(thing))


def regret_reading(trig):
    """The trigger (``event_triggers.Trigger``) as a complaint when it is a regret over another actor's act."""
    if trig.reading.plover != "CONCEDE" or not others_act(trig.token, trig.object):
        return trig
    return replace(trig, reading=replace(trig.reading, plover=COMPLAINT[0], mode=COMPLAINT[1]))
