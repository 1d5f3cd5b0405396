"""Clauses whose act is an event of its own, not a part of the act that governs them.

A happening told in an adverbial clause ("as clashes broke out"), what an actor did in a clause on it ("the
envoy, who met the rebels"), and a speech act told as a participle beside the main act ("expelled two envoys,
accusing them of spying") are coded on their own; a protest's or a refusal's demand beside it is its content, and
so is the act a demand asks for ("urged Peru to send aid").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_arg_nouns, event_triggers
from sitrep.extract.accused_deeds import TOLD_DONE, alleged_deed  # TOLD_DONE: acts a passive charge tells as done
from sitrep.extract.event_arg_groups import group_of
from sitrep.extract.event_frames import frame_reason
from sitrep.extract.event_parties import SPEECH_ACTS
from sitrep.extract.event_senses import sense_type
from sitrep.extract.event_syntax import (
    actor_relative_clause,
    known_for,
    own_doer_clause,
    participle_beside,
    relative_antecedent,
)
from sitrep.extract.fronted_claims import claim_reply, fronted_claim
from sitrep.extract.letter_acts import without_letters
from sitrep.extract.rejected_claims import rejected_claim
from sitrep.extract.told_appraisals import beside_judgement
from sitrep.extract.urging_verbs import urged_clause

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: acts whose demands told beside them are their content, not acts of their own (PLOVER codes a protest's
#: demands in the PROTEST; a refusal's counter-demand is the refusal's)
DEMAND_CARRIERS = {"PROTEST", "REJECT"}
#: of those, the ones whose content beside them is only a demand: an accusation or a threat told beside a refusal
#: ('refused the visa, accusing the group of bias') is an act of its own
DEMAND_ONLY_CARRIERS = {"REJECT"}
#: entity labels of a noun that acts: the clause that modifies it tells its own act
ACTOR_ENTS = {"PERSON", "NORP", "GPE", "ORG"}
#: subordinators of a condition: a conditional clause is part of the threat or promise that governs it
CONDITION_MARKS = {"if", "unless", "until", "provided", "lest"}
#: subordinators of a clause of time or cause that tells what led to the main act: with its own subject, in the
#: past, it tells an act of its own (not "when" or "as", which often set a background: "the farms they lost when the
#: junta seized them decades ago")
TIME_MARKS = {"after", "because"}
#: auxiliaries of the perfect ('after X had refused')
PERFECT_AUX = {"has", "have", "had", "'s", "'d", "'ve"}
#: speech acts whose clause tells what is alleged, threatened or asked: no act of its own, even when the speech act
#: itself is not coded for want of a named speaker ('he accused X of undermining ...', 'threatened to cut ...')
CONTENT_ACTS = frozenset({"ACCUSE", "THREATEN", "REQUEST"})
#: speech acts that still tell their content as alleged when told in the agentless passive ('the editor is accused
#: of spreading propaganda', 'was charged with funding the rebels'): the speaker is unnamed, but the clause is no act
#: the report tells (PLOVER: the accusation is the event, ACCUSE; the act alleged happened only as far as it is
#: alleged). An order or a threat so told ('was ordered to be detained') keeps its own readings.
ALLEGING_PASSIVES = frozenset({"ACCUSE"})


def own_happening(clause: Token, noun: Token) -> bool:
    """An event noun said to happen in an adverbial clause that is no condition ('as clashes broke out', 'after
    fighting erupted'), or an act told in the past in a clause of time or cause with its own subject ('recalled
    its envoy after Chile attacked a fishing boat', 'expelled the diplomat after the embassy refused to waive his
    immunity'): a happening of its own, not a part of the event that governs the clause."""
    if clause.i == noun.i and told_before(clause):
        return True
    if clause.dep_ != "advcl" or noun.dep_ != "nsubj" or noun.head.i != clause.i:
        return False
    if (clause.lemma_ or clause.lower_).lower() not in event_arg_nouns.HAPPENING_VERBS:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)


