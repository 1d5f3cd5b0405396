"""Event candidates of one article (``doc_event_candidates``): the meeting rules and the trigger lexicon run sentence
by sentence, each trigger made a candidate with parties, status, date and place, the discourse state kept between."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from sitrep.extract import (
    dates,
    event_anaphora,
    event_arg_nouns,
    event_args,
    event_clause_acts,
    event_frames,
    event_obligations,
    event_parties,
    event_triggers,
    frame_clauses,
    places,
    quoted_verdicts,
)
from sitrep.extract.absent_arrests import absent_reading
from sitrep.extract.actor_dictionary import is_international, lookup
from sitrep.extract.added_sides import add_sides
from sitrep.extract.body_seats import body_place
from sitrep.extract.casualty_scenes import casualty_scene
from sitrep.extract.claimed_attacks import claimed_targets
from sitrep.extract.disaster_readings import disaster_emergency, relief_reading
from sitrep.extract.doc_text import span_text
from sitrep.extract.domestic_groups import domestic_groups
from sitrep.extract.event_arg_phrases import people_noun
from sitrep.extract.event_arg_words import SCENE_PREPS
from sitrep.extract.event_context import EventContext, update_discourse_date, update_salience
from sitrep.extract.event_coref import (
    addressed_actor,
    agency_subject,
    description_actor,
    object_group,
    pronoun_actor,
    relative_antecedent,
)
from sitrep.extract.event_dates import LATE_ARRIVAL, date_leads_forward, event_date, long_past, note_lead_day
from sitrep.extract.event_enrich import add_attendees, enrich_agreements
from sitrep.extract.event_mentions import (
    description_antecedent,
    pair_member,
    pronoun_antecedent,
    surname_antecedent,
    title_antecedent,
)
from sitrep.extract.event_missions import mission_targets
from sitrep.extract.event_participants import mutual_sides, trigger_participants
from sitrep.extract.event_party_calls import own_fight_ended
from sitrep.extract.event_places import event_place, host_capital
from sitrep.extract.event_status import aspired, enacted, striven, trigger_status
from sitrep.extract.event_struck import struck_state
from sitrep.extract.event_syntax import PLACE_LABELS
from sitrep.extract.force_arrivals import arriving_force, force_arrival
from sitrep.extract.labour_strikes import walkout
from sitrep.extract.light_participles import without_told_participles
from sitrep.extract.meeting_rules import trigger_type
from sitrep.extract.occasion_days import date_occasions
from sitrep.extract.occasion_places import note_occasion_place
from sitrep.extract.party_groups import STATE_GROUPS, armed_source, doers_reading, member_officials, private_groups_only
from sitrep.extract.place_hows import candidate_place
from sitrep.extract.place_roles import party_mention, place_not_actor, scene_states
from sitrep.extract.possible_acts import possible_act
from sitrep.extract.quoted_speakers import first_person_speaker
from sitrep.extract.relative_objects import relative_object
from sitrep.extract.rescues import rescue_reading
from sitrep.extract.scene_setting import sets_the_scene
from sitrep.extract.sentence_links import link_sentence
from sitrep.extract.speaker_states import speaker_state
from sitrep.extract.struck_places import struck_place
from sitrep.extract.telling_dates import dated_as_said, redated_as_said, told_after_publication
from sitrep.extract.threatened_acts import threat_made
from sitrep.extract.told_scenes import place_told_scenes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: a meeting held by telephone
PHONE = re.compile(
    r"\b(?:phone|telephone|video\s+(?:call|link)|(?:in|during|on)\s+(?:a|the|their|his|her)\s+call|"
    r"(?:a|the|their|his|her)\s+call\s+with)\b",
    re.I,
)
#: time expressions that date an event only to a month or year: told in passing, they set no scene
BACKGROUND_KINDS = frozenset({"year", "month_year", "month_rel", "rel_month", "month"})
#: a sentence telling another happening than the one before ('in a separate meeting'): kept apart in the merge
SEPARATE = re.compile(r"(?i)\b(?:separate|separately|another)\b")
#: a sentence adding to the happening told before ('they will also discuss Syria'): one of its topics or parts
ALSO = re.compile(r"(?i)\balso\b")


def doc_event_candidates(
    doc: Doc, mentions: list[dict], published_at: date | None, caption_text: str = ""
) -> list[dict]:
    """Event candidates of one article, in text order, as JSON-serialisable dicts (see API.md).

    caption_text: the article's photo captions, removed from the body as boilerplate; the full dates they
    state may anchor a weekday when the article has no publication date."""
    ctx = EventContext(doc, mentions, published_at, caption_text)
    lexical = {t.token.i: t for t in event_triggers.find_triggers(doc, _matcher(doc.vocab))}
    lexical.update({t.token.i: t for t in event_obligations.obliged_acts(doc, set(lexical))})
    out: list[dict] = []
    history: list[tuple[int, dict]] = []  # (trigger index, candidate) of the events coded so far
    for sent in doc.sents:
        made: dict[int, dict] = {}
        framed: set[int] = set()  # triggers that report no event: what they govern reports none either
        partyless: set[int] = set()  # speech acts coded without parties: the acts of their clauses are content
        for tok, found, governors in _sentence_triggers(sent, lexical):
            if any(g in made or g in framed for g in governors):
                continue  # a governing trigger coded the event ('refused to meet' is one REJECT)
            if event_clause_acts.partyless_content(tok, found, governors, partyless):
                continue  # 'he accused the tycoon of undermining ...' with no named accuser: still no undermining
            cand = _trigger_candidate(ctx, tok, found, sent, lexical, framed)
            if cand is None and event_clause_acts.speech_act_sense(tok, found):
                partyless.add(tok.i)
            if cand:
                if ctx.after_late_arrival and cand["date_source"] == "unanchored":
                    cand["after_late_arrival"] = True  # a story anchor dates it as its own day
                elif cand["date_source"] == "expression" and cand["event_date"]:
                    ctx.after_late_arrival = False
                cand["participants"] += event_anaphora.back_targets(
                    _actor_of(ctx), tok, cand, history, lambda parts: _participant_rows(ctx, parts), mentions
                )  # 'condemned the attack': whoever attacked
                cand["participants"] += claimed_targets(tok, cand, history)  # 'claimed the attacks': whom they hit
                made[tok.i] = cand
                history.append((tok.i, cand))
        quoted_verdicts.add(ctx, sent, made, history, _actor_of(ctx), _build_candidate)  # '"X's move was a farce"'
        link_sentence(ctx, made, lambda parts: _participant_rows(ctx, parts))  # 'met X and agreed to ...': X
        out += [made[i] for i in sorted(made)]
        note_lead_day(ctx, sent, [made[i] for i in sorted(made)])
        if not any(c["start_char"] == sent.start_char and not c.get("lexicon") for c in out):
            update_discourse_date(ctx, sent)  # (the meeting rules' discourse state ignores lexicon events)
            note_occasion_place(ctx, sent)  # 'The summit opened in Addis Ababa.': the acts told next are there
            add_attendees(ctx, sent, out)
        if LATE_ARRIVAL.search(span_text(sent)):
            ctx.last_date, ctx.unanchored_hints, ctx.after_late_arrival = (None, None), None, True
        update_salience(ctx, sent)
        sources = [
            p
            for c in out
            if c["start_char"] == sent.start_char and not c.get("lexicon")
            for p in c["participants"]
            if p["role"] == "source"
        ]
        persons = {m["idx"]: m for m in mentions if m["label"] == "PERSON"} if sources else {}
        for p in sources:
            if p["mention_idx"] in persons:
                ctx.last_subject_person = persons[p["mention_idx"]]
                break
    date_leads_forward(doc, out, published_at)
    date_occasions(doc, out, published_at)
    enrich_agreements(ctx, out)
    add_sides(ctx, mentions, out)  # the group of a speaker's appositive, the relative an act is aimed at
    place_told_scenes(ctx, out)  # 'the FSB said it detained X' + 'X was detained in Yekaterinburg': one scene
    return out


#: categories the meeting/visit/aid rules of ``trigger_type`` still code; every other category comes from the
#: lexicon (``event_triggers``). A signed or concluded agreement is SUPPORT in PLOVER 2021.
HAND_CODED = {"CONSULT": "CONSULT", "AGREE": "SUPPORT", "AID": "AID"}


_MATCHERS: dict[int, object] = {}


#: trigger readings taken from the complement clause (``trigger_readings``): the act is the vow, the demand or
#: the readying, which happened, even when the complement it tells of is planned
READ_FROM_COMPLEMENT = {"intent", "modal"}
#: acts that need their actors named too: a protest without protesters ('the festival marks the anniversary
#: of Japan's gift'), a mobilisation without anyone mobilising
ACTOR_NEEDED = {"PROTEST", "MOBILIZE"}
#: verbs of helping that code AID only with the helper named: 'the plan will help farmers', 'an effort to
#: help users' (helping as a description of something useful, not aid given by anyone)
HELPER_VERBS = {"help", "assist"}
#: frames (``event_frames.frame_reason``) of an act not reported as real: the acts it governs are not real either
#: ('an effort to block the ban targeting X', 'will seek to reassure them')
UNREAL_FRAMES = {
    "conditional",
    "hypothetical",
    "hedged",
    "attempt",
    "unrealised",
    "question",
    "prospective",
    "imperative",
    "denied-claim",  # 'denied reports that troops had crossed the border': the crossing is not reported either
}


def _matcher(vocab):
    """The lexicon's Matcher, built once per vocabulary (once per process in practice)."""
    if id(vocab) not in _MATCHERS:
        _MATCHERS[id(vocab)] = event_triggers.build_matcher(vocab)
    return _MATCHERS[id(vocab)]


