"""The hand-coded trigger rules for meetings, visits, signings and aid (``trigger_type``): a verb or noun
of the lexicon in its syntactic context, with the readings that are no event ruled out ('met the criteria',
'a visiting professor', 'received 14,000 calls'). Every other category comes from ``event_triggers``."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_lexicon import (
    AGREE_OBJECTS,
    AID_OBJECTS,
    CONCLUDE_VERBS,
    HOSTED_NOUNS,
    LIGHT_VERBS,
    NOUNS,
    OBJECT_ONLY_NOUNS,
    PLACE_NOUNS,
    VENUE_NOUNS,
    VERBS,
)
from sitrep.extract.event_syntax import OBJ, verb_base, verb_objects


def trigger_type(tok: Token) -> tuple[str, str | None, Token | None] | None:
    """(event_type, mode, object-noun token) when ``tok`` is an event trigger in its context."""
    base = verb_base(tok)
    objs = verb_objects(tok) if base else []
    obj_words = {o.lower_ for o in objs}
    if base in LIGHT_VERBS:
        for o in objs:
            if o.lower_ in NOUNS and NOUNS[o.lower_][0] in {"CONSULT", "AGREE"}:
                return (*NOUNS[o.lower_], o)
            if base == "write" and o.lower_ in {"debt", "debts"}:
                return "AID", "debt relief", o
        return None
    if base in VERBS:
        etype, mode = VERBS[base]
        if tok.dep_ in {"relcl", "acl"} and not objs:
            obj_words = obj_words | {tok.head.lower_}  # 'the deal their leaders had struck'
        if base == "strike" and obj_words & AGREE_OBJECTS:
            return "AGREE", None, None  # 'struck a deal'
        if base == "attack" and any(c.dep_ == "prep" and c.lower_ in {"for", "over"} for c in tok.children):
            return "ACCUSE", None, None  # 'attacked Democrats for sinking the bill': words, not force
        if etype == "AGREE" and not obj_words & AGREE_OBJECTS:
            return None
        if (
            etype == "CONSULT"
            and tok.tag_ == "VBG"
            and tok.dep_ in {"amod", "compound", "acl"}
            and tok.head.pos_ == "NOUN"
        ):
            return None  # 'a visiting professor', 'the talking points'
        if etype == "CONSULT" and _non_actor_object(tok, base, objs):
            return None  # 'met the criteria', 'met with resistance', 'visited their home'
        if (
            etype == "AID"
            and base in {"provide", "grant", "promise", "pledge"}
            and not (obj_words & AID_OBJECTS or any(_has_aid_word(c) for c in tok.subtree))
        ):
            return None
        if base == "land" and not any(c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in tok.children):
            return None
        if base in {"talk", "discuss", "brief"} and tok.dep_ in {"amod", "compound"}:
            return None
        if base in {"receive", "host", "welcome", "greet"} and any(
            (o.pos_ == "NOUN" and o.lower_ not in HOSTED_NOUNS) or o.pos_ in {"NUM", "SYM"} or o.like_num for o in objs
        ):
            return None  # 'received 14,000 calls', 'hosting the Olympics', 'will receive $2,100'
        if (
            base == "meet"
            and any(c.dep_ == "auxpass" for c in tok.children)
            and any(c.lower_ == "with" for c in tok.children)
        ):
            return None  # 'was met with criticism'
        return etype, mode, None
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in NOUNS:
        if tok.lower_ in OBJECT_ONLY_NOUNS:
            return None
        head_base = verb_base(tok.head) if tok.dep_ in OBJ | {"nsubjpass"} else None
        if head_base in VERBS or head_base in LIGHT_VERBS:
            return None  # the governing verb is the trigger
        etype, mode = NOUNS[tok.lower_]
        if _under_verb_trigger(tok, etype):
            return None
        if etype == "AGREE" and _agreement_only_mentioned(tok):
            return None
        return etype, mode, tok
    return None


def _agreement_only_mentioned(tok: Token) -> bool:
    """An agreement noun governed by a verb or noun that is no signing ('supported the free trade agreement',
    'praised the CETA agreement', 'our stance on the agreement with Iran'): an existing accord is talked
    about, nobody concludes one here."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in OBJ:
        return False
    if head is tok:
        return False
    base = verb_base(head)
    return base not in VERBS and base not in LIGHT_VERBS and base not in CONCLUDE_VERBS


def _non_actor_object(tok: Token, base: str, objs: list[Token]) -> bool:
    """A meet/visit whose object is a thing rather than a party or a place: 'met the eligibility
    criteria', 'failed to meet its goal', 'met with resistance', 'visit our plant', 'visited their home'."""

    def thing(o: Token, allowed: set[str]) -> bool:
        return (
            o.pos_ == "NOUN"
            and o.lower_ not in allowed
            and not any(t.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"} for t in o.subtree)
        )

    if base == "meet":
        args = list(objs) + [
            p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children
        ]
        return bool(args) and all(thing(o, HOSTED_NOUNS) for o in args)
    if base in {"visit", "tour"}:
        return bool(objs) and all(thing(o, HOSTED_NOUNS | VENUE_NOUNS | PLACE_NOUNS) for o in objs)
    return False


def _under_verb_trigger(tok: Token, etype: str) -> bool:
    """'arrived ... on a visit': the noun only restates the governing verb's event."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"pobj", "prep", "dobj", "npadvmod"} or cur.head is cur:
            return False
        cur = cur.head
        base = verb_base(cur)
        if base in VERBS and VERBS[base][0] == etype:
            return True
    return False


def _has_aid_word(tok: Token) -> bool:
    return tok.lower_ in {"free", "credit", "credits", "investment", "loan", "loans", "aid", "grain"}
