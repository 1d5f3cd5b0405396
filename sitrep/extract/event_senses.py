"""A trigger read with its object: the category its sense codes ('released a report' is no release of prisoners,
'struck a deal' no attack; ``data/trigger_senses.tsv``), and the arguments some triggers need to be an event at
all ('fired rockets at', not 'fired her deputy'; ``required_arguments`` in ``data/event_frames.json`` and
``data/event_agency.json``). Used by ``event_frames.screen``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract import event_agency, event_lexicon, quote_lexicon
from sitrep.extract.addressed_asks import addressed_ask
from sitrep.extract.aimed_protections import aimed_protection
from sitrep.extract.alleged_acts import alleged_act
from sitrep.extract.appraised_objects import appraised
from sitrep.extract.asked_manners import asked_manner
from sitrep.extract.backed_votes import backed_vote
from sitrep.extract.caused_acts import caused_act
from sitrep.extract.civil_craft import civil_craft
from sitrep.extract.claimed_accusations import accusing_claim
from sitrep.extract.court_sentences import non_custodial
from sitrep.extract.danger_threats import danger_threat
from sitrep.extract.data_files import read_tsv
from sitrep.extract.deep_conditions import inside_condition
from sitrep.extract.event_syntax import lemma as _lemma
from sitrep.extract.event_syntax import reporting_subject, to_infinitive
from sitrep.extract.event_triggers import PLANNED_AS
from sitrep.extract.factual_claims import factual_claim
from sitrep.extract.figurative_wars import fights_figurative
from sitrep.extract.goal_frames import goal_frame
from sitrep.extract.held_views import held_view
from sitrep.extract.misread_verbs import misread_verbs, named_doers
from sitrep.extract.named_aims import named_aim
from sitrep.extract.negligent_harms import negligent_harm
from sitrep.extract.object_requirements import held_to_verb_needs
from sitrep.extract.permitted_moves import permission_only
from sitrep.extract.place_epithets import place_epithet
from sitrep.extract.policy_instruments import instrument_act
from sitrep.extract.restrictions_in_force import in_force
from sitrep.extract.shown_clauses import shown_clause
from sitrep.extract.standing_backings import standing_backing
from sitrep.extract.standing_struggles import standing_struggle
from sitrep.extract.sum_kinds import sum_kinds
from sitrep.extract.supposed_subjects import supposed_subject
from sitrep.extract.topic_talk import topic_talk
from sitrep.extract.unaddressed_messages import unaddressed_message
from sitrep.extract.warned_outcomes import befalls, person_pronoun

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA_DIR = Path(__file__).parent / "data"
OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "nsubjpass"}
#: prepositions whose object is read with the verb's own objects ('slapped with a fine', 'took them to court',
#: 'took their views into account', 'stood by his account'; a passive's agent is no 'prep')
OBJECT_PREPS = {"with", "to", "into", "by"}
#: prepositions whose phrase stands as the object of a verb that has none ('voted for the first time',
#: 'withdrew from the race')
STANDING_PREPS = {"for", "from"}
#: prepositions of what an event noun is aimed at, read with its objects ('strikes on rebel positions', 'an attack
#: on the plan')
AIM_PREPS = {"on", "against"}
#: keys of a required_arguments entry that document it (its examples, its entries without effect, why it is
#: there), not rules
REQUIREMENT_NOTES = {"examples", "no_effect", "about"}
#: pronouns of things: told by a person, the subject of a future clause is no actor ('warned that it could ...')
THING_PRONOUNS = {"it", "this", "that"}
#: the writer's and the reader's pronouns: no actor a warning is aimed at ('a policeman warned us')
WRITER_PRONOUNS = {"us", "me", "you"}
#: pronouns of people: a bare 'declined' with one as subject is a refusal
PERSON_PRONOUNS = {"he", "she", "they", "we", "i"}
#: the first word of a clause that asks a question
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
QUESTION_MARKS = {"if", "whether"}
ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
#: entity labels of states and bodies: help lent to their act is still aid given them ("helped Peru rebuild")
STATE_BODY_ENTS = {"ORG", "GPE", "NORP"}
TIME_ENTS = {"DATE", "TIME"}


@lru_cache(maxsize=1)
def senses() -> dict[tuple[str, str], list[tuple[frozenset[str], str | None]]]:
    """(lemma, category) -> [(objects that give the verb another sense, the category it codes then or None)]."""
    out: dict[tuple[str, str], list[tuple[frozenset[str], str | None]]] = {}
    for r in read_tsv("trigger_senses.tsv"):
        instead = None if r["instead"] == "-" else r["instead"]
        out.setdefault((r["lemma"], r["plover"]), []).append((frozenset(r["objects"].split()), instead))
    return out


#: the clipped modals of a contraction, by the word they are ("can't" is 'ca' + "n't", "won't" 'wo' + "n't")
CLIPPED_MODALS = {"ca": "can", "wo": "will", "sha": "shall"}


def aux(tok: Token) -> set[str]:
    """The auxiliaries of a verb, lower-cased, a contraction's clipped modal as its word ("can't" reads 'can');
    a 'May' the parser took for a modal is the prime minister."""
    return {
        CLIPPED_MODALS.get(c.lower_, c.lower_) for c in tok.children if c.dep_ in {"aux", "auxpass"} and c.text != "May"
    }


def actor_like(tok: Token) -> bool:
    """A named actor, a pronoun, or a word for people or a body ('officials', 'the ministry')."""
    words = event_lexicon.GROUP_WORDS | quote_lexicon.PERSON_TITLES | quote_lexicon.STATE_BODIES
    return tok.ent_type_ in ACTOR_ENTS or tok.pos_ == "PRON" or _lemma(tok) in words or tok.lower_ in words


def _content_clause(clause: Token) -> bool:
    """A clause brought in by 'that' with a subject of its own ('claims that troops attacked the village'): it tells
    what the noun says, no participle on the noun as its object (the parser tags the past verb as either)."""
    kids = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids) and any(c.dep_ == "nsubj" for c in kids)


def _objects(trig: Token, obj: Token | None) -> list[Token]:
    out = [obj] if obj is not None and obj is not trig else []
    if trig.dep_ == "acl" and trig.tag_ in {"VBN", "VBD"} and not _content_clause(trig):
        out.append(trig.head)  # a participle's noun is its object: 'rules laid down by the council'
    elif _relative_object(trig):
        out.append(trig.head)  # a relative clause's noun is its object: 'the video (that) she released'
    elif _passive_relative(trig):
        out.append(trig.head)  # 'the list, which was released on Monday': the noun is what was released
    elif _fronted_participle(trig):
        out += [c for c in trig.head.children if c.dep_ in {"nsubj", "nsubjpass"}]  # 'Sanctioned by X, the plan'
    for c in trig.children:
        if c.dep_ in OBJECT_DEPS or (trig.pos_ in {"NOUN", "PROPN"} and c.dep_ in {"compound", "amod"}):
            out.append(c)  # a verb's object; a noun's modifier ('missile strikes')
        elif c.dep_ == "acomp":
            out.append(c)  # a verb's predicate adjective: 'pleaded guilty'
        elif c.dep_ in {"prep", "dative"} and (c.lower_ in OBJECT_PREPS or _intransitive_for(trig, c)):
            out += [g for g in c.children if g.dep_ == "pobj"]  # 'slapped with a fine', 'took them to court'
        elif trig.pos_ in {"NOUN", "PROPN"} and c.dep_ == "prep" and c.lower_ == "of":
            out += [g for g in c.children if g.dep_ == "pobj"]  # a noun's object: 'the release of the report'
        elif trig.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ in AIM_PREPS:
            out += [g for g in c.children if g.dep_ == "pobj"]  # what it is aimed at: 'strikes on rebel positions'
        elif _scene_prep(trig, c):
            out += [g for g in c.children if g.dep_ == "pobj"]  # 'caught in the crossfire'
        elif c.dep_ == "prep" and c.lower_ == "from" and _lemma(trig) in event_agency.vocab()["origin_verbs"]:
            out += [g for g in c.children if g.dep_ == "pobj"]  # 'removed Iraq from the list'
        elif c.dep_ in {"prep", "prt"} and c.lower_ == "out":  # 'walked out of the city': what one left
            out += [g for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    parts = event_agency.vocab()["partitive_objects"]
    out += [g for o in out if o.lower_ in parts for p in o.children if p.lower_ == "of" for g in p.children]
    out += sum_kinds(trig, out)  # 'paid $5 million in income tax': what the sum is
    measures = event_agency.vocab()["comparative_objects"]  # 'offered little more than a statement'
    return out + [
        g for o in out if o.lower_ in measures for p in o.children if p.lower_ in {"than", "but"} for g in p.children
    ]


def _scene_prep(trig: Token, prep: Token) -> bool:
    """The 'in' phrase of a verb that says where someone was caught ('caught in the crossfire'), read with its
    objects (``scene_verbs`` in ``data/event_agency.json``)."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and _lemma(trig) in event_agency.vocab()["scene_verbs"]