def _sentence_triggers(sent: Span, lexical: dict[int, event_triggers.Trigger]) -> list[tuple[Token, object, list[int]]]:
    """(token, trigger, governing trigger indices) of a sentence, governing triggers first: the hand-coded
    meeting/aid rules first, the lexicon for the rest. A lexicon trigger is skipped when one that governs it
    codes an event ('threatened to impose sanctions' is one THREATEN, 'accused the army of shelling' one
    ACCUSE); coordinated triggers are siblings, not governors ('withdrew and released the prisoners'); the
    meeting rules' own triggers are always coded ('refused to meet' is a REJECT and a denied meeting)."""
    found: dict[int, object] = {}
    for tok in sent:
        hand = trigger_type(tok)
        if hand and hand[0] in HAND_CODED and not (tok.i in lexical and event_triggers.refusal(lexical[tok.i])):
            found[tok.i] = (HAND_CODED[hand[0]], *hand[1:])
        elif tok.i in lexical:
            found[tok.i] = lexical[tok.i]
    for i, trig in list(found.items()):
        obj = trig.object if isinstance(trig, event_triggers.Trigger) else None
        if obj is None or obj.i == i or obj.i not in found or isinstance(found[obj.i], event_triggers.Trigger):
            continue
        if event_triggers.coded_type(trig)[0] == found[obj.i][0]:
            del found[i]  # 'resuming the consultations': the meeting rules code the meeting noun themselves
            # ... and the verb's parties serve when the noun's rule finds none (first of all those of a relative
            # clause on the noun: 'the talks that X held with Y' names them, the noun's own reading none)
            lexical[obj.i] = trig if relative_object(sent.doc[i]) else lexical.get(obj.i, trig)
        else:
            del found[obj.i]  # 'walked out of the talks', 'ruled out talks': the verb's act, the talks its topic
    for i in list(found):
        tok = sent.doc[i]
        if (tok.lemma_ or tok.lower_).lower() in event_arg_nouns.HAPPENING_VERBS and any(
            c.dep_ == "nsubj" and c.i in found for c in tok.children
        ):
            del found[i]  # 'clashes erupted with the army': the clashes are the event, the verb says they began
    out = []
    for i, trig in without_told_participles(event_clause_acts.without_demanded(found, sent), sent).items():
        cur, governors = sent.doc[i], []
        while cur.head.i != cur.i:
            if cur.dep_ == "pobj" and cur.head.lower_ in SCENE_PREPS and not casualty_scene(cur):
                break  # 'promised support during a meeting with ...': the meeting is an event of its own
            if event_clause_acts.own_happening(cur, sent.doc[i]):
                break  # 'seized the airport as clashes broke out': the clashes happened too
            if event_clause_acts.actors_own_clause(cur) or (
                cur.i == i and event_clause_acts.speech_beside(cur, trig, found.get(cur.head.i))
            ):
                break  # 'the minister, who visited Paris, criticised ...', 'condemned the raid, accusing X of ...'
            sibling = cur.dep_ == "conj"
            cur = cur.head
            if cur.i in found and not sibling and isinstance(trig, event_triggers.Trigger):
                governors.append(cur.i)
        out.append((sent.doc[i], trig, governors))
    return sorted(out, key=lambda x: (len(x[2]), x[0].i))


