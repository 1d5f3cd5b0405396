"""The attacker of an act of violence told in the passive by a common noun no group list holds ('a shopkeeper was
murdered by a teenager', 'she was attacked by an ex-boyfriend', 'a guard was shot by a stranger'): when no actor is
named for the act, the noun of its 'by' agent is the unnamed attackers, with the country its phrase gives, as
``event_arg_doers.common_doers`` reads an active subject. Only verbs whose doer is always someone are read: the
verbs of harm of ``data/harm_doers.tsv`` and the verbs of ``data/passive_doers.tsv``, whose 'by' agent is someone
when it is no event, weapon or disaster ('was shot by a sniper', not 'was shot by a stray bullet'); 'killed by' is
not read ('killed by the blast', 'killed by a landslide').
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_clauses import event_noun, subject_token
from sitrep.extract.event_arg_groups import group_actor
from sitrep.extract.event_arg_places import UNATTRIBUTED_SOURCES, named_place
from sitrep.extract.event_instruments import vocab as instruments
from sitrep.extract.event_syntax import lemma
from sitrep.extract.trigger_records import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the preposition that carries a passive verb's doer
AGENT_DEPS = {"agent"}


@lru_cache(maxsize=1)
def passive_verbs() -> frozenset[str]:
    """Verb lemmas whose passive 'by' agent is the doer, beside the verbs of harm (``data/passive_doers.tsv``)."""
    return frozenset(r["lemma"] for r in read_tsv("passive_doers.tsv"))


@lru_cache(maxsize=1)
def _disaster_words() -> frozenset[str]:
    return frozenset(r["lemma"] for r in read_tsv("disaster_causes.tsv"))


def _agent_nouns(verb: Token) -> list[Token]:
    """The nouns of the passive verb's 'by' agent or 'by' phrase ('was shot eight times, by X'), its own or one the
    parser hung on a participle or gerund coordinated with or attached to it ('was attacked, including being shot,
    by X')."""
    holders = [verb, *(c for c in verb.children if c.pos_ == "VERB" and c.dep_ in {"conj", "advcl", "prep", "pcomp"})]
    holders += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    out = []
    for h in holders:
        for by in h.children:
            if by.dep_ in AGENT_DEPS or (by.dep_ == "prep" and by.lower_ == "by"):
                out += [p for p in by.children if p.dep_ == "pobj"]
    return out


def _someone(mention_of: Callable[[Token], dict | None], noun: Token) -> bool:
    """A common noun that can only be a doer here: no name, group, event, weapon or disaster."""
    if noun.pos_ != "NOUN" or mention_of(noun) is not None or event_noun(noun):
        return False
    if group_actor(noun) is not None or lemma(noun) in instruments()["nouns"] or lemma(noun) in _disaster_words():
        return False
    return not any((m := mention_of(t)) is not None and not named_place(m) for t in noun.subtree if t.pos_ == "PROPN")


def passive_doers(
    mention_of: Callable[[Token], dict | None], trig: Trigger, sources: list[dict], harm_verbs: frozenset[str]
) -> list[dict]:
    """The unnamed attackers a passive act's common-noun 'by' agent names, for an assault with no source yet
    but a place."""
    tok = trig.token
    if trig.reading.plover != "ASSAULT" or not all(named_place(m) for m in sources):
        return []  # (a place the parser hung on the agent, 'by a teenager in X', is no doer)
    if tok.pos_ != "VERB" or (lemma(tok) not in harm_verbs and lemma(tok) not in passive_verbs()):
        return []
    if not subject_token(tok)[1]:
        return []
    nouns = [n for n in _agent_nouns(tok) if _someone(mention_of, n)]
    found = group_actor(nouns[0], UNATTRIBUTED_SOURCES["ASSAULT"]) if nouns else None
    if found is None:
        return []
    where = next((m.get("country_iso3") for m in sources if m.get("country_iso3")), None)
    if where and not found.get("country_iso3"):  # 'by a stranger in Lagos': where the attacker struck
        found["country_iso3"] = where
    return [found]