def _intransitive_for(trig: Token, prep: Token) -> bool:
    """The 'for' or 'from' phrase of a verb with no object of its own, which stands as its object ('voted for the
    first time', 'withdrew from the race', 'was suspended from school'); not beside an object ('took the town
    for the first time'). A passive's subject is what it acted on, no object of its own here."""
    if prep.lower_ not in STANDING_PREPS or trig.pos_ != "VERB":
        return False
    return not any(c.dep_ in OBJECT_DEPS - {"nsubjpass"} for c in trig.children)


def _passive_relative(trig: Token) -> bool:
    """A passive relative clause whose subject is its relative pronoun ('the report, which was released on
    Monday'): the noun it describes is what the verb acted on."""
    if trig.dep_ != "relcl" or trig.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "nsubjpass" and c.tag_ in WH_TAGS for c in trig.children)


def _fronted_participle(trig: Token) -> bool:
    """A passive participle fronted before its clause with no subject of its own ('Sanctioned by the president,
    the plan aimed at ...', 'Released on Friday, the report said ...'): the clause's subject is what it acted on."""
    if trig.dep_ != "advcl" or trig.tag_ != "VBN" or trig.i > trig.head.i:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "aux", "mark"} for c in trig.children)


def _relative_object(trig: Token) -> bool:
    """The trigger is a relative clause whose subject is its own ('the deal that Chile struck', 'the video she
    released'), so the noun it describes is what it acts on; not 'the rebels who attacked' (their own subject)."""
    if trig.dep_ != "relcl" or trig.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"dobj", "obj"} and c.tag_ not in WH_TAGS for c in trig.children):
        return False  # 'the man who released the report': the verb has an object of its own
    return any(c.dep_ == "nsubj" and c.tag_ not in WH_TAGS for c in trig.children)