def _trigger_candidate(
    ctx: EventContext, tok: Token, found: object, sent: Span, lexical: dict[int, event_triggers.Trigger], framed: set
) -> dict | None:
    """The candidate of one trigger as its frame and parties leave it; a trigger that reports no real act (a
    negated, hypothetical or attempted one) goes into ``framed``, so that the acts it governs are not coded."""
    if isinstance(found, event_triggers.Trigger):
        found = event_frames.naming_reading(found)  # 'called the launch intolerable' is a criticism
        cand = _lexicon_candidate(ctx, found, sent)
    else:
        cand = rule_candidate(ctx, tok, sent, *found)
        if _recipient_missing(cand, found) and _lexicon_fallback(ctx, tok, found, lexical):
            read = _lexicon_candidate(ctx, lexical[tok.i], sent)  # 'provided 300 tonnes of flour to refugees'
            cand = read if _has_target(read) else cand
        if cand is None and _lexicon_fallback(ctx, tok, found, lexical):
            # 'held talks with', 'will provide $20 million to Mali', 'the deputy minister of Taiwan visited Russia': the
            # meeting/aid rules found no parties of their own kind; the lexicon's parties come from the parse (a visit
            # of a city by no one in office stays down: 'tourists visited New York')
            cand = _lexicon_candidate(ctx, lexical[tok.i], sent)
    obj = found.object if isinstance(found, event_triggers.Trigger) else found[2]
    year = ctx.published_at.year if ctx.published_at else None
    if not cand or any(frame_clauses.past_year_noun(t, year) for t in (tok, obj) if t is not None):
        return None  # ('was describing the 2011 arrest of two men': a past event referred back to)
    screened = possible_act(ctx, event_frames.screen(cand, tok, obj, ctx.mentions), tok, _actor_of(ctx))
    if screened and event_frames.frame_reason(tok, cand["event_type"]) == "obligation":
        screened = dated_as_said(ctx, tok, sent, screened)  # 'X must pay, Y said': the demand is dated
    if screened is None and event_frames.frame_reason(tok, cand["event_type"]) in UNREAL_FRAMES:
        framed.add(tok.i)  # 'an effort to block the ban targeting ...': the targeting is no event
    cand = screened and event_parties.keep_parties(screened, ctx.mentions, ctx.doc)  # a town is no party
    cand = force_arrival(cand, tok)  # 'Russian troops arrived in Syria': a deployment, no visit
    if cand and cand.get("lexicon") and cand["event_status"] == "denied":
        framed.add(tok.i)  # 'did not appeal', 'cannot block': PLOVER codes no negated act, nor its parts
        return None
    return None if cand and long_past(cand, ctx.published_at, tok) else cand  # (history: 'the battle of 1904')


