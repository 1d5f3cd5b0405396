"""Participants of a hand-coded trigger with their roles: subject = source; objects and with/between/by
phrases = target or participant; parser fallbacks for the nearest person before or after the trigger."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract import places
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_lexicon import INVOLVING, NOUNS, PRONOUNS, RECOUNT_VERBS
from sitrep.extract.event_mentions import arg_mentions, np_mentions, person_like, resolve_description, unnamed_countries
from sitrep.extract.event_syntax import (
    ACTOR_LABELS,
    OBJ,
    SUBJ,
    coordinated_subjects,
    is_trigger_verb,
    noun_subject,
    trigger_subject,
    verb_base,
    verb_objects,
)


def _recounted(trig: Token) -> bool:
    """A noun event told of by a verb of recounting ('recalled earlier visits'): its teller is no party."""
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"dobj", "pobj", "prep", "conj", "appos"} or cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur.lemma_.lower() in RECOUNT_VERBS
    return False


def trigger_participants(ctx: EventContext, trig: Token, obj_noun: Token | None, sent: Span) -> list[dict]:
    """[{mention, role}] for a trigger: subject = source, objects and with/by/between phrases = target."""
    out: list[tuple[dict, str]] = []

    def add(ments: list[dict], role: str) -> None:
        for m in ments:
            if m["start_char"] <= trig.idx < m["end_char"]:
                continue
            if m.get("kind") == "city" and not places.capital_iso3(m["surface"]):
                continue  # 'toured Shanghai, Guilin and Chengdu': a city is where, not who (a capital is its state)
            if all(m["idx"] != o["idx"] for o, _ in out):
                out.append((m, role))

    is_noun = trig.pos_ in {"NOUN", "PROPN"}
    passive = False
    if is_noun:
        for c in trig.children:
            if c.dep_ in {"poss", "compound", "amod", "nmod"}:
                add(arg_mentions(ctx, c, sent) + unnamed_countries(ctx, c), "source")
    recounted = is_noun and _recounted(trig)
    subj, passive = (None, False) if recounted else trigger_subject(trig) if not is_noun else noun_subject(trig)
    infinitive_subject = [] if is_noun else _headline_subject(ctx, trig)
    if infinitive_subject:
        add(infinitive_subject, "source")
    elif subj is not None and not (is_noun and subj == trig):
        for s in [subj, *coordinated_subjects(subj)]:
            add(arg_mentions(ctx, s, sent), "target" if passive else "source")
    if not is_noun:
        topical = verb_base(trig) in {"discuss", "negotiate"}
        for o in verb_objects(trig):
            if o.dep_ != "nsubjpass":
                ments = arg_mentions(ctx, o, sent)
                if topical:  # 'discussed US sanctions with X': the object is the topic, not a party
                    ments = [m for m in ments if m["label"] == "PERSON"]
                    for prep in o.children:  # ... and the parse may hang 'with X' on the topic
                        if prep.dep_ == "prep" and prep.lower_ == "with":
                            for p in prep.children:
                                ments += [m for m in arg_mentions(ctx, p, sent) if m not in ments]
                add(ments, "target")
    for holder in [trig] + ([obj_noun] if obj_noun is not None else []):
        for prep in holder.children:
            if prep.dep_ == "agent" or prep.lower_ == "by":
                for p in prep.children:
                    add(arg_mentions(ctx, p, sent), "source")
                passive = True
            elif prep.dep_ == "prep" and prep.lower_ in {"with", "between", "among", "of", "for", "from"}:
                role = "participant" if prep.lower_ in {"between", "among"} else "target"
                for p in prep.children:
                    if p.dep_ == "pobj":
                        add([m for m in arg_mentions(ctx, p, sent) if m["label"] != "GPE" or prep.lower_ != "of"], role)
            elif prep.dep_ == "prep" and prep.lower_ == "to" and trig.lower_.startswith(("visit", "trip")):
                for p in prep.children:  # 'visit to Cuba', 'a visit to the Interior Ministry's headquarters'
                    add([m for m in np_mentions(ctx, p) if m["label"] in {"GPE", "ORG"}], "target")
    if not is_noun:
        for prep in trig.children:  # 'will travel to Beijing for talks with Xi Jinping'
            if prep.dep_ == "prep" and prep.lower_ in {"for", "to"}:
                for noun in prep.children:
                    if noun.dep_ == "pobj" and noun.lower_ in NOUNS and NOUNS[noun.lower_][0] == "CONSULT":
                        for w in noun.children:
                            if w.dep_ == "prep" and w.lower_ in {"with", "between"}:
                                for p in w.children:
                                    add(arg_mentions(ctx, p, sent), "target")
    for acl in _involving_clauses(trig, obj_noun):
        for o in acl.children:  # 'hosted a meeting involving Maduro and Russian security officials'
            if o.dep_ in OBJ or o.dep_ == "agent":
                add(arg_mentions(ctx, o if o.dep_ != "agent" else next(iter(o.children), o), sent), "participant")
    if recounted:
        return _noun_participants(out)
    if is_noun and obj_noun == trig:
        if (
            not any(r == "source" for _, r in out)
            and ctx.last_subject_person
            and any(t.lower_ in {"his", "her"} and t.dep_ == "poss" for t in trig.subtree)
        ):
            add([ctx.last_subject_person], "source")
        return _noun_participants(out)
    if not any(m["label"] == "PERSON" and r == "source" for m, r in out):
        add(_nearest_before(ctx, trig, sent), "source")
    if sum(m["label"] == "PERSON" for m, _ in out) < 2:
        add(_governing_clause_persons(ctx, trig, sent), "target")
    if not any(m["label"] == "PERSON" for m, _ in out):
        add(_speaker(ctx, trig, sent), "source")
    if not any(r != "source" for _, r in out) and _takes_counterpart(trig, obj_noun):
        add(_persons_after(ctx, trig, sent), "target")
    _add_invitation_host(ctx, trig, sent, add)
    return [{"mention": m, "role": r} for m, r in out]


def _involving_clauses(trig: Token, obj_noun: Token | None) -> list[Token]:
    """'involving X' / 'attended by X' clauses on the trigger, its event noun or the verb's objects."""
    holders = [trig] + ([obj_noun] if obj_noun is not None else [])
    if trig.pos_ not in {"NOUN", "PROPN"}:
        holders += [o for o in verb_objects(trig) if o.lower_ in NOUNS]
    return [c for h in holders for c in h.children if c.dep_ == "acl" and c.lower_ in INVOLVING]