def _phrasal(trig: Token) -> str:
    particle = [c.lower_ for c in trig.children if c.dep_ == "prt"]
    return f"{_lemma(trig)} {particle[0]}" if particle else _lemma(trig)


def _ruled_type(trig: Token, etype: str) -> str | None:
    """The category PLOVER's rulings give a reading of the lexicon: help lent to a state's win of a vote is political
    backing (SUPPORT, ``backed_votes``); a court sentence with no prison term is a conviction (SANCTION,
    ``court_sentences``). None when no ruling applies."""
    if backed_vote(trig, etype):
        return "SUPPORT"
    if non_custodial(trig, etype):
        return "SANCTION"
    return None


def sense_mode(trig: Token, etype: str) -> str | None:
    """The mode of a category ``sense_type`` gave the trigger: a court sentence's SANCTION is 'convict'."""
    return "convict" if etype == "SANCTION" and non_custodial(trig, "COERCE") else None


def _no_act(trig: Token, obj: Token | None, etype: str) -> bool:
    """The trigger, read in its clause, tells no act of its category: a sense the sentence rules out."""
    # 'launched a supply ship': no force moved; 'faces the threat of terrorism': a danger; 'fought a legal battle',
    # 'engaged in a tech war': no violence
    if civil_craft(etype, obj) or danger_threat(trig, obj, etype) or fights_figurative(trig, etype):
        return True
    # 'the striker hit the post': a shot at goal; 'sent a message by burning the depot': a message to no one
    if goal_frame(trig, etype) or unaddressed_message(trig, etype):
        return True
    # 'killed two cyclists while distracted by his phone' (an accident); 'Hebron, occupied West Bank'; 'during
    # talk of a spending package' (no talks held); 'to demonstrate that ...' (no protest)
    if negligent_harm(trig, etype) or place_epithet(trig) or topic_talk(trig, etype) or shown_clause(trig, etype):
        return True
    # 'allowing workers to start clearing debris': a permission to work, no access; 'described the Peruvian
    # proposals as unrealistic': an act judged, not made by the describer
    if permission_only(trig, etype) or appraised(trig, obj):
        return True
    # 'tips on how best to raise concerns', 'unless X requires ... before approving', 'countries which are all
    # fighting X': no act told
    if asked_manner(trig) or inside_condition(trig) or standing_struggle(trig):
        return True
    # 'imposing sanctions on X could backfire', 'it would be a mistake to expel X'; 'the priority of fighting X'
    if supposed_subject(trig) or named_aim(trig):
        return True
    # 'passed a law to protect tenants', 'took steps to protect farmers': a protection aimed at, none given; 'women's
    # sport is severely restricted', 'a drug banned from sale': a restriction in force, none imposed; 'a charity
    # funded by the ministry': who stands behind a body, no backing given
    if aimed_protection(trig, etype) or in_force(trig, etype) or standing_backing(trig, etype):
        return True
    # 'one of the negotiators agrees': a view held, nothing agreed to; 'heavy fighting forced the government to
    # delay the vote': a cause, no coercion
    if held_view(trig, etype) or caused_act(trig, etype):
        return True
    # 'Peru's claim that Chile spied on its navy', 'a threat from Chile to close the border': a claimed or
    # threatened act, none done
    if alleged_act(trig):
        return True
    # 'officials claimed that turnout was above 90 percent': a claim of fact, no accusation; 'executive orders
    # targeting drug cartels': what an order is aimed at, no attack
    return factual_claim(trig, etype) or instrument_act(trig, etype)


