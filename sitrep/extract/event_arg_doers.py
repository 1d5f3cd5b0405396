"""The attacker of an act of violence named by a common noun no group list holds ('the guards tortured a
student', 'the boy launched the attack', 'a teenager opened fire'): when no actor is named for the act and its
active subject is such a noun, that noun is the unnamed attackers, with the country its phrase gives. Only acts
whose subject is always someone, never a thing, are read (``data/harm_doers.tsv``: verbs of harm, the event
nouns a light verb takes); 'the blast killed two people' names no attacker.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_clauses import event_noun, subject_token
from sitrep.extract.event_arg_groups import group_actor
from sitrep.extract.event_arg_places import UNATTRIBUTED_SOURCES, named_place
from sitrep.extract.event_instruments import vocab as instruments
from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import read_tsv, verb_lemma
from sitrep.extract.passive_doers import passive_doers
from sitrep.extract.scene_agents import scene_agents
from sitrep.extract.trigger_records import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the category whose acts name their attacker by a common noun
DOER_TYPES = {"ASSAULT"}


@lru_cache(maxsize=1)
def doer_acts() -> frozenset[tuple[str, str]]:
    """(lemma, kind) pairs of ``harm_doers.tsv``: kind 'verb' or 'object'."""
    return frozenset((r["lemma"], r["kind"]) for r in read_tsv("harm_doers.tsv"))


def _always_done_by_someone(trig: Trigger) -> bool:
    """The trigger verb is a verb of harm, or takes an event noun, whose subject is always someone."""
    if (verb_lemma(trig.token), "verb") in doer_acts():
        return True
    return trig.object is not None and (lemma(trig.object), "object") in doer_acts()


def common_doers(mention_of: Callable[[Token], dict | None], trig: Trigger, sources: list[dict]) -> list[dict]:
    """The unnamed attackers a common-noun subject names, for an act of ``DOER_TYPES`` with no source yet."""
    tok = trig.token
    scene = scene_agents(mention_of, trig, sources)  # 'were killed in air raids by X'
    if scene:
        return scene
    if tok.pos_ == "VERB" and subject_token(tok)[1]:  # 'was murdered by a teenager' (``passive_doers``)
        return passive_doers(mention_of, trig, sources, frozenset(v for v, kind in doer_acts() if kind == "verb"))
    if sources or trig.reading.plover not in DOER_TYPES or tok.pos_ != "VERB" or not _always_done_by_someone(trig):
        return []
    subj, passive = subject_token(tok)
    if subj is None or subj.pos_ != "NOUN" or mention_of(subj) is not None or event_noun(subj):
        return []
    if group_actor(subj) is not None or lemma(subj) in instruments()["nouns"]:
        return []  # (a group noun is coded already; 'the drone opened fire' names a weapon)
    if any((m := mention_of(t)) is not None and not named_place(m) for t in subj.subtree if t.pos_ == "PROPN"):
        return []  # ('the son of Ana Ruiz': the name is the actor; 'two men from Tarsia' say where they are from)
    found = group_actor(subj, UNATTRIBUTED_SOURCES[trig.reading.plover])
    return [found] if found is not None else []
