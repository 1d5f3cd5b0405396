"""Two more frames in which the people an attack hurts are told (``event_arg_victims`` reads them as its targets):

- the attack noun's own clause: a relative clause or a participle of a verb of harm inside the noun's phrase ('a
  suicide bombing in X which killed 13 people', 'claimed an attack on a shrine in X that killed 50 worshippers',
  'an air strike killing six civilians'): its object is the people the attack hurt. A 'who' clause is about a
  person named in the phrase ('an attack on the man who killed ...'), not the attack, and is not read.
- a passive with no doer named ('up to 5,000 people were executed at a prison near X', '21 men have been killed
  since 2014'): the event is coded anyway, with the place or the unnamed group of the 'at' phrase (a prison, an
  embassy) as its only target, and its passive subject is the people hurt, whether or not an unnamed attacker
  stands as its source. A group read off the place where people were hurt ('at a prison': the police) is where
  it happened, no target, when the people hurt are named.

``data/victim_frames.tsv`` holds the frames with an example each (tests/sitrep/extract/test_victim_frames35.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_places import LOCATIVE_PREPS
from sitrep.extract.event_triggers import verb_lemma
from sitrep.extract.trigger_records import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of a clause that tells what the attack noun did ('a bombing that killed', 'a strike killing')
CLAUSE_DEPS = frozenset({"relcl", "acl"})
#: relative words that stand for the attack itself (not 'who': a person named in the phrase)
ATTACK_RELATIVES = frozenset({"that", "which"})
#: labels of a group that may be read off a place noun ('at a prison': police; 'at the embassy': government)
SCENE_GROUP_LABELS = frozenset({"ORG", "NORP"})


def clause_harm(trig: Trigger, verbs: frozenset[str]) -> Token | None:
    """The verb of harm of a clause inside the attack noun's phrase (the trigger noun, or the noun a light verb
    takes: 'claimed a bombing'), whose object names whom it hurt; None when there is none."""
    nouns = [t for t in (trig.token, trig.object) if t is not None and t.pos_ == "NOUN"]
    for noun in nouns:
        for t in noun.subtree:
            if t.i <= noun.i or t.dep_ not in CLAUSE_DEPS or verb_lemma(t) not in verbs:
                continue
            if not any(c.dep_ == "dobj" for c in t.children):
                continue
            rel = [c for c in t.children if c.dep_ == "nsubj"]
            if (t.dep_ == "relcl" and [c.lower_ for c in rel] in ([w] for w in ATTACK_RELATIVES)) or (
                t.dep_ == "acl" and not rel and t.tag_ == "VBG"
            ):
                return t
    return None


def untold_doer(harm: Token, targets: list[dict]) -> bool:
    """A passive verb of harm with no 'by' agent, coded with its place (or the group of its place) as its only
    target: the people of its passive subject take that side though no attacker is named."""
    if not targets or harm.pos_ != "VERB" or any(c.dep_ == "agent" for c in harm.children):
        return False
    return subject_token(harm)[1]


def scene_group(m: dict, verb: Token) -> bool:
    """An unnamed group read off the noun of a locative phrase of the verb ('were executed at a prison': the
    police), which says where people were hurt."""
    if not m.get("unnamed") or m.get("named") or m.get("label") not in SCENE_GROUP_LABELS:
        return False
    start = m.get("phrase_start", m.get("start_char", -1))
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS:
            span = list(prep.subtree)
            if span[0].idx <= start < span[-1].idx + len(span[-1].text):
                return True
    return False
