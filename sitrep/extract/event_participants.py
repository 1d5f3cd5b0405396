"""Participants of a hand-coded trigger with their roles: subject = source; objects and with/between/by
phrases = target or participant; parser fallbacks for the nearest person before or after the trigger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.adjunct_meetings import adjunct_counterparts, adjunct_source
from sitrep.extract.call_nouns import call_addressees
from sitrep.extract.event_arg_groups import group_actor
from sitrep.extract.event_arg_words import (
    ABSENCE_PREPS,
    ARRIVAL_VERBS,
    CONTRAST_CONJUNCTIONS,
    COUNTERPART_WORDS,
    INVOLVING,
    PRONOUNS,
    REPORTING_WORDS,
    SPEAKER_VERBS,
)
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_lexicon import AGREE_OBJECTS, GROUP_WORDS, NOUNS, RECOUNT_VERBS
from sitrep.extract.event_mentions import arg_mentions, np_mentions, person_like, resolve_description, unnamed_countries
from sitrep.extract.event_syntax import (
    ACTOR_LABELS,
    OBJ,
    SUBJ,
    companions,
    coordinated_subjects,
    is_trigger_verb,
    noun_subject,
    same_preps,
    trigger_subject,
    verb_base,
    verb_objects,
)
from sitrep.extract.invited_parties import invitation_sides
from sitrep.extract.meeting_rules import meeting_group
from sitrep.extract.meeting_venues import venue_word
from sitrep.extract.others_meetings import others_meeting
from sitrep.extract.party_groups import OFFICE_GROUPS
from sitrep.extract.visit_purposes import add_purpose_hosts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _recounted(trig: Token) -> bool:
    """A noun event told of by a verb of recounting ('recalled earlier visits'): its teller is no party."""
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"dobj", "pobj", "prep", "conj", "appos"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur.lemma_.lower() in RECOUNT_VERBS
    return False


#: plural subjects that stand for all parties told before ('both sides are due to review'): each is a
#: participant of the planned event, neither source nor target
COLLECTIVE_SUBJECTS = GROUP_WORDS | {"they", "them"}
#: verbs whose object is the topic talked about, not a party ('discussed US sanctions with X')
TOPICAL_VERBS = {"discuss", "negotiate"}
#: prepositions whose object is another party of the trigger ('talks with X', 'a meeting between X and Y')
PARTY_PREPS = {"with", "between", "among", "of", "for", "from"}
#: of those, the ones that make every object an equal participant
MUTUAL_PREPS = {"between", "among"}
#: meeting verbs whose subject may be a group ('the opposition leaders met the minister'); not a host's or a
#: guest's verb ('the government welcomed the statement' is no meeting)
GROUP_MEETING_VERBS = {"meet", "talk"}
#: of the other meeting verbs, those whose subject may be a group of office holders ('the foreign minister visited
#: Lima', 'officials discussed the dam with X'), not tourists or students ('tourists visited Lima' is no meeting)
OFFICE_MEETING_VERBS = {"discuss", "negotiate", "phone", "telephone", "ring", "call"} | ARRIVAL_VERBS  # phoning too
#: prepositions whose group object is the other party of a meeting ('talks with miners', 'met with senators')
GROUP_PARTY_PREPS = {"with", "between", "among"}
#: an adverbial clause of another time with a subject of its own ('the first test since President X took office',
#: 'after Prime Minister Y resigned') tells another happening: its persons are no counterparts of the event before
#: it; a clause of the same moment ('signed six accords while Presidents X and Y looked on', 'as X wrapped up a
#: tour') tells who was there, and its persons stay
OWN_CLAUSE_DEPS = {"advcl"}
OTHER_TIME_MARKS = {"since", "after", "before", "until", "till", "once"}
#: prepositions from a motion verb to the meeting it is for ('will travel to Beijing for talks with X')
PURPOSE_PREPS = {"for", "to"}
#: possessives that tie a noun event to the last subject person ('his visit')
PERSONAL_POSSESSIVES = {"his", "her"}
#: stems of noun triggers whose 'to X' phrase names the state or body visited ('a visit to X', 'the trip to X')
DESTINATION_STEMS = ("visit", "trip")
#: prepositions of the other party of talks ('talks with X', 'talks between X and Y')
TALKS_PREPS = {"with", "between"}
#: verbs whose subject (or the one thanked for doing it) hosts the meeting that is their object
HOST_VERBS = {"host", "organize", "organise", "convene"}
#: prepositions of an arrival verb's destination ('arrived in X', 'will travel to X', 'landed at X')
DESTINATION_PREPS = {"to", "in", "at"}


class _Parties:
    """The (mention, role) pairs of one trigger in the order found; the first role a mention gets stays."""

    def __init__(self, trig: Token):
        self.trig = trig
        self.out: list[tuple[dict, str]] = []
        self.mutual: list[dict] = []  # the actors of the trigger noun's own 'between/among' phrase
        self.groups: list[tuple[dict, str]] = []  # group actors of arguments that name no one, kept for last

    def add_groups(self) -> None:
        """The group actors ('met the senators') in the roles that no named actor or fallback filled."""
        filled = {"source" if r == "source" else "other" for _, r in self.out}
        for m, role in self.groups:
            if ("source" if role == "source" else "other") not in filled:
                self.add([m], role)

    def add(self, ments: list[dict], role: str) -> None:
        for m in ments:
            if m["start_char"] <= self.trig.idx < m["end_char"]:
                continue
            if m.get("kind") == "city" and not places.capital_iso3(m["surface"]):
                continue  # 'toured Shanghai, Guilin and Chengdu': a city is where, not who (a capital is its state)
            if all(m["idx"] != o["idx"] for o, _ in self.out):
                self.out.append((m, role))

    def has(self, label: str | None = None, role: str | None = None, not_role: str | None = None) -> bool:
        return any(
            (label is None or m["label"] == label)
            and (role is None or r == role)
            and (not_role is None or r != not_role)
            for m, r in self.out
        )

    def rows(self) -> list[dict]:
        return [{"mention": m, "role": r} for m, r in self.out]


#: entity types of a place a visit noun's compound names as where the visit goes ('his Hanoi visit')
VISITED_PLACES = {"GPE", "LOC", "FAC"}


def _visited_place(noun: Token, c: Token) -> bool:
    """A visit noun's compound that names where the visit goes: a place ('Kerry's Hanoi visit', 'during his Mexico
    visit'), or any name when someone else's visit it is ('the Irish leader's White House visit'); the visitor
    stays a source ('a Trump visit', 'the Chinese visit')."""
    if c.dep_ != "compound" or NOUNS.get(noun.lower_, ("", None))[1] != "visit":
        return False
    return c.ent_type_ in VISITED_PLACES or (bool(c.ent_type_) and any(d.dep_ == "poss" for d in noun.children))


def trigger_participants(ctx: EventContext, trig: Token, obj_noun: Token | None, sent: Span) -> list[dict]:
    """[{mention, role}] for a trigger: subject = source, objects and with/by/between phrases = target."""
    parties = _Parties(trig)
    is_noun = trig.pos_ in {"NOUN", "PROPN"}
    if is_noun:
        for c in trig.children:
            if c.dep_ in {"poss", "compound", "amod", "nmod"}:
                role = "target" if _visited_place(trig, c) else "source"
                parties.add(arg_mentions(ctx, c, sent) + unnamed_countries(ctx, c), role)
    invited = is_noun and _add_invited(ctx, trig, sent, parties)  # 'invited X to a visit': X visits
    recounted = is_noun and _recounted(trig)
    if is_noun and (held_by := adjunct_source(trig)) is not None:
        parties.add(arg_mentions(ctx, held_by, sent), "source")  # 'After talks with X, Y said ...': Y met X
        met = [ctx.mention_of(t) for t in adjunct_counterparts(trig, held_by)]
        parties.add([m for m in met if m and m["label"] == "PERSON"], "target")
    _add_subjects(ctx, trig, sent, parties, is_noun, recounted or invited)
    if not is_noun:
        _add_objects(ctx, trig, sent, parties)
    for holder in [trig] + ([obj_noun] if obj_noun is not None else []):
        _add_prepositional(ctx, trig, holder, sent, parties)
    if not is_noun:
        _add_purpose_talks(ctx, trig, sent, parties)
    parties.add(_hosts(ctx, trig, sent), "participant")
    for acl in _involving_clauses(trig, obj_noun):
        for o in acl.children:  # 'hosted a meeting involving Maduro and Russian security officials'
            if o.dep_ in OBJ or o.dep_ == "agent":
                parties.add(
                    arg_mentions(ctx, o if o.dep_ != "agent" else next(iter(o.children), o), sent), "participant"
                )
    if recounted:
        return parties.rows()
    if is_noun and len({m["idx"] for m in parties.mutual}) >= 2:  # 'a meeting between A and B': its parties
        return [r for r in parties.rows() if any(r["mention"]["idx"] == m["idx"] for m in parties.mutual)]
    if is_noun and obj_noun == trig:
        parties.add([m for a in call_addressees(trig) for m in arg_mentions(ctx, a, sent)], "target")
        if (
            not parties.has(role="source")
            and ctx.last_subject_person
            and any(t.lower_ in PERSONAL_POSSESSIVES and t.dep_ == "poss" for t in trig.subtree)
        ):
            parties.add([ctx.last_subject_person], "source")
        parties.add_groups()
        return parties.rows()
    _add_fallbacks(ctx, trig, obj_noun, sent, parties)
    parties.add_groups()
    return parties.rows()


def _add_invited(ctx: EventContext, trig: Token, sent: Span, parties: _Parties) -> bool:
    """The parties of an event noun someone is invited to (``invited_parties``): who is invited takes part (the
    source), who invites hosts it (a target); True when the noun is so invited (its verb's subject is no
    source then)."""
    sides = invitation_sides(trig)
    if sides is None:
        return False
    parties.add([m for g in sides[0] for m in arg_mentions(ctx, g, sent)], "source")
    parties.add([m for h in sides[1] for m in arg_mentions(ctx, h, sent)], "target")
    return True


def mutual_sides(parts: list[dict]) -> list[dict]:
    """Two or more equal participants ('an agreement was reached between A and B') and no source: the first is
    the source and the others its targets, as the lexicon reads 'a ceasefire was agreed between A and B'."""
    mutual = [p for p in parts if p["role"] == "participant"]
    if len(mutual) < 2 or any(p["role"] == "source" for p in parts):
        return parts
    first = mutual[0]
    return [
        {**p, "role": "source" if p is first else "target" if p["role"] == "participant" else p["role"]} for p in parts
    ]


def _add_subjects(
    ctx: EventContext, trig: Token, sent: Span, parties: _Parties, is_noun: bool, recounted: bool
) -> None:
    """The subject (or, passive, the target) of the trigger or of the verb its noun hangs from."""
    told_after = is_noun and others_meeting(trig)  # 'said after a meeting of NATO ministers': not his meeting
    subj, passive = (
        (None, False) if recounted or told_after else trigger_subject(trig) if not is_noun else noun_subject(trig)
    )
    infinitive_subject = [] if is_noun else _headline_subject(ctx, trig)
    if infinitive_subject:
        parties.add(infinitive_subject, "source")
    elif subj is not None and not (is_noun and subj == trig):
        for s in [subj, *coordinated_subjects(subj), *(companions(subj) if not passive else [])]:
            ments = arg_mentions(ctx, s, sent)
            if not ments and verb_base(trig) in GROUP_MEETING_VERBS | OFFICE_MEETING_VERBS:
                groups = _group_parties(s, conj=False)  # 'opposition leaders met the minister'
                if verb_base(trig) in OFFICE_MEETING_VERBS:
                    groups = [g for g in groups if g.get("group") in OFFICE_GROUPS]  # 'the minister visited X'
                parties.groups += [(g, "target" if passive else "source") for g in groups]
            raised = s.dep_ == "nsubjpass" and not passive  # 'X is expected to meet': X meets
            collective = raised and len(ments) > 1 and s.lower_ in COLLECTIVE_SUBJECTS  # 'the two sides are ...'
            parties.add(ments, "participant" if collective else "target" if passive else "source")


def _add_objects(ctx: EventContext, trig: Token, sent: Span, parties: _Parties) -> None:
    """A verb trigger's objects are its targets; a topic's object only when it is a person."""
    topical = verb_base(trig) in TOPICAL_VERBS
    for o in verb_objects(trig):
        if o.dep_ == "nsubjpass":
            continue
        ments = arg_mentions(ctx, o, sent)
        if not ments:
            parties.groups += [(g, "target") for g in _group_parties(o)]
        if topical:  # 'discussed US sanctions with X': the object is the topic, not a party
            ments = [m for m in ments if m["label"] == "PERSON"]
            for prep in o.children:  # ... and the parse may hang 'with X' on the topic
                if prep.dep_ == "prep" and prep.lower_ == "with":
                    for p in prep.children:
                        ments += [m for m in arg_mentions(ctx, p, sent) if m not in ments]
        if o.lower_ in AGREE_OBJECTS:  # 'signed a trade deal with Canada': the partner
            ments += [m for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "with"
                      for p in prep.children for m in arg_mentions(ctx, p, sent) if m not in ments]  # fmt: skip
        if _aid_noun(o):  # 'pledged aid to Nepal': the recipient
            ments += [m for prep in o.children if prep.lower_ == "to" for p in prep.children
                      for m in arg_mentions(ctx, p, sent) if m not in ments]  # fmt: skip
        parties.add(ments, "target")


def _add_prepositional(ctx: EventContext, trig: Token, holder: Token, sent: Span, parties: _Parties) -> None:
    """by-phrases (source), with/between/of-phrases (target or participant), 'visit to X' (target)."""
    for prep in holder.children:
        if prep.dep_ == "agent" or prep.lower_ == "by":
            for p in (p for a in same_preps(prep) for p in a.children if p.dep_ != "conj"):
                parties.add(arg_mentions(ctx, p, sent), "source")
        elif prep.dep_ == "prep" and prep.lower_ in PARTY_PREPS:
            role = "participant" if prep.lower_ in MUTUAL_PREPS or _joint_of(holder, trig, prep) else "target"
            for p in (p for a in same_preps(prep) for p in a.children):  # 'spoke with X and with Y'
                if p.dep_ == "pobj":
                    ments = [m for m in arg_mentions(ctx, p, sent) if m["label"] != "GPE" or prep.lower_ != "of"]
                    if not ments and prep.lower_ in GROUP_PARTY_PREPS:
                        parties.groups += [(g, role) for g in _group_parties(p)]  # 'talks with striking miners'
                    parties.add(ments, role)
                    if role == "participant" and (holder is trig or prep.lower_ in MUTUAL_PREPS):
                        parties.mutual += ments  # (and 'an agreement was reached between A and B')
        elif prep.dep_ == "prep" and prep.lower_ == "to" and holder is not trig and _aid_noun(holder):
            for p in prep.children:  # 'pledged aid to Nepal': the recipient
                if p.dep_ == "pobj":
                    parties.add(arg_mentions(ctx, p, sent), "target")
        elif prep.dep_ == "prep" and prep.lower_ == "to" and holder.lower_.startswith(DESTINATION_STEMS):
            own = _visitor_states(ctx, parties)  # (not the visitor's own state: 'a visit to a US warship')
            for p in prep.children:  # 'visit to Cuba', 'paid a visit to Hanoi', 'a visit to the Interior Ministry'
                ments = [_capital_state(m, p) for m in np_mentions(ctx, p) if m["label"] in {"GPE", "ORG"}]
                parties.add([m for m in ments if _state_iso3(m) not in own or m["label"] != "GPE"], "target")
        elif prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS and holder is trig:
            parties.add(_host_states(ctx, trig, prep, parties), "target")


def _joint_of(holder: Token, trig: Token, prep: Token) -> bool:
    """A meeting noun's 'of' phrase that names two or more parties ('a meeting of Russian lawmakers and the
    committee'): they meet each other, equal participants, as in 'a meeting between A and B'."""
    return holder is trig and trig.pos_ == "NOUN" and prep.lower_ == "of" and any(p.conjuncts for p in prep.children)


def _group_parties(head: Token, conj: bool = True) -> list[dict]:
    """Group actors an argument names when it names no one ('met the senators', 'met students and teachers',
    'the miners' leaders met the minister'): one pseudo-mention per (coordinated) group noun; none for an
    audience ('met reporters')."""
    found = [group_actor(t) for t in (head, *(head.conjuncts if conj else ())) if meeting_group(t) is not None]
    return [m for m in found if m is not None]


def _capital_state(m: dict, tok: Token) -> dict:
    """A capital named as where a visit goes stands for its state, the host (an unnamed state actor, so that it
    is not read as the place only); other mentions stay as they are."""
    iso3 = m["label"] == "GPE" and not places.country_iso3(m["surface"]) and places.capital_iso3(m["surface"])
    return {**m, "idx": -1 - tok.i, "country_iso3": iso3, "unnamed": True} if iso3 else m


def _visitor_states(ctx: EventContext, parties: _Parties) -> set[str]:
    """Countries of a visit's named sources (a person's, a state's): the states they are at home in."""
    own = {ctx.person_country.get(m["idx"]) or _state_iso3(m) for m, r in parties.out if r == "source"}
    return own - {None}


def _state_iso3(m: dict) -> str | None:
    """The state a mention names (a country, an unnamed state actor), else None."""
    return m.get("country_iso3") if m.get("unnamed") else places.country_iso3(m["surface"])


def _host_states(ctx: EventContext, trig: Token, prep: Token, parties: _Parties) -> list[dict]:
    """The state an arrival verb's destination names ('arrived in Hanoi', 'will travel to Peru', 'flew to
    Lima'), when a named visitor or office holder arrives (not tourists, not a crowd): a country, or the state
    of its capital. Not a city that is no capital ('landed in Ohio'), nor the visitor's own state (a leader
    coming home)."""
    if verb_base(trig) not in ARRIVAL_VERBS - {"visit"} and (trig.lemma_.lower() != "fly" or prep.lower_ != "to"):
        return []
    office = [m for m, r in parties.groups if r == "source" and m.get("group") in OFFICE_GROUPS]
    if not office and not any(r == "source" and not m.get("group") for m, r in parties.out):
        return []  # (an office holder told by title arrives too: 'the Indian foreign minister arrived in X')
    own = _visitor_states(ctx, parties) | {m.get("country_iso3") for m in office} - {None}
    out = []
    for p in prep.children:
        for m in np_mentions(ctx, p) if p.dep_ == "pobj" else []:
            host = _capital_state(m, p) if m["label"] == "GPE" else m
            iso3 = host.get("country_iso3") if host is not m else places.country_iso3(m["surface"])
            if iso3 and iso3 not in own:
                out.append(host)
    return out


def _aid_noun(noun: Token) -> bool:
    """A noun of giving aid ('aid', 'assistance'), whose 'to' phrase names the recipient."""
    found = NOUNS.get(noun.lower_) or NOUNS.get(noun.lemma_.lower())
    return bool(found) and found[0] == "AID"


def _add_purpose_talks(ctx: EventContext, trig: Token, sent: Span, parties: _Parties) -> None:
    """'will travel to Beijing for talks with Xi Jinping': the other party of the talks a verb is for; 'arrived
    in Ankara to see Erdogan': the one a visit's purpose infinitive meets (``visit_purposes``)."""
    arrival = verb_base(trig) in ARRIVAL_VERBS or trig.lemma_.lower() == "fly"
    add_purpose_hosts(trig, arrival, lambda h: arg_mentions(ctx, h, sent), parties.add)
    for prep in trig.children:
        if prep.dep_ != "prep" or prep.lower_ not in PURPOSE_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in NOUNS or NOUNS[noun.lower_][0] != "CONSULT":
                continue
            for w in noun.children:
                if w.dep_ == "prep" and w.lower_ in TALKS_PREPS:
                    for p in w.children:
                        parties.add(arg_mentions(ctx, p, sent), "target")


def _add_fallbacks(ctx: EventContext, trig: Token, obj_noun: Token | None, sent: Span, parties: _Parties) -> None:
    """Parser fallbacks for a verb trigger or a verb-governed noun: nearest person before (source), persons of
    the governing clause, the speaker, persons after the trigger, the host of an invitation."""
    if not parties.has(label="PERSON", role="source") and not _reduced_relative(trig):
        parties.add(_nearest_before(ctx, trig, sent), "source")
    if sum(m["label"] == "PERSON" for m, _ in parties.out) < 2:
        parties.add(_governing_clause_persons(ctx, trig, sent), "target")
    if not parties.has(label="PERSON"):
        parties.add(_speaker(ctx, trig, sent), "source")
    if not parties.has(not_role="source") and _takes_counterpart(trig, obj_noun):
        parties.add(_persons_after(ctx, trig, sent), "target")
    _add_invitation_host(ctx, trig, sent, parties.add)


def _reduced_relative(trig: Token) -> bool:
    """A past participle describing a noun ('a dinner hosted by X', 'talks chaired by Y'): the person named
    before that noun is no subject of it; its 'by' phrase names who acts."""
    return trig.dep_ == "acl" and trig.tag_ == "VBN"


def _involving_clauses(trig: Token, obj_noun: Token | None) -> list[Token]:
    """'involving X' / 'attended by X' clauses on the trigger, its event noun or the verb's objects."""
    holders = [trig] + ([obj_noun] if obj_noun is not None else [])
    if trig.pos_ not in {"NOUN", "PROPN"}:
        holders += [o for o in verb_objects(trig) if o.lower_ in NOUNS]
    return [c for h in holders for c in h.children if c.dep_ == "acl" and c.lower_ in INVOLVING]


def _headline_subject(ctx: EventContext, trig: Token) -> list[dict]:
    """The actor named right before an infinitive's 'to' is its subject, whatever the parser attached it
    to: headline style ('..., Ruritania to supply its neighbours with fuel') and object control
    ('invited Putin to visit')."""
    to = [c for c in trig.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == trig.i - 1]
    if not to or to[0].i == 0:
        return []
    m = ctx.mention_of(ctx.doc[to[0].i - 1])
    return [m] if m and m["label"] in ACTOR_LABELS - {"NORP"} else []


def _governing_clause_persons(ctx: EventContext, trig: Token, sent: Span) -> list[dict]:
    """'X hailed Y after Y's plane touched down': persons of the clause an arrival/visit hangs off."""
    if verb_base(trig) not in ARRIVAL_VERBS:
        return []
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"advcl", "pcomp", "pobj", "prep"} or cur.head.i == cur.i:
            return []
        cur = cur.head
        if cur.pos_ == "VERB":
            found = []
            for c in cur.children:
                if c.dep_ in SUBJ | OBJ:
                    found += [m for m in np_mentions(ctx, c) if m["label"] == "PERSON"]
            return found
    return []