def _lexicon_fallback(ctx: EventContext, tok: Token, found: tuple, lexical: dict[int, event_triggers.Trigger]) -> bool:
    """The lexicon may code a trigger the meeting/aid rules turned down: the same category, and an object noun,
    aid, a dyad of states or their agents, or any source and target of a meeting that is no visit
    ('negotiated with the hijackers')."""
    trig = lexical.get(tok.i)
    if trig is None or trig.reading.plover != found[0]:
        return False
    if found[2] is not None or found[0] == "AID" or _state_dyad(ctx, trig):
        return True
    roles = {p["role"] for p in event_args.arguments(_actor_of(ctx), trig) if not place_not_actor(ctx, p["mention"])}
    return found[0] == "CONSULT" and found[1] != "visit" and roles == {"source", "target"}


def _actor_of(ctx: EventContext) -> Callable[[Token], dict | None]:
    """The mention a token belongs to; a personal pronoun, a description ('the country') or a bare title ('his
    attorney general') stands for the person or state it refers back to."""
    return lambda tok: (
        surname_antecedent(ctx, tok)
        or party_mention(ctx, tok)
        or pronoun_antecedent(ctx, tok)
        or description_antecedent(ctx, tok)
        or title_antecedent(ctx, tok)
        or pair_member(ctx, tok)
        or pronoun_actor(ctx, tok)
        or description_actor(ctx, tok)
        or speaker_state(ctx, tok)
        or first_person_speaker(ctx, tok)
        or object_group(ctx, tok)
        or addressed_actor(ctx, tok)
        or relative_antecedent(ctx, tok)
        or agency_subject(ctx, tok)
    )


