"""The hand-coded trigger rules for meetings, visits, signings and aid (``trigger_type``): a verb or noun
of the lexicon in its syntactic context, with the readings that are no event ruled out ('met the criteria',
'a visiting professor', 'received 14,000 calls'). Every other category comes from ``event_triggers``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.adjunct_meetings import held_in_adjunct
from sitrep.extract.call_nouns import named_call
from sitrep.extract.event_arg_groups import group_of
from sitrep.extract.event_arg_words import HOSTED_NOUNS, PLACE_NOUNS, VENUE_NOUNS
from sitrep.extract.event_lexicon import (
    AGREE_OBJECTS,
    AID_OBJECTS,
    CONCLUDE_VERBS,
    LIGHT_VERBS,
    NOUNS,
    OBJECT_ONLY_NOUNS,
    VERBS,
)
from sitrep.extract.event_syntax import OBJ, lemma, verb_base, verb_objects
from sitrep.extract.spacy_ids import NOUN, PROPN

if TYPE_CHECKING:
    from spacy.tokens import Token

#: words anywhere under a giving verb that make it aid ('provide free fuel', 'pledged grain')
AID_WORDS = {"free", "credit", "credits", "investment", "loan", "loans", "aid", "grain"}
#: objects of 'write' that make it debt relief ('wrote off the debts')
DEBT_NOUNS = {"debt", "debts"}
#: prepositions that make 'attack' verbal ('attacked X for ...', 'attacked X over ...')
ACCUSE_PREPS = {"for", "over"}
#: verbs of giving that are aid only with an aid object ('provided loans', not 'provided details')
GIVING_VERBS = {"provide", "grant"}
#: prepositions a landing needs to be an arrival ('landed in X', 'landed at the airport')
LANDING_PREPS = {"in", "at"}
#: parts of speech of a meeting noun (spaCy's ids)
_NOMINAL_POS = {NOUN, PROPN}
#: verbs of talking that are no event as modifiers ('talking points', 'briefing notes')
TALK_VERBS = {"talk", "discuss", "brief"}
#: verbs of hosting whose objects must be guests ('received the delegation', not 'received calls')
HOSTING_VERBS = {"receive", "host", "welcome", "greet"}

#: meeting verbs whose object may be a place or venue ('visited the plant', 'toured the port')
PLACE_VISIT_VERBS = {"visit", "tour"}
#: groups one meets as an audience, not as a party to talks ('met reporters after the vote')
AUDIENCE_GROUPS = {"journalists"}
#: prepositions of opposition: a talk verb with one is criticism, no meeting ('spoke out against the plan')
OPPOSING_PREPS = {"against"}
#: the one particle a phone call takes ('called back'); with any other 'call' is another verb ('called out the
#: caucus' is criticism, 'called off the strike' a cancellation, 'called up reservists' a mobilisation)
PHONE_PARTICLES = {"back"}
#: determiners of a meeting already known to the reader ('called the summit a success')
DEFINITE = {"the", "this", "that", "these", "those"}
#: verbs the lexicon reads as a phone call (CONSULT, mode phone)
PHONE_VERBS = {"call", "phone", "telephone", "ring"}


def meeting_group(tok: Token) -> tuple[str, str] | None:
    """(group, entity type) of a group noun that can be the other party of a meeting ('met the senators',
    'talks with striking miners', 'met leaders of the opposition'); None for an audience ('met reporters')."""
    found = group_of(tok)
    return found if found and found[0] not in AUDIENCE_GROUPS else None


def trigger_type(tok: Token) -> tuple[str, str | None, Token | None] | None:
    """(event_type, mode, object-noun token) when ``tok`` is an event trigger in its context."""
    base = verb_base(tok)
    if base in LIGHT_VERBS:
        return _light_verb_type(base, verb_objects(tok))
    if base in VERBS:
        return _verb_type(tok, base)
    if tok.pos in _NOMINAL_POS and tok.lower_ in NOUNS:
        return _noun_type(tok)
    return None


def _light_verb_type(base: str, objs: list[Token]) -> tuple[str, str | None, Token | None] | None:
    """A light verb with a meeting or agreement noun ('held talks', 'reached an agreement')."""
    for o in objs:
        if o.lower_ in NOUNS and NOUNS[o.lower_][0] in {"CONSULT", "AGREE"}:
            return (*NOUNS[o.lower_], o)
        if base == "write" and o.lower_ in DEBT_NOUNS:
            return "AID", None, o  # PLOVER AID has no modes (the manual: debt forgiveness is AID)
    return None


def _verb_type(tok: Token, base: str) -> tuple[str, str | None, Token | None] | None:
    """A trigger verb of the lexicon, unless its context shows a reading that is no event."""
    etype, mode = VERBS[base]
    objs = verb_objects(tok)
    obj_words = {o.lower_ for o in objs}
    if tok.dep_ in {"relcl", "acl"} and not objs:
        obj_words = obj_words | {tok.head.lower_}  # 'the deal their leaders had struck'
    if base == "strike" and obj_words & AGREE_OBJECTS:
        return "AGREE", None, None  # 'struck a deal'
    if base == "attack" and any(c.dep_ == "prep" and c.lower_ in ACCUSE_PREPS for c in tok.children):
        return "ACCUSE", None, None  # 'attacked Democrats for sinking the bill': words, not force
    if etype == "AGREE" and not obj_words & AGREE_OBJECTS:
        return None
    if etype == "CONSULT" and _no_meeting(tok, base, objs):
        return None
    if etype == "AID" and base in GIVING_VERBS and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children):
        return None  # 'promised to free the prisoners': the promise is of the complement's act (the lexicon codes it)
    if (
        etype == "AID"
        and base in GIVING_VERBS
        and not (obj_words & AID_OBJECTS or any(_has_aid_word(c) for c in tok.subtree))
    ):
        return None
    if base == "land" and not any(c.dep_ == "prep" and c.lower_ in LANDING_PREPS for c in tok.children):
        return None
    if base in TALK_VERBS and tok.dep_ in {"amod", "compound"}:
        return None
    if base in HOSTING_VERBS and any(
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


def _no_meeting(tok: Token, base: str, objs: list[Token]) -> bool:
    """A meeting verb used as a modifier ('a visiting professor', 'the talking points') or with a thing
    for its object ('met the criteria', 'met with resistance', 'visited their home')."""
    if tok.tag_ == "VBG" and tok.dep_ in {"amod", "compound", "acl"} and tok.head.pos_ == "NOUN":
        return True
    if _against(tok):
        return True  # 'spoke out against the test': criticism (the lexicon codes it), not a meeting
    return _non_actor_object(tok, base, objs)


def _against(tok: Token) -> bool:
    """The verb (or its particle) governs an opposing preposition ('spoke against', 'spoke out against')."""
    heads = [tok] + [c for c in tok.children if c.dep_ in {"prt", "advmod"}]
    return any(c.dep_ == "prep" and c.lower_ in OPPOSING_PREPS for h in heads for c in h.children)


def no_phone_call(tok: Token) -> bool:
    """The lexicon's verb of phoning ('call', a CAMEO default) read in another sense (``_no_call``)."""
    return tok.pos_ in {"VERB", "AUX"} and lemma(tok) in PHONE_VERBS and _no_call(tok, verb_objects(tok))