def _nearest_before(ctx: EventContext, trig: Token, sent: Span) -> list[dict]:
    """Parser fallback: the closest person (or pronoun / title description) before the trigger in its
    sentence, within a short window and not across another event verb."""
    for t in reversed(sent[: trig.i - sent.start]):
        if trig.i - t.i > 18 or (t.pos_ == "VERB" and t.i != trig.i and is_trigger_verb(t)):
            break
        m = ctx.mention_of(t)
        if m and m["label"] == "PERSON":
            return [m]
        if t.lower_ in PRONOUNS and t.dep_ in SUBJ:
            return resolve_description(ctx, t, sent)
    return []


def _takes_counterpart(trig: Token, obj_noun: Token | None) -> bool:
    """Triggers whose other party usually follows them ('met X', 'talks with X', 'signed ... with X')."""
    words = {trig.lower_} | ({obj_noun.lower_} if obj_noun is not None else set())
    return bool(words & COUNTERPART_WORDS)


def _persons_after(ctx: EventContext, trig: Token, sent: Span) -> list[dict]:
    """Parser fallback: persons after the trigger up to the next event verb or clause break."""
    found: list[dict] = []
    start = (trig.i - sent.start) + 1
    for t in sent[start:]:
        if t.i - trig.i > 25 or t.text in {";", ":"} or (t.pos_ == "VERB" and is_trigger_verb(t)):
            break
        if t.lower_ in REPORTING_WORDS or (t.dep_ == "cc" and t.lower_ in CONTRAST_CONJUNCTIONS):
            break
        if any(a.dep_ == "prep" and a.lower_ in ABSENCE_PREPS for a in t.ancestors if a.i > trig.i):
            continue  # 'met on Friday without President X': X took no part
        if any(a.dep_ in OWN_CLAUSE_DEPS and _other_time_clause(a) for a in t.ancestors if a.i > trig.i):
            continue  # 'the first since President X took office': X acts at another time
        if venue_word(t, trig):
            continue  # 'met senators on Capitol Hill': where they met
        m = ctx.mention_of(t)
        if m and m["label"] in {"PERSON", "ORG"} and m not in found and (m["label"] == "PERSON" or person_like(m)):
            found.append(m)
    return found


