"""Parties of an event noun ("Israeli strikes on Gaza", "talks between A and B", "the pullout of US troops"):
its possessive and modifier actors or the subject of the verb governing it, the phrases a verb of happening
carries for it ("clashes erupted with the army"), the holder of a protest named as an object, and the state
that withdraws its own forces.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import cause_nouns
from sitrep.extract.addressed_asks import asked_reading
from sitrep.extract.crowd_guesses import no_crowd
from sitrep.extract.event_arg_clauses import event_noun, governing_verb, prep_objects, subject_token
from sitrep.extract.event_arg_groups import QUANTITY_HEADS, group_of, groups, recipient_group
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_arg_places import LOCATIVE_PREPS
from sitrep.extract.event_triggers import lexicon
from sitrep.extract.invited_parties import invitees, inviters
from sitrep.extract.light_participles import light_participle_doers
from sitrep.extract.noun_doers import doer_targets, noun_doers
from sitrep.extract.relative_objects import relative_object

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs that only say an event noun happened ('clashes erupted', 'talks took place'): the phrases they carry
#: ('between A and B', 'with the army') are the event noun's own
HAPPENING_VERBS = {"erupt", "break", "occur", "take", "begin", "start", "continue", "resume", "rage", "flare",
                   "intensify", "escalate", "spread", "ensue", "follow", "happen"}  # fmt: skip
#: prepositions of a verb of happening that name the other side of its event noun ('erupted with the army')
OPPONENT_PREPS = {"with", "against"}
#: prepositions of an event noun that name its other party ('a ceasefire with X', 'aid to X')
PARTY_PREPS = {"with", "to", "against", "on"}
#: modes of event nouns whose 'of' phrase names the actor's own forces ('the pullout of US troops')
OWN_FORCE_MODES = {"withdraw"}
#: the class of trigger_objects.tsv that names places held: a 'between' phrase naming them names no parties
TERRITORY_CLASS = "@territory"
#: entity labels of places: a place in a side's locative phrase is where the side is, not a side
PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: groups that are forces
FORCE_GROUPS = {"military", "police", "rebels", "militants"}
#: groups that act for a state's force: a protest is not theirs ('police fired on the protest')
STATE_FORCES = {"police", "military", "government"}


def noun_holders(noun: Token) -> list[Token]:
    """The event noun and, when it is the subject of a verb of happening ('clashes erupted between A and B',
    'talks took place among the parties'), that verb: the parser hangs the noun's phrases on the verb."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and (verb.lemma_ or verb.lower_).lower() in HAPPENING_VERBS:
        return [noun, verb]
    return [noun]


def _opponents(verb: Token) -> list[Token]:
    """The 'with' / 'against' phrases of a verb of happening ('clashes erupted with the army')."""
    if (verb.lemma_ or verb.lower_).lower() not in HAPPENING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in OPPONENT_PREPS]


