"""Source and target (PLOVER SRC/TAR) of a lexicon trigger from the dependency parse.

The subject is the source and the object or prepositional object the target; a passive swaps them ("was attacked by
rebels"); coordinated actors are all kept ("Israel and the Palestinians agreed" -> two sources); an infinitive or
coordinated verb borrows the subject of the verb that governs it ("vowed to retaliate"). An argument naming no one is a
group actor (``event_arg_groups``). The actors of a noun phrase are found by ``event_arg_phrases``, the clause structure
(subjects, causers, complements) by ``event_arg_clauses`` and the parties of an event noun by ``event_arg_nouns``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import event_agency, event_arg_places, frame_clauses, held_persons, moved_persons, reciprocal_sides
from sitrep.extract.agent_tails import agent_tail_objects
from sitrep.extract.asked_agents import asked_agents
from sitrep.extract.asked_things import without_inner_parties
from sitrep.extract.asked_withdrawals import asked_forces
from sitrep.extract.basis_phrases import without_grounds
from sitrep.extract.claim_clauses import claim_targets
from sitrep.extract.claim_topics import topic_objects
from sitrep.extract.crowd_protests import crowd_protest
from sitrep.extract.custody_passives import unattributed_kind
from sitrep.extract.denied_acts import without_deed_parties
from sitrep.extract.event_arg_clauses import (
    TARGET_PREPS,
    addressed_targets,
    causative_subject,
    complement_targets,
    event_noun,
    prep_objects,
    subject_token,
)
from sitrep.extract.event_arg_demands import (
    defied_actors,
    protest_demand_targets,
    protested_agents,
    request_act_targets,
)
from sitrep.extract.event_arg_doers import common_doers
from sitrep.extract.event_arg_groups import group_actor, group_of, other_states, recipient_group
from sitrep.extract.event_arg_nouns import (
    PARTY_PREPS,
    between_parties,
    event_noun_actors,
    event_subject_sources,
    event_subject_targets,
    noun_holders,
    noun_opponents,
    noun_sources,
    participle_agents,
    patient_possessives,
    stray_holders,
    verb_between_parties,
    withdrawn_forces,
)
from sitrep.extract.event_arg_phrases import ORIGIN_PREPS, np_actors
from sitrep.extract.event_arg_recipients import PLACE_NOT_TARGET, destination, no_recipient
from sitrep.extract.event_arg_scenes import charge_phrase, charging, occasion_phrase, scene_phrase
from sitrep.extract.event_arg_sides import (
    CHARGE_TYPES,
    means_owners,
    measure_owners,
    own_force,
    unless_victims_of_charge,
)
from sitrep.extract.event_authorities import reporting_authority
from sitrep.extract.event_frames import vocab as frame_vocab
from sitrep.extract.event_instruments import instrument_users
from sitrep.extract.event_syntax import companions, participle_clause, reduced_passive, same_preps, stranded_agent
from sitrep.extract.event_syntax import lemma as _lemma
from sitrep.extract.event_triggers import lexicon, read_verb
from sitrep.extract.for_addressees import for_addressees
from sitrep.extract.kin_owners import kin
from sitrep.extract.legal_patients import takes_people
from sitrep.extract.letter_addressees import letter_targets
from sitrep.extract.place_holders import part_place
from sitrep.extract.relation_parties import relation_parties
from sitrep.extract.scene_readings import scene_reading
from sitrep.extract.stance_topics import topic_doers
from sitrep.extract.strike_employers import employer_targets
from sitrep.extract.told_audiences import without_audiences
from sitrep.extract.trigger_records import Trigger
from sitrep.extract.unnamed_doer_victims import unnamed_doer_victims, victim_targets
from sitrep.extract.visit_motions import visit_targets

if TYPE_CHECKING:
    from spacy.tokens import Token

#: modes of an expulsion: the 'from' phrase names the expelling state ('were deported from X')
EXPULSION_MODES = {"deport", "expel"}
#: an object owned by the actor is its own means, not a target ('withdrew its troops')
OWN_WORDS = {"its", "their", "his", "her", "our", "own"}
#: labels of a name that holds the role noun it is in apposition with
APPOSED = {"PERSON", "ORG", "GPE"}
#: categories of saying something to or of someone, whose owned group is still their target ('commended his
#: cabinet', 'criticised her own party'): only acts done with one's means ('withdrew its troops',
#: 'deployed their forces') spend what the actor owns
SPEECH_TARGETS = {"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE"}
#: categories whose target is the one blamed or asked, not who a passive clause they report was done to
BLAMED_OR_ASKED = {"ACCUSE", "REQUEST"}
#: prepositions of the event an act is part of, whose other party is the act's target ('conceded in their
#: quarrel with the unions', 'conceded in the talks with the rebels')
SETTING_PREPS = {"in"}
#: nouns of a standing conflict whose 'with' phrase names the other side ('their dispute with X', 'a row with Y')
CONFLICT_NOUNS = {"dispute", "row", "feud", "standoff", "battle", "conflict", "fight", "war", "spat", "confrontation",
                  "struggle", "quarrel", "talks"}  # fmt: skip
#: prepositions of the event a passive act happened in ('killed in a Taliban attack', 'wounded during shelling')
SCENE_PREPS = {"in", "during"}
#: marks of a time clause that may tell who did a passive act ('were killed when gunmen attacked')
TIME_MARKS = {"when", "after", "as", "while"}
#: categories whose agentless passive subject is still the actor: 'is committed to' states the subject's intent
#: (AGREE); 'troops were put on alert', 'police were deployed': the forces moved act (MOBILIZE)
SUBJECT_ACTS_PASSIVE = {"AGREE", "MOBILIZE"}
#: prepositions of what an inquiry is into ('an investigation into X', 'a probe into claims that X ...')
INQUIRY_PREPS = {"into"}
#: categories of giving or promising, whose 'for' phrase naming people only as recipients is the one who gets it
#: ('pledged tents for displaced families', 'approved aid for the refugees')
BENEFICIARY_TYPES = {"AID", "AGREE"}
#: categories whose passive subject naming people only as recipients ('nine people were arrested') is the target
PATIENT_TYPES = {"COERCE"}  # (done to them by the state; legal acts: legal_patients; a killing stays uncoded)


def _holder_args(
    mention_of: Callable[[Token], dict | None],
    holder: Token,
    verb: bool,
    own_forces: bool = False,
    event_obj: int = -1,
    speech: bool = False,
    coerce: bool = False,
    protest: bool = False,
    retreat: bool = False,
    charging: bool = False,
) -> tuple[list, list]:
    """(source heads' actors, target heads' actors) hanging on a trigger or its object noun: direct objects
    (and the targets of their prepositions), 'by' agents, target prepositions, and the target of the purpose
    ('mobilized reservists for a war against X'). With ``own_forces`` (deploying, mobilising) a direct object
    that is a group ('deployed troops') is the actor's means, not its target; with ``speech`` (praising,
    blaming) a group the actor owns ('his administration') is its target. An active protest verb's 'by' phrase
    ('demonstrated against the detention of X by police', 'marched to protest the violence by gangs') is the
    agent of the act protested, hung on the verb by the parser: the protest's target."""
    sources: list[dict] = []
    targets: list[dict] = []
    for c in holder.children:
        if c.dep_ == "prep" and c.lower_ == "for" and verb:  # 'called for talks with X', 'a war against X'
            targets += [
                m
                for p in c.children
                if p.dep_ == "pobj"
                for prep in p.children
                if prep.dep_ == "prep" and prep.lower_ in {"against", "on"} | (PARTY_PREPS if event_noun(p) else set())
                for o in prep.children
                for m in np_actors(mention_of, o)
            ]
            targets += [  # 'called for her resignation', 'called for the army's withdrawal'
                m
                for p in c.children
                if p.dep_ == "pobj" and event_noun(p)
                for o in p.children
                if o.dep_ == "poss"
                for m in np_actors(mention_of, o)
            ]
        if c.dep_ in {"dobj", "obj", "dative", "attr"} and verb and not _dative_prep(c):
            forces = withdrawn_forces(mention_of, c)
            if forces is not None:  # 'announced the pullout of Chilean troops from X': the troops' state acts
                sources += forces
                targets += [m for p in prep_objects(c, TARGET_PREPS - {"of"}) for m in np_actors(mention_of, p)]
                continue
            resolved = mention_of(c) or {}
            titled = resolved.get("label") == "PERSON"  # 'backed his attorney general'
            titled = titled or (speech and (group_of(c) is not None or resolved.get("unnamed")))  # 'his country'
            titled = titled or _owned_by_another(mention_of, c)  # 'demanded her release'
            titled = titled or _named_in_apposition(mention_of, c) or other_states(c)  # 'his counterpart(s)'
            if titled or not any(d.dep_ == "poss" and d.lower_ in OWN_WORDS for d in c.children):
                held = event_noun_actors(mention_of, c) if c.i != event_obj else []
                held = held or (participle_agents(mention_of, c, True) if speech and not event_noun(c) else [])
                own = held or np_actors(mention_of, c) or _recipients(c)
                own += _split_apposition(mention_of, c)  # 'phoned his counterpart, X on Monday' (X hung on the verb)
                owners = means_owners(mention_of, c)  # 'cut American aid to X': the giver's side
                targets += [
                    m for m in own if not (own_forces and m.get("unnamed") and m.get("group")) and m not in owners
                ]
            # 'mobilized reservists for a war against Iraq' (a group's 'of' phrase is where it is from)
            # ('investigated the ties between X and Y': both sides of what the object relates are its targets)
            preps = TARGET_PREPS | {"for", "between"} if group_of(c) is None else TARGET_PREPS - {"of"}
            if resolved.get("label") == "PERSON" or kin(c):  # 'arrested Ana Ruiz of Tarsia', 'the wife of X
                preps = preps - ORIGIN_PREPS
            objs = prep_objects(c, preps, pobj_only=False)
            objs += topic_objects(c)  # 'rejected the allegations about X' (claim_topics)
            targets += [m for p in objs if not own_force(p, own_forces) for m in np_actors(mention_of, p)]
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            if verb and any(c in stray_holders(o) for o in holder.children if o.i != event_obj):
                continue  # 'dispersed a rally by students': the rally's holders, taken with its object above
            agents = same_preps(c)  # 'by X and by Y'
            found = [m for a in agents for p in a.children if p.dep_ != "conj" for m in np_actors(mention_of, p)]
            active = verb and not _passive(holder)
            hung = protest and active and c.dep_ == "prep" and holder.tag_ != "VBN"  # (not 'a strike called by X')
            if speech and active or hung or (speech and not verb and holder.i == event_obj):
                targets += found  # 'welcomed the decision by the army', 'condemned the crackdown by X': judged
            else:
                sources += found  # ... and 'imposed by the EU on Russia' (the parse hangs 'on Russia' on the EU)
                targets += [m for a in agents for o in agent_tail_objects(a) for m in np_actors(mention_of, o)]
        elif c.dep_ == "prep" and c.lower_ in SETTING_PREPS and verb and not _passive(holder):
            # 'conceded in its quarrel with X' (a passive's other party is no recipient: 'wounded in clashes')
            nouns = [p for p in c.children if p.dep_ == "pobj" and (event_noun(p) or _lemma(p) in CONFLICT_NOUNS)]
            targets += [m for n in nouns for o in prep_objects(n, PARTY_PREPS) for m in np_actors(mention_of, o)]
        elif c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS and own_forces and verb:
            # 'sent warships from its base in X to Y': the forces leave X (no target); Y, where they go, is
            targets += [m for o in event_arg_places.deployment_destinations(c) for m in np_actors(mention_of, o)]
        elif (
            (c.dep_ == "prep" or _dative_prep(c))
            and c.lower_ in TARGET_PREPS
            and not (speech and occasion_phrase(c))
            and not scene_phrase(c, coerce)
            and not (retreat and destination(c))
            and not (verb and charge_phrase(c, charging))
        ):
            objs = [p for a in same_preps(c) for p in a.children if p.dep_ == "pobj"]
            sources += [m for p in objs if own_force(p) for m in np_actors(mention_of, p)]  # 'with his militia'
            ments = [
                m
                for p in objs
                if not own_force(p)
                for m in (verb and event_noun_actors(mention_of, p, p.i != event_obj))
                or np_actors(mention_of, p)
                or _recipients(p)
            ]  # 'fired at a protest': the protesters; 'spoke with X and with Y': both
            if verb:  # 'agreed to a ceasefire with Pakistan': the other party of the event agreed to
                nouns = [p for p in c.children if p.dep_ == "pobj" and event_noun(p)]
                ments += [m for n in nouns for o in prep_objects(n, PARTY_PREPS) for m in np_actors(mention_of, o)]
            forces = withdrawn_forces(mention_of, holder) if c.lower_ == "of" and not verb else None
            if forces is not None:  # 'the withdrawal of Russian forces': Russia withdraws
                sources += forces
            else:
                targets += ments
    return sources, targets