def _other_time_clause(verb: Token) -> bool:
    kids = list(verb.children)
    return any(c.dep_ in SUBJ for c in kids) and any(c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in kids)


def _speaker(ctx: EventContext, trig: Token, sent: Span) -> list[dict]:
    """Subject of a reporting verb governing the trigger ('the Russian side briefed X, Lavrov said')."""
    root = sent.root
    if root == trig or verb_base(root):
        return []
    if root.lower_ in SPEAKER_VERBS:
        subj = [c for c in root.children if c.dep_ in SUBJ]
        if subj:
            return [m for m in arg_mentions(ctx, subj[0], sent) if m["label"] == "PERSON"]
    return []


def _hosts(ctx: EventContext, trig: Token, sent: Span) -> list[dict]:
    """Who hosts a meeting noun ('Brazil hosted the talks'; 'thanked Brazil for hosting the talks', 'their
    gratitude to Brazil for hosting the talks'): the host takes part in the meeting it hosts."""
    verb = trig if trig.pos_ == "VERB" else trig.head if trig.dep_ == "dobj" else None
    if verb is None or (verb.lemma_ or verb.lower_).lower() not in HOST_VERBS:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and verb.i != trig.i]  # (a verb's are sources)
    if subjects:
        return [m for s in subjects for m in arg_mentions(ctx, s, sent)]
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for":
        return []
    holder = verb.head.head  # 'thanked Brazil for ...' / 'gratitude to Brazil for ...'
    heads = [c for c in holder.children if c.dep_ in {"dobj", "dative"}] + [holder]
    heads += [p for h in list(heads) for prep in h.children if prep.lower_ == "to" for p in prep.children]
    out: list[dict] = []
    for h in heads:
        if h.dep_ in {"dobj", "dative", "pobj"}:
            out += [m for m in arg_mentions(ctx, h, sent) if m not in out]
    return out


def _add_invitation_host(ctx: EventContext, trig: Token, sent: Span, add) -> None:
    """'came ... invited by her counterpart X': the host is a target of the visit."""
    if verb_base(trig) not in ARRIVAL_VERBS:
        return
    for t in trig.subtree:
        if t.lower_ == "invitation":
            for p in t.children:
                if p.lower_ == "of":
                    for o in p.children:
                        add(arg_mentions(ctx, o, sent), "target")