def noun_opponents(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The other side of an event noun told by a verb of happening ('clashes erupted with the army'), or the host
    who invites someone to it ('X invited Y to a visit')."""
    verbs = noun_holders(noun)[1:]
    found = [m for verb in verbs for p in prep_objects(verb, OPPONENT_PREPS) for m in np_actors(mention_of, p)]
    reading = lexicon().nouns.get((noun.lemma_ or noun.lower_).lower()) or asked_reading(noun)
    if reading is not None:  # 'a warning from Kenya to Uganda' (the parse hangs 'to Uganda' on the doer)
        found += doer_targets(mention_of, noun, reading.plover)
    return found + inviters(mention_of, noun)


def withdrawn_forces(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict] | None:
    """The actors of a withdrawal noun's 'of' phrase when it names forces ('the pullout of 2,000 Chilean
    troops', 'the withdrawal of Russian forces'): the state or group that withdraws its own forces, the
    source of the RETREAT, not its target. None when ``noun`` is no such noun or its 'of' phrase names no
    forces ('the withdrawal of the bill')."""
    reading = lexicon().nouns.get((noun.lemma_ or noun.lower_).lower())
    if reading is None or reading.mode not in OWN_FORCE_MODES:
        return None
    for p in prep_objects(noun, {"of"}):
        counted = prep_objects(p, {"of"}) if p.pos_ == "NUM" or p.lower_ in QUANTITY_HEADS else []
        for force in [p, *counted]:
            if group_of(force) is not None and group_of(force)[0] in FORCE_GROUPS:
                return np_actors(mention_of, force)
    return None


def event_noun_actors(mention_of: Callable[[Token], dict | None], noun: Token, crowd: bool = True) -> list[dict]:
    """Who holds an event named as an object ('dispersed a rally by students', 'broke up the protest',
    'criticised the sanctions imposed by Japan'): the actors of its 'by' phrase or of the agent of a participle
    on it, else, for a protest, the protesters as a group (the police act on them), unless ``crowd`` is False (the
    protest is the act itself: 'went on strike')."""
    if not event_noun(noun):
        return []
    agents = [a for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN" for a in v.children if a.dep_ == "agent"]
    agents += stray_holders(noun)
    holders = prep_objects(noun, {"by"}) + [p for a in agents for p in a.children if p.dep_ == "pobj"]
    found = [m for p in holders for m in np_actors(mention_of, p)]
    if found or not crowd or lexicon().nouns[(noun.lemma_ or noun.lower_).lower()].plover != "PROTEST":
        return found
    if no_crowd(mention_of, noun):
        return []  # 'condemned the air strike', 'Russia and Iran condemned the strike': no labour strike
    g = groups().get("protester")
    return [{"unnamed": True, "group": g[0], "label": g[1], "surface": noun.text, "idx": -1 - noun.i,
             "start_char": noun.idx, "end_char": noun.idx + len(noun.text), "country_iso3": None}]  # fmt: skip


def stray_holders(noun: Token) -> list[Token]:
    """The 'by' phrase the parser hung on the verb right after an event noun that is its object ('dispersed a
    rally by students', 'banned a march by farmers'): it names who holds the event, not who does the verb."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB" or not event_noun(noun):
        return []
    return [
        c for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" and c.i == noun.right_edge.i + 1
    ]


def participle_agents(mention_of: Callable[[Token], dict | None], noun: Token, recipients: bool = False) -> list[dict]:
    """Whose word a noun names through the agent of a participle on it ('dismissed the charges levelled by Canada',
    'welcomed the proposal put forward by Chile'): the author of what a speech act judges is its recipient; with
    ``recipients``, a body named only as a recipient too ('vetoed a bill passed by parliament', 'dismissed the
    allegations printed by the newspaper')."""
    agents = [a for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN" for a in v.children if a.dep_ == "agent"]
    objs = [p for a in agents for p in a.children if p.dep_ == "pobj"]
    return [m for p in objs for m in np_actors(mention_of, p) or [g for g in [recipient_group(p)] if g and recipients]]


def between_parties(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The actors of an event noun's 'between' / 'among' phrase ('talks between A and B')."""
    out: list[dict] = []
    for prep in (c for h in noun_holders(noun) for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in {"between", "among"}:
            for p in prep.children:
                if p.dep_ == "pobj":
                    out += [m for m in side_actors(mention_of, p) if m not in out]
    return out


def side_actors(mention_of: Callable[[Token], dict | None], side: Token) -> list[dict]:
    """The actors a 'between' phrase names for a side, without the place of its locative phrase when the side is
    named otherwise ('clashes between rival Kurdish groups in northern Iraq': the Kurdish groups fight, Iraq is
    where; 'between the KDP and the PKK in Iraq': the parties; 'talks between Chile and Peru' keeps both)."""
    found = np_actors(mention_of, side)
    where = {
        t.i
        for h in (side, *side.conjuncts)
        for prep in h.children
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS
        for t in prep.subtree
    }
    placed = [m for m in found if any(mention_of(t) is m for t in side.doc if t.i in where)]
    others = [m for m in found if m not in placed]
    return others if others and all(m["label"] in PLACE_LABELS for m in placed) else found


def verb_between_parties(mention_of: Callable[[Token], dict | None], verb: Token, obj: Token | None) -> list[dict]:
    """The actors of the 'between' / 'among' phrase of a verb or of the event noun it takes ('mediated between A
    and B', 'a ceasefire was agreed between A and B', 'an agreement was reached between A and B'), also of its
    infinitive ('offered to mediate between A and B')."""
    heads = [verb] + ([obj] if obj is not None and obj.i != verb.i else [])
    plans = [c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    heads += plans + [o for x in plans for o in x.children if o.dep_ == "dobj" and o.lemma_.lower() in lexicon().nouns]
    # ('offered to broker talks between A and B': an event noun; not 'pledged to build a road between two towns')
    out: list[dict] = []
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in {"between", "among"}:
            for p in prep.children:  # (not places: 'were evacuated between the towns of A and B')
                if p.dep_ == "pobj" and TERRITORY_CLASS not in lexicon().classes.get(p.lemma_.lower(), ()):
                    out += [m for m in side_actors(mention_of, p) if m not in out]
    return out


def event_subject_sources(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """Who did the event a subject noun names ('Israeli strikes on Gaza killed five', 'the rebels' attack on
    the convoy killed nine'): its possessive, modifier and 'by' actors; its target phrase ('on the Kenyan
    convoy') names the ones hit, not the ones acting."""
    holders = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound", "nmod"}] + prep_objects(noun, {"by"})
    holders += [s for c in noun.children if relative_object(c) for s in c.children if s.dep_ == "nsubj"]
    holders += light_participle_doers(noun)  # 'air strikes carried out by Russian jets killed twenty'
    return [m for h in holders for m in np_actors(mention_of, h)]  # (and 'the attack that Russia launched')


def event_subject_targets(noun: Token, preps: set[str]) -> list[Token]:
    """The target phrases of an event noun that is a subject ('the attack on the convoy killed nine'), also
    those of a relative clause that tells it ('the attack that Russia launched on Kharkiv killed six')."""
    clauses = [c for c in noun.children if relative_object(c)]
    return prep_objects(noun, preps) + [p for c in clauses for p in prep_objects(c, preps)]


def noun_sources(mention_of: Callable[[Token], dict | None], tok: Token, add, sources: list[dict]) -> None:
    """Sources of an event noun: who is invited to it ('invited X to a visit': ``invited_parties``), else its
    possessive or modifier actors, else the subject of the verb governing it (not for a protest the police or
    the army act on: 'police arrested dozens during the protests')."""
    guests = invitees(mention_of, tok)
    if guests:
        add(guests, sources)
        return
    for c in tok.children:
        if c.dep_ in {"poss", "amod", "compound", "nmod"}:
            add(np_actors(mention_of, c), sources)
    reading = lexicon().nouns.get((tok.lemma_ or tok.lower_).lower()) or asked_reading(tok)
    if not sources and reading is not None:  # 'a demand from Chile', 'a threat by the rebels'
        add(noun_doers(mention_of, tok, reading.plover), sources)
    if cause_nouns.caused_by_doer(tok):  # 'following a warning from Ford': its doer, never the verb's subject
        add([m for d in cause_nouns.doer_tokens(tok) for m in np_actors(mention_of, d) if m not in sources], sources)
        return
    if not sources:  # 'the expulsion of the diplomats by Russia' (the parse hangs 'by Russia' on 'diplomats')
        add([m for o in prep_objects(tok, {"of"}) for p in _stray_agents(o) for m in np_actors(mention_of, p)], sources)
    verb = governing_verb(tok)
    if verb is not None and tok.head.i == verb.i and verb.dep_ == "advcl" and _opponents(verb):
        verb = verb.head  # 'the militia took the town as fighting erupted with the army': the militia fights
    if not sources and verb is not None:  # 'youths threw stones during demonstrations'
        subj, passive = subject_token(verb)
        if subj is not None and not passive and subj.i != tok.i:
            found = np_actors(mention_of, subj)
            if getattr(lexicon().nouns.get((tok.lemma_ or tok.lower_).lower()), "plover", None) == "PROTEST":
                found = [m for m in found if m.get("group") not in STATE_FORCES]
            add(found, sources)


def _stray_agents(obj: Token) -> list[Token]:
    """The objects of a 'by' phrase the parser hung on an event noun's 'of' object, right after it ('the
    expulsion of the diplomats by Russia'): the event's doers, not the object's."""
    return [
        p
        for c in obj.children
        if c.dep_ in {"prep", "agent"} and c.lower_ == "by" and c.i == obj.i + 1
        for p in c.children
        if p.dep_ == "pobj"
    ]


def patient_possessives(mention_of: Callable[[Token], dict | None], tok: Token) -> list[dict]:
    """The person an act done to people is done to, told by the act's possessive ('Navalny's arrest', 'the
    mayor's assassination'): not the doer (the @done_to nouns of trigger_objects.tsv)."""
    if "@done_to" not in lexicon().classes.get((tok.lemma_ or tok.lower_).lower(), ()):
        return []
    return [m for c in tok.children if c.dep_ == "poss" for m in np_actors(mention_of, c) if m.get("label") == "PERSON"]