def told_before(clause: Token) -> bool:
    """An adverbial clause of time or cause ('after', 'because') told in the past or the perfect with
    a subject of its own ('after Chile attacked', 'because the embassy had refused'): what it tells happened."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ != "advcl" or not marks & TIME_MARKS:
        return False
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    past = clause.tag_ == "VBD" or (clause.tag_ == "VBN" and bool(aux & PERFECT_AUX))
    return past and any(c.dep_ == "nsubj" for c in clause.children)


def actors_own_clause(clause: Token) -> bool:
    """A clause that tells what the actor it modifies did: a relative clause ('the envoy, who met the rebels,
    ...') or a present participle ('students protesting the fees') on a named actor or a group noun. Its act is
    no part of the act that governs the noun (a clause on a thing, 'a proposal calling for talks', is); nor is a
    clause that names its own doer ('backed the resolution, which was rejected by X')."""
    if own_doer_clause(clause) or actor_relative_clause(clause) or beside_judgement(clause):
        return True
    if fronted_claim(clause) or claim_reply(clause):
        return True  # 'X accused Y of ..., a charge Y denied': the accusation and the denial are acts of their own
    if known_for(clause):
        return False  # 'the rebels, who have attacked convoys before, denied ...': background, no act of its own
    noun = relative_antecedent(clause)  # 'the envoy, who met the rebels, ...'
    if noun is None and (clause.dep_ != "acl" or clause.tag_ != "VBG"):
        return False
    noun = noun if noun is not None else clause.head
    return noun.ent_type_ in ACTOR_ENTS or (noun.pos_ == "NOUN" and group_of(noun) is not None)


def speech_beside(clause: Token, trig: object, governor: object) -> bool:
    """A lexicon speech act told as a participle beside the main act ('expelled two envoys, accusing them of
    spying'), or a claim with a claimant that a rejection takes as its object: an act of its own, not a part of the
    act that governs the clause; but what a protest or a refusal demands beside it ('blocked roads, demanding ...',
    'rejected the plan, urging ... instead') is its content."""
    gtype = governor.reading.plover if isinstance(governor, event_triggers.Trigger) else (governor or ("",))[0]
    if not isinstance(trig, event_triggers.Trigger):
        return False
    if rejected_claim(clause, trig.reading.plover, gtype):
        return True  # 'dismissed Peru's claim that Chile had ...': Peru's accusation was made (``rejected_claims``)
    if gtype in DEMAND_CARRIERS - DEMAND_ONLY_CARRIERS:
        return False
    if gtype in DEMAND_ONLY_CARRIERS and trig.reading.plover in DEMAND_TYPES:
        return False
    return trig.reading.plover in SPEECH_ACTS and participle_beside(clause)


#: categories of a governing trigger whose complement is an act asked for, not one that happened
DEMAND_TYPES = {"REQUEST"}
#: the clausal links that join an asked-for act to the demand ('urged X to provide', 'demanded that X hold');
#: a noun object is not followed ('requested the consultations': the meeting may be told as held)
DEMAND_DEPS = {"xcomp", "ccomp"}
#: the preposition that names what a demand asks for ('called for talks', 'pressed for a meeting')
ASKED_PREPS = {"for"}
#: determiners that point to a meeting already known ('requested the consultations'): it may be told as held
KNOWN_DETS = {"the", "this", "that", "these", "those"}


def without_demanded(found: dict[int, object], sent: Span) -> dict[int, object]:
    """The triggers less the hand-coded acts that a demand asks for: PLOVER codes the demand, not the act; and less
    the consultation of a letter that tells an act of its own ('sent a letter asking him to resign': the request,
    ``letter_acts``)."""
    kept = {i: t for i, t in found.items() if isinstance(t, event_triggers.Trigger) or not demanded(sent.doc[i], found)}
    return without_letters(kept, sent)


def demanded(tok: Token, found: dict[int, object]) -> bool:
    """A meeting, visit or aid of the hand-coded rules that is the clause a demand asks for ('urged Peru to send
    aid', 'asked the council to provide funds', 'demanded that Chile hold talks'): the act did not happen."""
    if asked_noun(tok, found):
        return True
    cur = tok if tok.pos_ in {"VERB", "AUX"} else tok.head  # 'urged Peru to hold talks': the noun's verb
    for _ in range(2):
        urged = urged_clause(cur.head)  # 'pushed X to meet': an infinitive hung as an adverbial clause
        asked = (cur.dep_ in DEMAND_DEPS and _asked_form(cur)) or (urged is not None and urged.i == cur.i)
        if cur.head.i == cur.i or not asked:
            return False
        cur = cur.head
        gov = found.get(cur.i)
        if isinstance(gov, event_triggers.Trigger):
            return gov.reading.plover in DEMAND_TYPES
    return False


def asked_noun(tok: Token, found: dict[int, object]) -> bool:
    """A meeting, visit or aid noun that is the thing a demand asks for: the object of a 'for' phrase on the
    demand ('called for talks with X', 'asked for a meeting', 'pressed for the resumption of talks') or its
    object without a determiner that points to one known ('requested talks with X', 'sought a meeting'; not
    'requested the consultations', which may be told as held): asked for, not held."""
    noun = tok
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # 'called for the resumption of talks'
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ASKED_PREPS and noun.head.dep_ == "prep":
        gov = found.get(noun.head.head.i)
    elif noun.dep_ == "dobj" and not any(c.dep_ == "poss" or c.lower_ in KNOWN_DETS for c in noun.children):
        gov = found.get(noun.head.i)
    else:
        return False
    return isinstance(gov, event_triggers.Trigger) and gov.reading.plover in DEMAND_TYPES


def _asked_form(verb: Token) -> bool:
    """The clause has the form of an act asked for: an infinitive ('urged Peru to send'), a bare subjunctive ('demanded
    that Chile hold talks') or a clause of 'should'/'must'; not a clause that tells ('was visiting')."""
    if verb.dep_ == "xcomp":
        return True
    return verb.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in {"should", "must"} for c in verb.children)


def speech_act_sense(tok: Token, found: object) -> bool:
    """The trigger is an accusation, threat or demand in that sense and frame ('accused X of', not 'issued a
    statement demanding' nor 'did not accuse'), whether or not its parties were found."""
    if not isinstance(found, event_triggers.Trigger) or found.reading.plover not in CONTENT_ACTS:
        return False
    plover = found.reading.plover
    reason = frame_reason(tok, plover)
    spoken = reason is None or (reason == "agentless-passive" and plover in ALLEGING_PASSIVES)
    return spoken and sense_type(tok, found.object, plover) == plover


def partyless_content(tok: Token, found: object, governors: list[int], partyless: set[int]) -> bool:
    """The act is the content of a speech act coded without parties ('he accused the tycoon of undermining ...',
    'the editor is accused of spreading propaganda and inciting riots'): a complement of it, or a conjunct of
    such a complement -- what is alleged, threatened or asked, no act the report tells. But a violent act under an
    agentless passive charge ('a man accused of shooting two officers') happened: who did it is what the charge
    alleges, and the attack is coded (``TOLD_DONE``). Wherever an accusation's deed holds the act, and whatever the
    accusation's frame, the act is what it alleges (``accused_deeds``)."""
    kind = found.reading.plover if isinstance(found, event_triggers.Trigger) else (found or ("",))[0]
    if alleged_deed(tok, kind):
        return True
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ not in {"xcomp", "pcomp"}:
        return False
    speakers = [tok.doc[g] for g in governors if g in partyless]
    if not speakers:
        return False
    return kind not in TOLD_DONE or not all(_agentless(s) for s in speakers)


def _agentless(verb: Token) -> bool:
    """A speech act told in the agentless passive ('a man accused of ...'), its speaker unnamed."""
    return any(frame_reason(verb, kind) == "agentless-passive" for kind in ALLEGING_PASSIVES)
