"""Readings a trigger takes from its complement clause, under PLOVER 2021's intent and demand rules.

- A vow or promise to use force, coercion or sanctions is a threat: 'vowed to crush the revolt' is THREATEN,
  not AGREE (PLOVER: an intent is coded by what it promises; CAMEO 13x). The complement must be a hostile
  trigger of the lexicon.
- A promise not to yield or cooperate is a refusal: 'vowed never to withdraw its troops' is REJECT; so is a promise
  to refuse ('vowed to block the deal', 'promised to veto the resolution'); a promise not to use force ('pledged
  not to attack') is a promise (AGREE), no threat.
- A promise to press or hold out against someone is no cooperation (PLOVER AGREE is a commitment to cooperate):
  a vow whose complement is a rival act of ``data/rival_intents.tsv`` aimed at a thing ('vowed to pursue further
  damages', 'to bring pressure to bear') codes nothing; aimed at an actor ('vowed to resist the army') it is
  THREATEN (``rival_reading``).
- Readying to use force is MOBILIZE: 'the militia got ready to renew its bombardment of the town' (PLOVER: raising
  military readiness), when the complement is an ASSAULT trigger.
(A demand told with a modal, 'the council said the army must leave the town', is coded by the frame filter,
`event_frames`, on the complement's verb.)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.data_files import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of promise whose complement decides the category (a plain promise is AGREE)
PROMISE_VERBS = {"vow", "pledge", "promise", "swear", "commit", "undertake", "resolve"}
#: verbs of threatening whose complement gives the threat its content (its mode)
THREAT_VERBS = {"threaten", "warn", "vow", "swear"}
#: verbs of getting ready: readying to use force is MOBILIZE
PREPARE_VERBS = {"prepare", "ready", "gear"}
#: verbs through which a complement's action is reached ('to resume shelling', 'to keep fighting')
ASPECT_VERBS = {"resume", "continue", "keep", "begin", "start", "step"}
#: verbs of ending: ending one's own fighting is de-escalation ('stopped fighting', CAMEO 0871 -> RETREAT)
ENDING_VERBS = {"stop", "cease", "halt", "end", "quit"}
#: verbs whose complement alone gives them a reading (``complement_act``)
COMPLEMENT_HEADS = PREPARE_VERBS | ENDING_VERBS
#: prepositions of what one fights for or against: with no direct object, their phrase must name an actor
#: ('vowed to fight against the rebels') for the promise to be a threat ('vowed to fight for justice' is none)
CAUSE_PREPS = {"for", "against"}
#: categories whose promise is a threat
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}
#: categories of yielding or cooperating: a promise not to do them is a refusal
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
#: object pronouns that stand for people ('vowed to hang him'); 'it' may be a thing ('vowed to kill the bill')
PERSON_PRONOUNS = {"him", "her", "them", "us", "me", "you", "himself", "herself", "themselves"}


def promised_reading(verb: Token, resolve: Callable[[Token], object | None], verbs: set[str] = PROMISE_VERBS):
    """The reading of a promise verb's infinitive complement when it is hostile ('vowed to crush', 'swore to
    keep fighting'), else None."""
    if (verb.lemma_ or verb.lower_).lower() not in verbs:
        return None
    for c in _complements(verb):
        trig = None if negated(c) else resolve(c)  # 'promised not to attack': a promise to refrain, AGREE
        if trig is not None and trig.reading.plover in HOSTILE and _aimed_at_actor(c, trig):
            return trig.reading
    return None


@lru_cache(maxsize=1)
def _rival_intents() -> dict[str, frozenset[str]]:
    return word_sets("rival_intents.tsv", key="lemma", value="object")


#: what ``rival_reading`` returns for a promise that codes nothing
NO_EVENT = ""


def rival_reading(verb: Token, resolve: Callable[[Token], object | None]) -> str | None:
    """A promise that is no cooperation: THREATEN when its complement is a rival act of ``rival_intents.tsv``
    aimed at an actor ('vowed to resist the army'), ``NO_EVENT`` when that act is aimed at a thing alone ('vowed
    to pursue further damages', 'to bring political pressure to bear'); None for any other promise."""
    if (verb.lemma_ or verb.lower_).lower() not in PROMISE_VERBS:
        return None
    rivals = _rival_intents()
    for c in _complements(verb):
        if negated(c):  # 'vowed never to oppose the king': a promise to refrain
            continue
        objs = [o for o in c.children if o.dep_ in {"dobj", "obj"}]
        wanted = rivals.get(c.lemma_.lower(), set())
        if "" in wanted or any(o.lemma_.lower() in wanted for o in objs):
            return "THREATEN" if any(_names_actor(t) for o in objs for t in o.subtree) else NO_EVENT
    return None