def sense_type(trig: Token, obj: Token | None, etype: str) -> str | None:
    """The category of the trigger read with its object: ``etype``, another category, or None (no event)."""
    if _no_act(trig, obj, etype):
        return None
    ruled = _ruled_type(trig, etype)
    if ruled is not None:
        return ruled  # 'helped Syldavia win the vote' is SUPPORT, 'sentenced him to death' SANCTION
    table = senses()
    readings = [(trig, obj)]
    if obj is not None and obj is not trig:
        readings.append((obj, None))  # a light verb's event noun read with its own modifiers ('led air strikes')
    for word, its_obj in readings:
        found = _objects(word, its_obj)
        objects = {w for o in found for w in (_lemma(o), o.lower_)}
        if word is obj and obj is not trig:  # ... and with the doer of its light verb ('jets carried out strikes')
            doers = [c for c in trig.children if c.dep_ == "nsubj"]
            doers += [d for c in doers if (d := reporting_subject(c)) is not None]  # 'the army said it carried out'
            objects |= {w for c in doers for w in (_lemma(c), c.lower_)}
            objects |= {w for g in _of_objects(trig) for w in (_lemma(g), g.lower_)}
        plain = objects - {w for o in found if _party_target(o) for w in (_lemma(o), o.lower_)}
        for lemma in dict.fromkeys((_phrasal(word), _lemma(word))):
            for words, instead in table.get((lemma, etype), []):
                if (objects if instead else plain) & words:
                    return instead
            if any(plain & words for kind in said_from(etype) for words, _ in _no_event_rows(table, lemma, kind)):
                return None  # 'will seize the opportunity' (a COERCE said as a threat): still no seizure
            need = vocab_required().get((lemma, etype))
            if need and held_to_verb_needs(word, trig) and not _has_required(word, its_obj, need):
                return None
    return etype


def _party_target(obj: Token) -> bool:
    """A noun of ``party_targets`` with a named party before it ('hit PKK targets', 'Russian military targets'),
    or in the plural with a group before it ('rebel targets'): that party's assets under attack, not a goal
    reached ('sales hit their target', 'hit the government target')."""
    if _lemma(obj) not in event_agency.vocab()["party_targets"]:
        return False
    parties = event_agency.vocab()["agent_nouns"] if obj.tag_ == "NNS" else frozenset()
    return any(
        c.dep_ in {"compound", "amod", "nmod"} and (c.ent_type_ in ACTOR_ENTS or _lemma(c) in parties)
        for c in obj.children
    )


def said_from(etype: str) -> list[str]:
    """The categories an act told as planned is coded as ``etype`` from (PLOVER's intent rules: a planned attack
    is a threat, a planned withdrawal an agreement)."""
    return [kind for kind, said in PLANNED_AS.items() if said == etype]


def _no_event_rows(table: dict, lemma: str, kind: str) -> list[tuple[frozenset[str], str | None]]:
    return [(words, instead) for words, instead in table.get((lemma, kind), []) if instead is None]