def _headline_subject(ctx: EventContext, trig: Token) -> list[dict]:
    """The actor named right before an infinitive's 'to' is its subject, whatever the parser attached it
    to: headline style ('..., Russia to provide African countries with grain') and object control
    ('invited Putin to visit')."""
    to = [c for c in trig.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == trig.i - 1]
    if not to or to[0].i == 0:
        return []
    m = ctx.mention_of(ctx.doc[to[0].i - 1])
    return [m] if m and m["label"] in ACTOR_LABELS - {"NORP"} else []


def _noun_participants(out: list[tuple[dict, str]]) -> list[dict]:
    """Noun triggers ('talks', 'agreements', 'visit') keep only arguments the parse ties to them."""
    return [{"mention": m, "role": r} for m, r in out]


def _governing_clause_persons(ctx: EventContext, trig: Token, sent: Span) -> list[dict]:
    """'X hailed Y after Y's plane touched down': persons of the clause an arrival/visit hangs off."""
    if verb_base(trig) not in {"arrive", "land", "visit", "travel"}:
        return []
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"advcl", "pcomp", "pobj", "prep"} or cur.head is cur:
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
    return bool(
        words
        & {
            "meet",
            "met",
            "meets",
            "meeting",
            "talks",
            "hold",
            "held",
            "holds",
            "visit",
            "visited",
            "received",
            "receives",
            "welcomed",
            "greeted",
            "hosted",
            "signed",
            "consultations",
            "discussions",
            "agreements",
            "accords",
            "memorandum",
        }
    )


def _persons_after(ctx: EventContext, trig: Token, sent: Span) -> list[dict]:
    """Parser fallback: persons after the trigger up to the next event verb or clause break."""
    found: list[dict] = []
    start = (trig.i - sent.start) + 1
    for t in sent[start:]:
        if t.i - trig.i > 25 or t.text in {";", ":"} or (t.pos_ == "VERB" and is_trigger_verb(t)):
            break
        if t.lower_ in {"said", "told", "reported", "says", "according"}:
            break
        m = ctx.mention_of(t)
        if m and m["label"] in {"PERSON", "ORG"} and m not in found and (m["label"] == "PERSON" or person_like(m)):
            found.append(m)
    return found


def _speaker(ctx: EventContext, trig: Token, sent: Span) -> list[dict]:
    """Subject of a reporting verb governing the trigger ('the Russian side briefed X, Lavrov said')."""
    root = sent.root
    if root == trig or verb_base(root):
        return []
    if root.lower_ in {"said", "says", "told", "added", "stated", "announced", "noted"}:
        subj = [c for c in root.children if c.dep_ in SUBJ]
        if subj:
            return [m for m in arg_mentions(ctx, subj[0], sent) if m["label"] == "PERSON"]
    return []


def _add_invitation_host(ctx: EventContext, trig: Token, sent: Span, add) -> None:
    """'arrived ... at the invitation of his counterpart X': the host is a target of the visit."""
    if verb_base(trig) not in {"arrive", "land", "visit", "travel"}:
        return
    for t in trig.subtree:
        if t.lower_ == "invitation":
            for p in t.children:
                if p.lower_ == "of":
                    for o in p.children:
                        add(arg_mentions(ctx, o, sent), "target")