def _recipient_targets(
    trig: Trigger, holders: list[Token], add: Callable[[list[dict], list[dict]], None], targets: list[dict]
) -> None:
    """People as the recipients a giving or a taking is done to: a gift's 'for' phrase naming people only
    ('pledged tents for displaced families'); the people an arrest takes, not the place it is done in
    ('detained several suspects in Karachi'), or any people it takes ('detained 20 suspects')."""
    if not targets and trig.reading.plover in BENEFICIARY_TYPES:
        add([m for h in holders for p in prep_objects(h, {"for"}) for m in _recipients(p)], targets)
    if trig.reading.mode in event_arg_places.PEOPLE_TAKEN_MODES:
        taken = trig.object or _taken(trig.token)
        targets[:] = event_arg_places.people_taken(targets, taken)
        if not targets and taken is not None and taken.pos_ == "NOUN":  # 'had detained 20 suspects'
            add([event_arg_places.people_group(taken)], targets)


def _inquiry_targets(mention_of: Callable[[Token], dict | None], holders: list[Token]) -> list[dict]:
    """Who an inquiry is into: the actors of the trigger's or its noun's 'into' phrase ('a probe into the ministry'), or
    of the clause that tells the claim it is into ('an investigation into allegations X had spied', 'an inquiry into
    reports that the army had tortured ...'): that clause's subject is the one accused."""
    out: list[dict] = []
    for p in (p for h in holders for p in prep_objects(h, INQUIRY_PREPS)):
        clauses = [c for c in p.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"}]
        found = [m for c in clauses for s in c.children if s.dep_ == "nsubj" for m in np_actors(mention_of, s)]
        out += found or np_actors(mention_of, p)  # (not who made the claim: 'allegations by X that Y had ...')
    return out


def _taken(tok: Token) -> Token | None:
    """The noun of the people an arrest or an abduction takes: a verb's direct object or passive subject."""
    deps = {"dobj", "nsubjpass"} if tok.pos_ == "VERB" else set()
    return next((c for c in tok.children if c.dep_ in deps and c.pos_ in {"NOUN", "NUM", "PRON"}), None)


def _own_event_object(trig: Trigger) -> int:
    """Token index of the event noun a trigger's pattern takes as its own event ('staged a protest'), whose
    holders are the trigger's actors, else -1. An object event of another category is acted on ('banned the
    rally staged by students', 'dispersed a march by farmers'): its holders are the targets; a light verb's
    object is its own event when the pair codes an act of speech ('lodged a protest' is a diplomat's ACCUSE)."""
    obj = trig.object
    if obj is None:
        return -1
    found = lexicon().nouns.get(_lemma(obj))
    # 'lodged a protest with X': a protest noun spoken by a light verb is the speaker's own act (ACCUSE)
    light = _lemma(trig.token) in lexicon().light and trig.reading.plover in SPEECH_TARGETS
    if found is not None and found.plover == "PROTEST" != trig.reading.plover and not light:
        return -1
    return obj.i


def _dative_prep(tok: Token) -> bool:
    """A preposition the parser labels as the dative ('gave aid to refugees': 'to'), its object the recipient."""
    return tok.dep_ == "dative" and tok.pos_ == "ADP"


def _owned_by_another(mention_of: Callable[[Token], dict | None], obj: Token) -> bool:
    """An object whose possessive pronoun stands for a person other than the actor ('the judge ordered his
    release': the one released; ``event_mentions.pronoun_antecedent`` resolves it only so)."""
    return any(d.dep_ == "poss" and (mention_of(d) or {}).get("label") == "PERSON" for d in obj.children)


def _named_in_apposition(mention_of: Callable[[Token], dict | None], obj: Token) -> bool:
    """A possessed role noun whose appositive names its holder ('phoned his Ruritanian counterpart, Ana Lind',
    'accused his rival, Tom Berg, of fraud'): the named holder is another party, not the actor's own body."""
    return obj.pos_ == "NOUN" and (
        any(c.dep_ == "appos" and (mention_of(c) or {}).get("label") in APPOSED for c in obj.children)
        or bool(_split_apposition(mention_of, obj))
    )


def _split_apposition(mention_of: Callable[[Token], dict | None], obj: Token) -> list[dict]:
    """The name right after a role noun object and its comma that the parser hung on the verb instead of the noun
    ('phoned his counterpart, Ana Lind on Monday': 'Lind' an adverbial of 'phoned'): the noun's appositive."""
    doc, after = obj.doc, obj.right_edge.i + 1
    if obj.pos_ != "NOUN" or after + 1 >= len(doc) or doc[after].text != ",":
        return []
    out = []
    for c in obj.head.children:
        m = mention_of(c) if c.dep_ == "npadvmod" and c.left_edge.i == after + 1 else None
        if m is not None and m.get("label") in APPOSED:
            out.append(m)
    return out


def _recipients(head: Token) -> list[dict]:
    """People named only as an act's recipients, the head and its coordinated nouns ('detained a man',
    'detained the priests and the reporters'): ``recipient_group``, one actor per group."""
    out: list[dict] = []
    for conj in (head, *head.conjuncts):
        g = recipient_group(conj)
        if g is not None and all(g["group"] != o["group"] for o in out):
            out.append(g)
    return out


def _passive(verb: Token) -> bool:
    """A passive clause, or a participle on a noun with its doer's 'by' phrase ('the offer rejected by X')."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        return True
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or reduced_passive(verb)
    return passive or participle_clause(verb)  # 'Backed by X, the rebels advanced'


def _clause_agents(mention_of: Callable[[Token], dict | None], verb: Token, plover: str) -> list[dict]:
    """Who did a passive act with no agent, told by a time clause on it that codes the same category ('four
    soldiers were killed when gunmen attacked the post', 'after rebels launched an offensive'): the clause's
    subject."""
    out: list[dict] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            m.lower_ in TIME_MARKS for m in clause.children if m.dep_ in {"mark", "advmod"}
        ):
            continue
        found = read_verb(clause)
        obj = next((o for o in clause.children if o.dep_ == "dobj" and event_noun(o)), None)
        same = found is not None and found.reading.plover == plover
        if not same and obj is not None and (found is None or found.object is not None):
            same = lexicon().nouns[(obj.lemma_ or obj.lower_).lower()].plover == plover
        subj, passive = subject_token(clause)
        if same and subj is not None and not passive and subj.i != verb.i:
            out += np_actors(mention_of, subj)
    return out


def _between_sides(
    mutual: list[dict], add: Callable[[list[dict], list[dict]], None], sources: list[dict], targets: list[dict]
) -> None:
    """The parties of a verb's 'between' phrase: its targets ('Qatar mediated between A and B'); with no doer
    named, the first is the source ('a ceasefire was agreed between A and B')."""
    if not sources and len(mutual) >= 2:
        add(mutual[:1], sources)
    add(mutual, targets)


def _gerund_event(tok: Token) -> bool:
    """A gerund subject the lexicon reads as an event noun ('Fighting between A and B killed twenty')."""
    return tok.tag_ == "VBG" and tok.dep_ == "nsubj" and tok.lower_ in lexicon().nouns


def _scene_agents(mention_of: Callable[[Token], dict | None], verb: Token, plover: str) -> list[dict]:
    """Who did a passive act with no agent, told by the event noun of the same category it happened in ('three
    soldiers were killed in a Taliban attack', 'in an attack claimed by the rebels', 'during Russian shelling'):
    the noun's own actors."""
    nouns = [p for p in prep_objects(verb, SCENE_PREPS) if event_noun(p)]
    same = [n for n in nouns if scene_reading(n) == plover]  # ('in an air strike by X': a strike read as an attack)
    return [m for n in same for m in event_subject_sources(mention_of, n) + participle_agents(mention_of, n)]


def _verb_subject_args(
    mention_of: Callable[[Token], dict | None],
    trig: Trigger,
    add: Callable[[list[dict], list[dict]], None],
    sources: list[dict],
    targets: list[dict],
) -> None:
    """The subject side of a verb trigger: its subject (the target of a passive), a causer ('had him killed'),
    an event noun as subject ('the attack on the convoy killed ...'), and the doer a time clause tells for a
    passive with no agent."""
    tok = trig.token
    copula = event_agency.blame_copula(tok)
    if copula is not None:  # 'the envoy said Y was to blame': Y is blamed, the envoy blames
        add([m for s in copula.children if s.dep_ == "nsubj" for m in np_actors(mention_of, s)], targets)
        said = event_agency.blame_reporter(copula)
        reporter = subject_token(said)[0] if said is not None else None
        add(np_actors(mention_of, reporter) if reporter is not None else [], sources)
        return
    subj, passive = subject_token(tok)
    own_stance = trig.reading.plover in SUBJECT_ACTS_PASSIVE or frame_clauses.stative_passive(tok, frame_vocab())
    moved = passive and own_stance and not any(c.dep_ == "agent" for c in tok.children)
    if moved:
        passive = False  # ('troops were sent to the border': the forces moved act, even read as the object)
    causer = causative_subject(tok)
    if causer is not None:  # 'Kim had his minister killed': Kim acts, the minister is the target
        add(np_actors(mention_of, causer), sources)
        passive = True
    if passive and subj is not None and trig.object is not None and subj.i == trig.object.i:
        add(measure_owners(mention_of, tok, subj, trig.reading.plover), sources)  # "China's ban was lifted"
    users = instrument_users(mention_of, subj) if subj is not None and not passive else []
    if subj is not None and not passive and (event_noun(subj) or _gerund_event(subj)):  # 'the attack ... killed'
        add(event_subject_sources(mention_of, subj), sources)
        if len(sides := between_parties(mention_of, subj)) >= 2:  # 'fighting between A and B killed twenty'
            _between_sides(sides, add, sources, targets)
        add([m for p in event_subject_targets(subj, TARGET_PREPS - {"of"}) for m in np_actors(mention_of, p)], targets)
    elif users:  # 'two missiles fired by the rebels hit the camp': the rebels attack
        add(users, sources)
    elif subj is not None and (
        not (trig.object is not None and subj.i == trig.object.i) or (passive and not event_noun(subj)) or moved
    ):  # (a passive subject read as the trigger's object is its target: 'the envoy was summoned')
        people = _recipients(subj) if passive and takes_people(trig, PATIENT_TYPES) else []
        add(np_actors(mention_of, subj) or people, targets if passive else sources)
        if not passive:  # 'X, along with Y, attended'
            add([m for c in companions(subj) for m in np_actors(mention_of, c)], sources)
        # (not 'sanctions imposed by'; 'eleven people were arrested': people named only as recipients)
    if passive and not sources and not any(c.dep_ == "agent" for c in tok.children):
        add(_clause_agents(mention_of, tok, trig.reading.plover), sources)
    if passive and not sources and not any(c.dep_ == "agent" for c in tok.children):
        add(_scene_agents(mention_of, tok, trig.reading.plover), sources)  # 'killed in a Taliban attack'
    if passive and not sources:
        add(_stranded_agents(mention_of, tok), sources)  # 'was blamed for the raid by the army'
    if passive and not sources and not any(c.dep_ == "agent" for c in tok.children):
        add(reporting_authority(mention_of, tok, trig.reading.plover, trig.reading.mode), sources)  # '..., police said'


def _stranded_agents(mention_of: Callable[[Token], dict | None], verb: Token) -> list[dict]:
    """The actors of a passive verb's 'by' agent that the parser hung on the noun of its charge or ground
    (``event_syntax.stranded_agent``): 'rebels were blamed for the raid by the army' - the army blames."""
    by = stranded_agent(verb)
    return [m for p in by.children if p.dep_ == "pobj" for m in np_actors(mention_of, p)] if by is not None else []


def _expeller(
    mention_of: Callable[[Token], dict | None],
    trig: Trigger,
    add: Callable[[list[dict], list[dict]], None],
    sources: list[dict],
    targets: list[dict],
) -> None:
    """The state an expulsion is 'from' expels, it is not expelled: 'two envoys were expelled from X' (X the
    source when no agent is named), 'expelled the reporters from X' (no target)."""
    if trig.reading.mode not in EXPULSION_MODES or trig.token.pos_ != "VERB":
        return
    places = [m for p in prep_objects(trig.token, {"from"}) for m in np_actors(mention_of, p)]
    expellers = {m.get("idx") for m in places}
    targets[:] = [m for m in targets if m.get("idx") not in expellers]
    if not sources:
        add(places, sources)


#: prepositions of a handing over or a flight ('surrendered to X', 'fled from X'): their clause's subject is
#: the one the X act on
HANDED_PREPS = frozenset({"to", "from"})


def _modified_by_participle(tok: Token) -> Token | None:
    """The noun a participle modifies that the parse read as a gerund governing it: 'gave herself up [to
    arresting officers]', 'fled [from advancing troops]' (a bare plural right after the participle, after a
    preposition of handing over or flight). The noun does the act, on the clause's subject; None otherwise."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in HANDED_PREPS:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i != tok.i + 1 or obj.tag_ != "NNS":
        return None
    return obj


def _participle_args(mention_of: Callable[[Token], dict | None], tok: Token, doers: Token) -> list[dict]:
    """The noun a participle modifies is the source; the subject of the clause its preposition hangs on the
    target ('X gave herself up to arresting officers': the officers arrest X)."""
    src = [m for m in [mention_of(doers) or group_actor(doers)] if m]
    tgt = np_actors(mention_of, s) if (s := subject_token(tok.head.head)[0]) is not None else []
    return [{"mention": m, "role": "source"} for m in src] + [{"mention": m, "role": "target"} for m in tgt]


def arguments(mention_of: Callable[[Token], dict | None], trig: Trigger) -> list[dict]:
    """[{mention, role}] for a lexicon trigger: source(s) first, then target(s)."""
    if (doers := _modified_by_participle(trig.token)) is not None:  # 'gave herself up to arresting officers'
        return _participle_args(mention_of, trig.token, doers)
    args = moved_persons.moved_targets(trig, held_persons.held_targets(trig, _parse_arguments(mention_of, trig)))
    if trig.reading.plover == "REQUEST":  # 'wrote to X asking for the release of Y': X is asked
        args = letter_targets(mention_of, trig.token, args)
    return reciprocal_sides.sides(trig.token, args)  # 'A and B accused each other'


def _demanded_targets(mention_of: Callable[[Token], dict | None], trig: Trigger, is_noun: bool, add, targets) -> None:
    """Targets told by what a protest or a request demands, or by a refusal's defied calls."""
    tok, plover = trig.token, trig.reading.plover
    if plover == "PROTEST":  # 'marched, calling for the resignation of X'
        add(protest_demand_targets(mention_of, tok, None if is_noun else subject_token(tok)[0]), targets)
        add(protested_agents(mention_of, tok), targets)  # 'protested the killing of a student by police'
    if not targets and not is_noun and plover == "REQUEST":  # 'called for the resignation of X'
        add(request_act_targets(mention_of, tok), targets)
    if not targets and not is_noun and plover == "REJECT":
        add(defied_actors(mention_of, tok), targets)  # 'declined to resign despite calls from X'


def _parse_arguments(mention_of: Callable[[Token], dict | None], trig: Trigger) -> list[dict]:
    tok = trig.token
    is_noun = tok.pos_ in {"NOUN", "PROPN"}
    sources: list[dict] = []
    targets: list[dict] = []

    def add(ments: list[dict], bucket: list[dict]) -> None:
        for m in ments:
            inside = m["start_char"] <= tok.idx < m["end_char"]
            if not inside and all(m.get("idx") != x.get("idx") for x in sources + targets):
                bucket.append(m)

    if is_noun:  # 'Israeli strikes', 'the rebels' attack'
        named = between_parties(mention_of, tok)
        if len(named) >= 2:  # 'a meeting between A and B' names all its parties
            return [{"mention": named[0], "role": "source"}] + [{"mention": m, "role": "target"} for m in named[1:]]
        add(patient_possessives(mention_of, tok), targets)  # 'Navalny's arrest': done to him
        noun_sources(mention_of, tok, add, sources)
        add(noun_opponents(mention_of, tok), targets)  # 'fighting erupted with the army'
    else:
        _verb_subject_args(mention_of, trig, add, sources, targets)
        _between_sides(verb_between_parties(mention_of, tok, trig.object), add, sources, targets)
    holders = [tok] + ([trig.object] if trig.object is not None and trig.object.i != tok.i else [])
    for holder in holders:
        verb = holder.i == tok.i and not is_noun
        plover = trig.reading.plover
        event_obj = _own_event_object(trig) if len(holders) > 1 else -1  # (the light verb's own event noun)
        src, tgt = _holder_args(
            mention_of,
            holder,
            verb,
            plover == "MOBILIZE",
            event_obj,
            plover in SPEECH_TARGETS,
            plover == "COERCE",
            plover == "PROTEST",
            plover == "RETREAT",
            charging(plover in CHARGE_TYPES, tok, trig.object),  # (not 'took issue with X')
        )
        add(src, sources)
        add(unless_victims_of_charge(trig, holder, targets, tgt), targets)
    employer_targets(mention_of, trig, sources, targets)  # 'Boeing machinists went on strike': against Boeing
    asked_forces(mention_of, tok, trig.object, trig.reading.plover, sources, targets)  # 'demanded the pullout of X'
    asked_agents(mention_of, tok, trig.reading.plover, targets)  # 'called for an inquiry by the UN': the UN is asked
    targets[:] = without_inner_parties(
        mention_of, tok, trig.reading.plover, targets, trig.object
    )  # 'demanded access for Indian firms' (not 'voiced support for X': the act's own noun)
    targets[:] = without_audiences(tok, without_grounds(tok, targets))  # 'on the basis of X', 'told reporters that'
    scenes = [m for m in targets if trig.reading.plover == "PROTEST" and part_place(tok.doc, m)]
    targets[:] = [m for m in targets if m not in scenes]  # 'took to the streets of Seoul, demanding ...'
    if not targets:
        _demanded_targets(mention_of, trig, is_noun, add, targets)
    targets[:] = targets or scenes  # (the city stands for its state when the protest names no other target)
    if not targets and not is_noun:
        told = complement_targets(mention_of, tok, trig.reading.plover not in BLAMED_OR_ASKED)
        add(told or addressed_targets(mention_of, tok, trig.reading.plover in SPEECH_TARGETS), targets)
    targets[:] = for_addressees(
        mention_of, tok, trig.reading.plover, trig.reading.mode, targets
    )  # 'called for X to resign'
    add(relation_parties(mention_of, holders, targets), targets)  # 'its commitment to its alliance with X'
    _expeller(mention_of, trig, add, sources, targets)
    targets[:] = [m for m in targets if not no_recipient(tok.doc, m, trig.reading.plover)]
    if trig.reading.plover not in PLACE_NOT_TARGET:
        add(event_arg_places.place_recipient(mention_of, holders, trig.reading, targets, sources), targets)
    elif trig.reading.plover == "CONSULT":  # 'sent a delegation to Kabul for talks': the capital stands for its state
        targets[:] = visit_targets(mention_of, tok, sources, targets, event_arg_places.place_mention)
    add(common_doers(mention_of, trig, sources), sources)  # 'the guards tortured a student' (a verb's only)
    victim_targets(mention_of, trig, sources, targets, add)  # 'stabbed his rival', 'stormed X, killing 22 people'
    _recipient_targets(trig, holders, add, targets)
    if not targets and trig.reading.plover == "ACCUSE":  # 'opened an inquiry into claims that X had ...'
        found = _inquiry_targets(mention_of, holders) or topic_doers(mention_of, trig.object)
        add(found or claim_targets(mention_of, holders), targets)  # 'repeated his allegation that X had ...'
    unnamed = unattributed_kind(trig)  # (a charge told in the agentless passive: the place's government)
    if not is_noun and trig.reading.plover in event_arg_places.NOUN_ONLY_UNATTRIBUTED:
        unnamed = unnamed if crowd_protest(tok, subject_token(tok)[0]) else None  # 'thousands marched against X'
    if unnamed and not sources and not trig.reading.reversed:  # (a noun's place may hang on its verb: 'broke out')
        subj = (noun_holders(tok) + [None])[1] if is_noun else subject_token(tok)[0]
        add(event_arg_places.unattributed_source(mention_of, tok, subj, unnamed, trig.object), sources)
        unnamed_doer_victims(mention_of, trig, sources, targets, add)  # 'were wounded in a blast in X'
    targets[:] = without_deed_parties(tok, targets)  # 'denied meeting X': X is the denied deed's party
    if trig.reading.reversed:  # (the pattern's own noun is no party: 'stood trial', 'went on trial')
        sources, targets = [m for m in targets if not _covers(m, trig.object)], sources
    return [{"mention": m, "role": "source"} for m in sources] + [{"mention": m, "role": "target"} for m in targets]


def _covers(mention: dict, tok: Token | None) -> bool:
    return tok is not None and mention["start_char"] <= tok.idx < mention["end_char"]