def _of_objects(verb: Token) -> list[Token]:
    """The nouns of an 'of' phrase the parser hung on a light verb rather than on its event noun ('take control
    of its own destiny'): the event noun's own object."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


@lru_cache(maxsize=1)
def vocab_required() -> dict[tuple[str, str], dict[str, frozenset[str]]]:
    """(lemma, category) -> what the trigger needs to be that event: objects, prepositions, a clause."""
    raw = json.loads((DATA_DIR / "event_frames.json").read_text(encoding="utf-8"))["required_arguments"]
    raw |= json.loads((DATA_DIR / "event_agency.json").read_text(encoding="utf-8"))["required_arguments"]
    out = {}
    for key, need in raw.items():
        if key.startswith("_"):
            continue
        lemma, etype = key.rsplit(" ", 1)
        out[(lemma, etype)] = {
            k: frozenset(v) if isinstance(v, list) else v for k, v in need.items() if k not in REQUIREMENT_NOTES
        }
    return out


def _has_required(trig: Token, obj: Token | None, need: dict) -> bool:
    """'fired rockets at', 'fired on the crowd' (not 'fired her deputy'); 'pushed for talks'; 'insisted on'."""
    if trig.pos_ == "NOUN" and (accusing_claim(trig) or addressed_ask(trig) is not None):
        return True  # 'Peru's claim that Chile spied', 'a call from Kenya to reopen the border': the noun's own clause
    lent = _lent_act(trig) if need.get("no_act_complement") else None
    if lent is not None:
        return lent  # 'helped the merchants attract tourists': a task, no aid given ('helped Peru rebuild': aid)
    objects = [o for o in _objects(trig, obj) if o.dep_ != "pobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]  # 'warned A and its allies against'
    holders = [trig, *objects]
    preps = {c.lower_ for h in holders for c in h.children if c.dep_ in {"prep", "dative", "prt"} and not _when(c)}
    if preps & need.get("preps", frozenset()) or _topic(holders, need):
        return True
    if objects and preps & need.get("addressed_preps", frozenset()):
        return True  # 'warned the rebels against crossing' (not 'warned against blanket bans': advice, no threat)
    if need.get("clause") and any(_told_clause(c, need["clause"]) for c in trig.children):
        return True  # 'pressed X to free', 'pushed to end the blockade' (not 'asked what he would do')
    if need.get("infinitive") and any(c.dep_ == "xcomp" for c in trig.children):
        return True  # 'warned the rebels not to cross the river'
    if need.get("future_clause") and any(
        c.dep_ == "ccomp" and aux(c) & event_agency.vocab()["future_modals"] and _acted_on(c, need)
        for c in trig.children
    ):
        return True  # 'warned that it would retaliate' (not 'warned that the ratings would fall')
    if "objects" in need and any({_lemma(o), o.lower_} & need["objects"] for o in objects):
        return True
    if need.get("actor_object") and any(
        o.ent_type_ in ACTOR_ENTS or o.pos_ in {"PRON", "PROPN"} or (o.is_upper and len(o) > 1) for o in objects
    ):
        return True
    if need.get("addressee_object") and any(_addressee(o) for o in objects):
        return True  # 'warned Borduria', 'warned them' (not 'a policeman warned us': a caution to the writer)
    if need.get("any_object") and objects:
        return True  # 'declined the offer', 'hailed the deal' (not 'investment declined', 'hailing from Peru')
    if need.get("bare_person") and not objects and _person_subject(trig):
        return True  # 'asked about the offer, the minister declined' (not 'exports declined in May')
    if any(c.dep_ == "ccomp" for c in trig.children):
        return False  # 'the list demonstrates that some were under-covered': a that-clause shown, no bare act
    return not objects and need.get("bare", False)


def _lent_act(trig: Token) -> bool | None:
    """None when the trigger governs no verb of its own; else whether the help it lends to that act is aid: a
    state or body helped ('helped Peru rebuild its ports') is given aid, anyone else ('helped them attract
    tourists', 'helping start her bakery') only a hand with the act."""
    acts = [c for c in trig.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}]
    misread = misread_verbs(trig)  # 'helping start her bakery', 'help Brown win': verbs read as nouns
    if not acts and not misread:
        return None
    helped = [c for c in trig.children if c.dep_ == "dobj" and c not in misread]
    helped += [s for a in acts for s in a.children if s.dep_ == "nsubj"] + [d for m in misread for d in named_doers(m)]
    return any(h.ent_type_ in STATE_BODY_ENTS for h in helped)