def _lexicon_candidate(ctx: EventContext, trig: event_triggers.Trigger, sent: Span) -> dict | None:
    parts = [
        p
        for p in event_args.arguments(_actor_of(ctx), trig)
        if p["mention"].get("unnamed") or not place_not_actor(ctx, p["mention"])
    ]
    if not parts:
        return None
    if trig.reading.origin == "cameo" and trig.object is None and not event_parties.dyad(parts, trig.reading.plover):
        return None  # a CAMEO verb default codes a dyad only: 'the deal collapsed' is no event
    etype, mode = event_triggers.coded_type(trig)
    if etype == "REQUEST" and own_fight_ended(trig.token, parts):
        etype, mode = "AGREE", None  # a party to a fight calling for its end states its intent (PLOVER)
    if _needs_source(etype, trig.token) and not any(p["role"] == "source" for p in parts):
        return None  # 'Germany and Italy were threatened by terrorism': no one speaks
    protesters = any(p["role"] == "source" and p["mention"].get("group") == "protesters" for p in parts)
    if (
        etype == "ASSAULT"
        and (protesters or event_triggers.during_protest(trig.token))
        and not armed_source(parts, ctx.doc)
    ):
        etype, mode = "PROTEST", "riot"  # protesters' violence during their protest is its riot (PLOVER)
    etype, mode = doers_reading(etype, mode, parts, trig.token.lemma_ if trig.token.pos_ == "VERB" else "")
    etype, mode = rescue_reading(etype, mode, parts, trig.token)  # 'police freed ten kidnap victims': AID
    etype, mode = absent_reading(etype, mode, trig.token, trig.object)  # 'a warrant in absentia': THREATEN
    if disaster_emergency(etype, mode, trig.token):
        return None  # 'declared a state of emergency after the floods': no repression
    etype, mode = relief_reading(etype, mode, trig.token)  # 'deployed troops to help flood victims': AID
    if etype == "ASSAULT" and walkout(trig.token, trig.object, parts, event_triggers.lexicon().classes):
        etype, mode = "PROTEST", "strike"  # 'the pilots launched a strike over pay': a labour strike
    obj = trig.object if trig.object is not None and trig.object.i != trig.token.i else None
    parts = domestic_groups(ctx, sent, parts)
    state = dict(ctx.__dict__)
    cand = _build_candidate(ctx, trig.token, sent, etype, mode, obj, parts)
    ctx.__dict__.update(state)  # the meeting rules' discourse state (last date, place, persons) is theirs
    if etype != trig.reading.plover and cand["event_status"] == "denied":
        cand["event_status"] = "occurred"  # 'did not accept the offer' is a rejection that happened

    planned = cand["event_status"] == "planned"
    if trig.reading.origin in READ_FROM_COMPLEMENT and cand["event_status"] == "planned":
        cand["event_status"] = "occurred"  # the vow, the demand, the readying itself took place
    cand["event_type"] = _said_as(etype, cand["event_status"], trig.token)
    if cand["event_type"] != etype or threat_made(etype, cand["event_status"], trig.token):
        cand["event_status"] = "occurred"  # the promise or threat itself was made
    if planned and cand["event_status"] == "occurred" and cand["event_date"] is None:
        cand = redated_as_said(ctx, trig.token, sent, cand)  # 'X will face sanctions, Y said': dated as told
        said = cand["event_type"]  # the threat's content is its mode; AGREE and REJECT have none
        cand["event_mode"] = event_triggers.threat_mode(etype, mode) if said == "THREATEN" else None
        if _needs_source(cand["event_type"], trig.token) and not any(p["role"] == "source" for p in parts):
            return None  # 'he will be deported next week': a plan, but no one threatens or promises it
    elif planned and cand["event_status"] == "occurred" and told_after_publication(ctx, cand):
        cand = redated_as_said(ctx, trig.token, sent, cand)  # 'was ordered to be detained on Thursday': the order's
    elif cand["event_status"] == "planned" and etype in event_triggers.PLANNED_AS and not _has_source(parts):
        return None  # 'trying to attack the budget office': an act only aimed at, and no one aiming
    return {**cand, "lexicon": True}