def refused_reading(verb: Token, resolve: Callable[[Token], object | None]):
    """The reading of a promise verb's negated cooperative complement ('vowed never to withdraw its troops',
    'pledged never to recognise the republic'): a promise not to yield or cooperate is a refusal (REJECT); so is
    a promise to refuse ('vowed to block the deal', 'promised to veto any resolution', 'pledged to boycott the
    summit'): its complement is a REJECT of the lexicon, and a vow to reject is no commitment to cooperate."""
    if (verb.lemma_ or verb.lower_).lower() not in PROMISE_VERBS:
        return None
    for c in _complements(verb):
        trig = resolve(c)
        if trig is None:
            continue
        if negated(c) and trig.reading.plover in COOPERATIVE:
            return trig.reading
        if not negated(c) and trig.reading.plover == "REJECT":  # ('vowed not to block the deal' stays a promise)
            return trig.reading
    return None


def negated(verb: Token) -> bool:
    """The verb carries its own negation ('not to attack', 'never to recognise')."""
    return any(c.dep_ == "neg" for c in verb.children)


def prepared_reading(verb: Token, resolve: Callable[[Token], object | None]):
    """Readying to use force is MOBILIZE ('troops prepared to storm the town', 'the army was preparing to
    resume shelling'), when the complement is an ASSAULT of the lexicon."""
    found = promised_reading(verb, resolve, PREPARE_VERBS)
    return found if found is not None and found.plover == "ASSAULT" else None


def complement_act(verb: Token, resolve: Callable[[Token], object | None]) -> tuple[str, str | None, str] | None:
    """(category, mode, CAMEO code) a verb takes from its complement: readying to use force is MOBILIZE
    (``prepared_reading``); ending one's own fighting ('the militias stopped fighting', 'ceased firing on the
    town') is RETREAT ceasefire (CAMEO 0871: declare truce, ceasefire)."""
    if prepared_reading(verb, resolve) is not None:
        return "MOBILIZE", None, "150"
    if (verb.lemma_ or verb.lower_).lower() not in ENDING_VERBS:
        return None
    for c in verb.children:
        trig = resolve(c) if c.dep_ == "xcomp" and c.tag_ == "VBG" and not negated(c) else None
        if trig is not None and trig.reading.plover == "ASSAULT":
            return "RETREAT", "ceasefire", "0871"
    return None


def _complements(verb: Token) -> list[Token]:
    """The verb's infinitive complements and their later conjuncts ('to track him down and kill him'), through an
    aspectual verb ('to resume shelling', 'to keep fighting')."""
    out = [c for c in verb.children if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.i == verb.i + 2))]
    out = [c for c in out if c.pos_ == "VERB"]
    out += [g for c in out for g in c.conjuncts if g.pos_ == "VERB" and g.i > c.i]  # 'to hunt him down and hang him'
    return out + [g for c in out if c.lemma_ in ASPECT_VERBS for g in c.children if g.dep_ == "xcomp"]


def _aimed_at_actor(verb: Token, trig) -> bool:
    """A hostile complement aims at someone: its reading comes from an object pattern ('impose sanctions'),
    it has no direct object ('vowed to fight on'), or its direct object's phrase names an actor ('to attack the
    rebels', 'to shell Ruritanian positions', 'to kill the hostages'), not a thing alone ('vowed to fight
    corruption'); without a direct object, the head of a 'for' or 'against' phrase must be an actor ('vowed to
    fight against the rebels', not 'to fight for the rights of farmers')."""
    if trig.object is not None:
        return True
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not objs:  # 'vowed to fight for their rights', 'to fight against graft': a cause, no one fought
        objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS for g in c.children]
        objs += [g for o in objs for g in o.children if g.dep_ == "conj"]
        return not objs or any(_names_actor(o) for o in objs)  # (the head: 'the rights of farmers' is a cause)
    return any(_names_actor(t) for o in objs for t in o.subtree)


def _names_actor(tok: Token) -> bool:
    """A name, a pronoun for people ('him'), or a word for an actor ('the rebels', 'the villagers': a group of
    people is someone)."""
    from sitrep.extract.event_arg_groups import group_of  # (imports event_triggers, which imports this module)

    return bool(
        tok.pos_ == "PROPN"
        or tok.ent_type_
        or tok.lower_ in PERSON_PRONOUNS
        or agent_sector(tok.text)
        or (tok.pos_ == "NOUN" and group_of(tok))
    )
