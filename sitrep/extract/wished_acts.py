"""Hostile acts told as a wish ('the party wants to close mosques', 'analysts say X wants to seize the port', 'X
dreams of banning the paper'): PLOVER's THREATEN is a warning the actor made, so a wish that the writer or a third
party ascribes to the actor is no event. The actor's own word ('we want to deport them', 'X said it wants to expel
the envoy') is its stated intent and stays THREATEN, as a stated plan does; a cooperative act under a wish keeps its
planned reading (counted as AGREE: the manual's "willingness to cooperate"), unless a third party says it (round 37:
'X wants to expand ties with Y, an analyst said', 'sources said he wanted to deliver a letter', 'trade groups say the
government wants the right to ...': what someone else says an actor wants is no intent the actor expressed). An act
joined to a wished one shares its wish ('wants to spread chaos and attack Y'). Vocabulary: ``data/wish_words.tsv``."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_frames import speech_verb
from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import CONDITIONAL_THREATS

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "wish_words.tsv"
#: the categories a wish leaves uncoded: a threat read from a planned hostile act, or the hostile act itself
HOSTILE_TYPES = CONDITIONAL_THREATS | {"THREATEN"}
#: links from a noun trigger up to the verb it is the object of ('wants to impose sanctions': 'sanctions' -> 'impose')
NOUN_TO_VERB = {"dobj", "pobj", "attr"}
#: the modals that make 'like' a wish ('would like to')
LIKE_MODALS = {"would", "'d", "should"}


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in read_tsv(DATA)}


def examples() -> list[dict]:
    return read_tsv(DATA)


def wish_verb(trig: Token) -> Token | None:
    """The verb of wish that governs the trigger's act ('wants to impose sanctions', 'would like to expel', 'dreams
    of banning', 'wants to spread chaos and attack'), or None."""
    verb = trig
    if verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in NOUN_TO_VERB and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    while _bare_conjunct(verb):
        verb = verb.head  # 'wants to spread chaos and ultimately attack Y': the wish covers the list
    found = _of_wish(verb)
    if found is not None:
        return found
    head = verb.head
    if head.i == verb.i or verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return None
    kind = _words().get(lemma(head))
    if kind not in {"verb", "like"} or any(c.dep_ == "neg" for c in head.children):
        return None  # (a negated wish, 'does not want to attack', is read as denied elsewhere)
    if kind == "like" and not any(c.dep_ == "aux" and c.lower_ in LIKE_MODALS for c in head.children):
        return None  # 'likes to travel': a habit, no wish
    return head


def _of_wish(verb: Token) -> Token | None:
    """'dreams of banning': the gerund hangs on 'of', which hangs on the verb of wish."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    head = prep.head
    if _words().get(lemma(head)) != "of" or any(c.dep_ == "neg" for c in head.children):
        return None
    return head


def _bare_conjunct(verb: Token) -> bool:
    """A verb joined to another with no subject or auxiliary of its own ('to spread chaos and attack'): it shares
    the first one's frame."""
    return (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and verb.pos_ in {"VERB", "AUX"}
        and verb.tag_ == "VB"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    )


def _wanted_thing(trig: Token) -> Token | None:
    """The trigger is itself a verb of wish with an object ('the government wants the right to ...', 'he wanted
    clarification'): the verb, else None."""
    if trig.pos_ != "VERB" or _words().get(lemma(trig)) != "verb" or any(c.dep_ == "neg" for c in trig.children):
        return None
    return trig if any(c.dep_ == "dobj" for c in trig.children) else None


def _subject(verb: Token) -> Token | None:
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return next((c for h in holders for c in h.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def wished_act(ctx, cand: dict | None, trig: Token, own: Callable[[object, Token, Token | None], bool]) -> dict | None:
    """None for a hostile act (or the threat read from it) that is only a wish ascribed to its actor (see the module
    doc); else the candidate unchanged. ``own(ctx, subject, speech verb)`` says the actor says it itself."""
    if cand is None:
        return cand
    hostile = cand["event_type"] in HOSTILE_TYPES
    wish = wish_verb(trig) or _wanted_thing(trig)
    if wish is None:
        return cand
    speech = speech_verb(wish)
    if not hostile and speech is None:
        return cand  # 'X wants to expand ties with Y': a cooperative wish the writer tells keeps its planned reading
    subj = _subject(wish)
    if subj is not None and own(ctx, subj, speech):
        return cand  # 'we want to deport them', 'X said it wants to expel the envoy': a stated intent
    return None