def _person_subject(verb: Token) -> bool:
    """The verb's subject (a coordinated verb's, its head's) is a person: a name, a personal pronoun, a word for an
    official ('the minister'), not a figure or a thing ('investment declined')."""
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    subjects = [c for h in holders for c in h.children if c.dep_ == "nsubj"]
    return any(
        s.ent_type_ == "PERSON" or s.lower_ in PERSON_PRONOUNS or _lemma(s) in quote_lexicon.PERSON_TITLES
        for s in subjects
    )


def _told_clause(c: Token, kind: object) -> bool:
    """A clause the trigger governs that tells what is asked or claimed (not a question). With ``kind`` "finite"
    only a finite clause ('claimed that X had shelled the town'), not an infinitive, whose subject is the
    trigger's own ('claims to control the east' is a claim about oneself, no accusation)."""
    if asks(c):
        return False
    if kind == "finite":
        return c.dep_ == "ccomp"
    return c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "advcl" and to_infinitive(c))


def _when(prep: Token) -> bool:
    """A preposition of time ('called Peru's president on Monday'), no argument of the trigger."""
    return any(g.dep_ == "pobj" and g.ent_type_ in TIME_ENTS for g in prep.children)


def _acted_on(clause: Token, need: dict) -> bool:
    """The future clause tells what someone will do: its subject is an actor ('it', 'Chile', 'the army') or one
    of the warner's answers ('military action may follow'), not a thing whose course is predicted ('warned that
    prices would rise', 'that the plan's costs would hurt the party')."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects and all(_thing_pronoun(s, clause.head) for s in subjects):
        return False  # 'Rutte warned that it could take a while'
    topics = need.get("topic_objects", frozenset()) | need.get("objects", frozenset())
    if _predicated(clause, subjects or [c for c in clause.head.children if c.dep_ == "dobj"], topics):
        return False  # 'warned that the options will be complex': a state foreseen, no act
    if befalls(clause, topics):
        return False  # 'warned that the enclave may become uninhabitable', 'that the truce would collapse'
    return not subjects or any(actor_like(s) or _lemma(s) in topics or s.lower_ in topics for s in subjects)


def _predicated(clause: Token, subjects: list[Token], topics: frozenset[str]) -> bool:
    """A copula with a predicate adjective or noun ('the options will be complex', 'the talks would be difficult'),
    whose subject is no actor nor one of the warner's answers ('the response will be swift' stays a threat), nor
    the predicate an infinitive's readiness ('it will be ready to retaliate')."""
    if _lemma(clause) != "be":
        return False
    preds = [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
    if not preds or any(g.dep_ == "xcomp" for p in preds for g in p.children):
        return False
    return not any(actor_like(s) or _lemma(s) in topics or s.lower_ in topics for s in subjects)


def _thing_pronoun(subject: Token, teller: Token) -> bool:
    """'it' or 'this' told by a person ('Rutte warned that it could take a while'): a thing, not the teller nor an
    actor (a state or a body telling 'it' may mean itself: 'Iran warned that it would close the strait')."""
    if subject.lower_ not in THING_PRONOUNS:
        return False
    tellers = [c for c in teller.children if c.dep_ == "nsubj"]
    return any(
        t.ent_type_ == "PERSON" or _lemma(t) in quote_lexicon.PERSON_TITLES or person_pronoun(t) for t in tellers
    )


def _addressee(obj: Token) -> bool:
    """An actor a warning is aimed at: a name, a word for a body or people, a pronoun other than the writer's and
    the reader's ('us', 'you')."""
    if obj.pos_ == "PRON":
        return obj.lower_ not in WRITER_PRONOUNS
    return obj.ent_type_ in ACTOR_ENTS or obj.pos_ == "PROPN" or (obj.is_upper and len(obj) > 1) or actor_like(obj)


def _topic(holders: list[Token], need: dict) -> bool:
    """'warned of retaliation', 'cautioned about consequences': a topic preposition whose object is one of the
    trigger's own answers (``topic_objects``), not 'warned of attacks by militants' or 'of a recession'."""
    topics = need.get("topic_objects", frozenset())
    return any(
        {_lemma(g), g.lower_} & topics
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in need.get("topic_preps", frozenset())
        for g in c.children
        if g.dep_ == "pobj"
    )


def asks(clause: Token) -> bool:
    """A clause that is a question ('asked what he would do', 'whether they would come'), not a demand."""
    first = clause.left_edge
    return first.tag_ in WH_TAGS or first.lower_ in QUESTION_MARKS