def named_meeting(tok: Token) -> bool:
    """A meeting noun named and judged by a 'call' that is no phone call ('called the summit a success'): a
    meeting told about, not a new one; a definite one ('the', a possessor), not one convened ('called a summit')."""
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in tok.children)
    return tok.pos_ == "NOUN" and tok.dep_ in OBJ and definite and no_phone_call(tok.head)


def _no_call(tok: Token, objs: list[Token]) -> bool:
    """A 'call' that is no phone call: naming something ('called the move a disgrace', 'called the rhetoric
    overheated', 'called the ruling an unjust decision'), a phrasal verb ('called out the caucus', 'called off the
    vote'), a summons ('was called before the committee', 'were called to the scene by a neighbour'), or a thing as
    object ('called the refusal "a pity"')."""
    if any(c.dep_ == "oprd" for t in (tok, *objs) for c in t.children):
        return True
    if any(c.dep_ == "dobj" and c.pos_ == "NOUN" for o in objs if o.pos_ in {"NOUN", "PROPN"} for c in o.children):
        return True  # 'called the court's ruling an unjust decision': the name misparsed as the object's object
    if any(o.lower_ in NOUNS for o in objs):
        return True  # 'called the summit (with X) a success': one phones people, not a meeting (its noun codes it)
    if any(_quoted_epithet(o) for o in objs):
        return True  # 'called the Dutch "Nazi remnants"': an epithet in quotation marks names, one phones no quote
    if {c.lower_ for c in tok.children if c.dep_ == "prt"} - PHONE_PARTICLES:
        return True
    deps = {c.dep_ for c in tok.children}
    summoned = any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    if "auxpass" in deps and ("agent" not in deps or summoned):
        return True  # 'was called before the committee', 'had been called to the scene by a neighbour'
    return bool(objs) and all(_thing(o, HOSTED_NOUNS) and meeting_group(o) is None for o in objs)


def _quoted_epithet(o: Token) -> bool:
    """A common noun object whose words open with a quotation mark after the verb ('calling the Dutch "Nazi
    remnants"', 'called him "a coward"'): a name given, no one phoned."""
    return o.pos_ == "NOUN" and any(t.is_quote and t.i < o.i and t.i > o.left_edge.i - 1 for t in o.subtree)


def _thing(o: Token, allowed: set[str]) -> bool:
    """A common noun for no party: not one of ``allowed``, no named actor or place in its phrase."""
    return (
        o.pos_ == "NOUN"
        and o.lower_ not in allowed
        and not any(t.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"} for t in o.subtree)
    )


def _noun_type(tok: Token) -> tuple[str, str | None, Token | None] | None:
    """An event noun, unless a governing trigger verb codes its event or an agreement is only talked about."""
    if tok.lower_ in OBJECT_ONLY_NOUNS and not named_call(tok):  # ('in a phone call with X, Y said')
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
    thing = _thing
    if base == "meet":
        args = list(objs) + [
            p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children
        ]
        # 'met the senators', 'met with striking miners': a group is a party
        return bool(args) and all(thing(o, HOSTED_NOUNS) and meeting_group(o) is None for o in args)
    if base in PLACE_VISIT_VERBS:
        return bool(objs) and all(thing(o, HOSTED_NOUNS | VENUE_NOUNS | PLACE_NOUNS) for o in objs)
    return False


def _under_verb_trigger(tok: Token, etype: str) -> bool:
    """'arrived ... on a visit': the noun only restates the governing verb's event."""
    if held_in_adjunct(tok):
        return False  # 'speaking after talks with X': talks of their own
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"pobj", "prep", "dobj", "npadvmod"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        base = verb_base(cur)
        if base in VERBS and VERBS[base][0] == etype:
            return True
    return False


def _has_aid_word(tok: Token) -> bool:
    return tok.lower_ in AID_WORDS