def _has_source(parts: list[dict]) -> bool:
    return any(p["role"] == "source" for p in parts)


def _said_as(etype: str, status: str, trig: Token) -> str:
    """The category under PLOVER's intent rules (``event_triggers.intent_type``); a planned act of force that is
    only striven for or the purpose of another act keeps its own category ('racing to seize the town')."""
    if event_triggers.possible_threat(etype, trig) and _own_act(trig, event_frames.speech_verb(trig)):
        return "THREATEN"  # 'said it could cut gas supplies to X': a hostile act told as possible is a threat
    said = event_triggers.intent_type(etype, status, trig)
    if said == "THREATEN" != etype and said == event_triggers.PLANNED_AS.get(etype) and striven(trig):
        return etype
    return said


def _own_act(trig: Token, speech: Token | None) -> bool:
    """The act is the speaker's own: the clause's subject is a pronoun ('X said it could ...') or the saying
    verb's own subject word ('the army said the army could ...'), not another actor whose act is foretold
    ('officials said the rebels could attack')."""
    if speech is None:
        return False
    said_by = {c.lower_ for c in speech.children if c.dep_ == "nsubj"}
    subjects = [c for c in trig.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return all(c.pos_ == "PRON" or c.lower_ in said_by for c in subjects)


def _needs_source(etype: str, trig: Token) -> bool:
    """Speech acts need a speaker, protests and mobilisations their actors, and helping a helper, for the
    sentence to report an event."""
    if etype in event_parties.SPEECH_ACTS or etype in ACTOR_NEEDED:
        return True
    return etype == "AID" and (trig.lemma_ or trig.lower_).lower() in HELPER_VERBS


def _state_dyad(ctx: EventContext, trig: event_triggers.Trigger) -> bool:
    """The parse gives the trigger a source and a target that are states or their agents: a country, a named
    person or organisation, or a group of office holders or soldiers (not a city, not tourists)."""
    roles: dict[str, bool] = {"source": False, "target": False}
    for p in event_args.arguments(_actor_of(ctx), trig):
        m = p["mention"]
        if m.get("unnamed"):
            state = m.get("named") or m.get("group") in STATE_GROUPS
        else:
            state = m["label"] in {"PERSON", "ORG", "ROLE"} or bool(places.country_iso3(m["surface"]))
            state = state or _state_demonym(ctx, m)
        roles[p["role"]] = roles[p["role"]] or bool(state)
    return roles["source"] and roles["target"]


def _state_demonym(ctx: EventContext, m: dict) -> bool:
    """A demonym on a noun of office holders or soldiers ('Turkish leaders', 'Iraqi officials'), not on
    tourists or fans."""
    if m["label"] != "NORP" or not m.get("country_iso3"):
        return False
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    head = span.root.head if span is not None else None
    found = event_args.group_of(head) if head is not None and head.pos_ == "NOUN" else None
    return bool(found) and found[0] in STATE_GROUPS


def _members_meeting(parts: list[dict], mode: str | None, trig: Token) -> bool:
    """A summit of one international organisation ('the NATO summit', 'its summit'), or its members' office
    holders meeting ('NATO defence ministers met in Brussels'), is a meeting of its members: the organisation is
    its one party (PLOVER codes it as CONSULT)."""
    m = parts[0]["mention"]
    if m["label"] != "ORG" or not is_international(lookup(m.get("name") or m["surface"], kind="org")):
        return False
    return mode == "multilateral" or (mode is None and member_officials(trig, m))


def rule_candidate(
    ctx: EventContext, trig: Token, sent: Span, etype: str, mode: str | None, obj_noun: Token | None
) -> dict | None:
    parts = [p for p in trigger_participants(ctx, trig, obj_noun, sent) if not place_not_actor(ctx, p["mention"])]
    if not parts:
        return None
    parts = domestic_groups(ctx, sent, parts)  # 'met the senators in Brasilia': Brazil's legislators
    if etype == "CONSULT" and private_groups_only(parts):
        return None  # 'tourists met students': people meeting people, no party of politics
    members = etype == "CONSULT" and len(parts) == 1 and _members_meeting(parts, mode, trig)
    if etype == "CONSULT" and len(parts) < 2 and mode != "visit" and not members:
        return None
    if (
        etype == "CONSULT"
        and len(parts) < 2
        and not members
        and (
            (parts[0]["mention"]["label"] not in {"PERSON", "ROLE"} and not arriving_force(trig))
            or not any(
                m["label"] in PLACE_LABELS and sent.start_char <= m["start_char"] < sent.end_char for m in ctx.mentions
            )
        )
    ):
        return None  # a lone visitor needs a named destination in the sentence
    if etype in {"ACCUSE", "DEMAND", "THREATEN", "COOPERATE", "ASSAULT", "SEIZE"} and (
        len(parts) < 2 or not any(p["role"] == "source" for p in parts)
    ):
        return None  # 'Germany and Italy were threatened by terrorism': no one acts
    if etype == "CONSULT" and all(
        p["mention"]["label"] in {"GPE", "LOC", "FAC"} and p["role"] == "target" for p in parts
    ):
        return None  # 'tourists visited New York City', 'the teams visited Beijing, Shanghai...': no party
    if obj_noun == trig and etype in {"SUPPORT", "AID"} and not any(p["role"] != "source" for p in parts):
        return None
    if _needs_source(etype, trig) and not any(p["role"] == "source" for p in parts):
        parts = mutual_sides(parts)  # 'an agreement was reached between A and B': the parties, no doer
    if _needs_source(etype, trig) and not any(p["role"] == "source" for p in parts):
        return None  # 'the talks would help Trump': no one gives anything
    return _build_candidate(ctx, trig, sent, etype, mode, obj_noun, parts)


def _build_candidate(
    ctx: EventContext, trig: Token, sent: Span, etype: str, mode: str | None, obj_noun: Token | None, parts: list[dict]
) -> dict:
    status = trigger_status(trig)
    if status == "planned" and enacted(trig, obj_noun, etype):
        status = "occurred"  # 'announced sanctions against X': the measure is in force, no threat
    iso, prec, hints = event_date(ctx, trig, sent, status, etype)
    said_as = _said_as(etype, status, trig)  # 'will take measures' is said as a threat
    place, place_source = event_place(ctx, trig, sent, {p["mention"]["idx"] for p in parts}, said_as, obj_noun)
    if status == "planned" and place_source != "sentence" and aspired(trig):
        place = None  # 'focused on resuming the consultations': a wish has no venue yet
    place = host_capital(ctx, place, etype, parts)
    struck = struck_place(ctx, trig, etype, place, parts)
    if struck and not (place_source == "sentence" and place and place["level"] == "city"):
        place, place_source = struck, "sentence"  # 'shelled Vello': the place hit is where the attack was
    if place_source != "sentence" and (seat := body_place(ctx, trig, etype, [p["mention"]["surface"] for p in parts])):
        place, place_source = seat, "sentence"  # 'vetoed a Security Council resolution': at the body's seat
    if mode is None and PHONE.search(span_text(sent)):
        mode = "phone"
    if etype == "CONSULT" and len({p["mention"]["idx"] for p in parts}) >= 3 and mode is None:
        mode = "multilateral"
    background = hints.get("kind") in BACKGROUND_KINDS or dates.has_vague_time(span_text(sent))
    if iso and prec == "day":
        ctx.last_date = (iso, prec)
    ctx.last_any_date = (iso, prec)
    if place and status != "planned" and place_source == "sentence" and not background and sets_the_scene(trig):
        ctx.last_place = place
    ctx.last_participants = [p["mention"] for p in parts if p["mention"]["label"] == "PERSON"]
    trig_span = _trigger_span(trig, obj_noun)
    return {
        "event_type": etype,
        "event_mode": mode,
        "event_status": status,
        "event_date": iso,
        "date_precision": prec,
        "date_hints": hints,
        "date_source": ctx.date_source,
        "discourse_hints": ctx.unanchored_hints if ctx.date_source == "unanchored" else None,
        **candidate_place(ctx, place, place_source),
        "participants": _participant_rows(ctx, parts)
        + struck_state(parts, struck)
        + mission_targets(sent, etype, parts),
        "start_char": sent.start_char,
        "end_char": sent.end_char,
        "trigger": trig_span,
        "separate": bool(SEPARATE.search(span_text(sent))),
        "also": bool(ALSO.search(span_text(sent))),
        "sentence": span_text(sent),
        "summary": summary(etype, parts, place, trig_span),
    }


def _participant_rows(ctx: EventContext, parts: list[dict]) -> list[dict]:
    """Participants as API rows. A state acting through its people or its capital ('Russian security officials', 'Cuban
    authorities', 'Moscow's push') carries ``country_iso3`` so the merge can credit the country's own entity; a country
    written only inside a compound has no mention (``mention_idx`` None); a city named as a location ('met in Caracas')
    is not a participant, nor is a regional demonym ('African leaders')."""
    rows = []
    for p in scene_states(ctx, parts):  # 'killed Kurdish fighters in Iraq': Iraq is only where
        m = p["mention"]
        row = {"mention_idx": None if m.get("unnamed") else m["idx"], "role": p["role"]}
        if m.get("for_state"):  # an office holder who tells a custody act for his state (``event_authorities``)
            row["for_state"] = True
        if m.get("unnamed"):
            row["country_iso3"] = m["country_iso3"]
            if m.get("group"):
                row["group"], row["group_type"], row["surface"] = m["group"], m["label"], m["surface"]
                if m.get("phrase"):  # where the group is written, for its mention row
                    row["phrase"], row["phrase_start"], row["end_char"] = m["phrase"], m["phrase_start"], m["end_char"]
                row.update({k: True for k in ("named", "placed") if m.get(k)})  # placed: 'rebels in Syria'
                if m.get("owner_idx") is not None:  # 'his administration': the owner's country, once resolved
                    row["owner_idx"] = m["owner_idx"]
        elif m["label"] == "NORP":
            iso3 = places.demonym_iso3(m["surface"]) or m.get("country_iso3")
            if not iso3 and not people_noun(ctx.doc, m):
                continue  # 'African leaders', 'Western officials': a region or bloc, no actor to resolve
            row["country_iso3"] = iso3
        elif m["label"] in {"GPE", "LOC"} and not places.country_iso3(m["surface"]):
            iso3 = places.capital_iso3(m["surface"])
            if iso3:
                row["country_iso3"] = iso3
        rows.append(row)
    return rows


def _trigger_span(trig: Token, obj_noun: Token | None) -> str:
    if obj_noun is not None and obj_noun != trig:
        return f"{trig.text} {obj_noun.text}"
    return trig.text


def summary(etype: str, parts: list[dict], place: dict | None, trigger: str) -> str:
    """Short human summary: 'CONSULT (met): Putin, Erdogan in Sochi' (persons first, then other actors)."""
    persons = [p["mention"]["surface"] for p in parts if p["mention"]["label"] == "PERSON"]
    others = [p["mention"]["surface"] for p in parts if p["mention"]["label"] not in {"PERSON", "NORP"}]
    names = list(dict.fromkeys(persons or others or [p["mention"]["surface"] for p in parts]))
    text = f"{etype} ({trigger}): {', '.join(names[:6])}"
    if place:
        text += f" in {place['location_name']}"
    return text


def _recipient_missing(cand: dict | None, found: tuple) -> bool:
    """An aid the meeting/aid rules coded with no recipient ('will provide 300 tonnes of flour to refugees'):
    the lexicon's reading of the parse may name who receives it."""
    return cand is not None and found[0] == "AID" and not _has_target(cand)


def _has_target(cand: dict | None) -> bool:
    return bool(cand) and any(p["role"] != "source" for p in cand["participants"])
