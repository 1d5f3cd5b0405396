"""Status of an event trigger: planned ('will meet', 'is expected to visit'), denied ('did not meet',
'cancelled the visit'), or occurred; and whether a planned event is only a wish (``aspired``)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import event_frames
from sitrep.extract.call_nouns import named_call
from sitrep.extract.event_lexicon import (
    ASPIRATION_WORDS,
    DENY_WORDS,
    FUTURE_AUX,
    LIGHT_VERBS,
    NEGATION_NEUTRAL,
    PLAN_WORDS,
    PROMISE_WORDS,
)
from sitrep.extract.event_syntax import (
    actor_relative_clause,
    governing_verb_tag,
    lemma,
    own_doer_clause,
    to_infinitive,
    verb_base,
)
from sitrep.extract.event_triggers import read_tsv
from sitrep.extract.fronted_claims import fronted_claim
from sitrep.extract.happening_phrases import later_happening
from sitrep.extract.hearsay_acts import hearsay_infinitive
from sitrep.extract.modal_names import aux_words
from sitrep.extract.rejected_claims import accusing_object, made_claim
from sitrep.extract.shared_negation import negated_conjunct, nor_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Token


def denied(trig: Token) -> bool:
    """Reported as not happening: 'did not meet', 'no talks were held', 'cancelled/postponed the visit',
    'refused to meet'. Not denial: 'media did not disclose a visit' (the visit happened)."""
    if any(c.dep_ == "neg" for c in trig.children):
        return True
    if any(c.dep_ == "neg" for a in trig.children if a.dep_ in {"aux", "auxpass"} for c in a.children):
        return True  # 'did not, in the end, visit Lima': the parse hangs the 'not' on the auxiliary
    if negated_conjunct(trig) or nor_conjunct(trig):
        return True  # 'did not attack Peru or threaten Bolivia', 'nor had they helped the police'
    if trig.pos_ in {"NOUN", "PROPN"} and _no_det(trig):
        return True
    if trig.pos_ in {"VERB", "AUX"} and any(c.dep_ in NONE_OBJECT_DEPS and _no_det(c) for c in trig.children):
        return True  # 'signed no agreement', 'gave no aid', 'no one was arrested': nothing was done
    head = trig.head
    if head == trig:
        return False
    if trig.dep_ in {"xcomp", "dobj", "nsubjpass", "ccomp"} and head.lower_ in DENY_WORDS - {"called"}:
        return not (fronted_claim(trig) or accusing_object(trig))  # ('X accused Y, a charge Y denied': it was made)
    if trig.dep_ == "xcomp" and _negated_governor(head):
        return True  # 'did not want to attack', 'was not willing to reject'
    if trig.dep_ == "advcl" and to_infinitive(trig) and lemma(head) == COPULA and _negated_governor(head):
        return True  # 'is not in a position right now to cooperate' (the parse hangs the act on 'is')

    return bool(
        trig.dep_ in {"dobj", "nsubjpass"}
        and verb_base(head) in LIGHT_VERBS | {"take"}
        and any(c.dep_ == "neg" for c in head.children)
    )


#: the copula: an infinitive hung on a negated one is not done ('is not in a position yet to sign')
COPULA = "be"
#: a verb's arguments that say what it acted on: with 'no' before them the act is denied
NONE_OBJECT_DEPS = {"dobj", "obj", "nsubjpass"}


def _no_det(noun: Token) -> bool:
    """The noun is quantified by 'no' ('no agreement', 'no one'), not 'no fewer than' (an adverb of a number)."""
    return any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children)


def _negated_governor(gov: Token) -> bool:
    """The verb or adjective an infinitive hangs under is negated ('did not want to', 'is not ready to'); not
    'did not hesitate to', which tells the act was done."""
    if (gov.lemma_ or gov.lower_).lower() in NEGATION_NEUTRAL:
        return False
    holders = [gov, gov.head] if gov.dep_ == "acomp" else [gov]
    return any(c.dep_ == "neg" for h in holders for c in h.children)


#: dependencies climbed from a trigger to the words that may govern its status
CHAIN_DEPS = {
    "xcomp",
    "ccomp",
    "advcl",
    "conj",
    "dobj",
    "pobj",
    "prep",
    "pcomp",
    "acl",
    "relcl",
    "nsubj",
    "nsubjpass",
    "attr",
}
#: dependencies by which a plan word governs the next word up the chain ('expected to meet', 'plans for talks')
PLAN_LINKS = {"xcomp", "ccomp", "acomp", "nsubjpass", "nsubj", "dobj", "conj"}
#: dependencies by which a word of promise governs what is promised ('promised to provide', 'offered talks')
PROMISED_LINKS = {"xcomp", "dobj"}
#: auxiliaries of the perfect: a clause with one tells of something done
PERFECT_AUX = {"has", "have", "had", "'ve", "'s", "'d"}
#: adjectives of a schedule before 'for' ('due for talks', 'set for a visit')
SCHEDULE_WORDS = {"due", "set", "scheduled"}
#: present forms of 'be' of a progressive ('is moving to oust')
PRESENT_BE = {"is", "are", "am", "'s", "'re"}
#: past forms of 'be' of a progressive ('announced that it was suspending')
PAST_BE = {"was", "were"}
#: categories whose measure is enacted by announcing it (see ``enacted``)
ENACTED_TYPES = frozenset({"SANCTION", "COERCE"})
#: modes of a retreat given by announcing it: a truce declared, a resignation announced (see ``enacted``)
DECLARED_RETREATS = frozenset({"ceasefire", "resign"})


@lru_cache(maxsize=1)
def intent_nouns() -> dict[str, str]:
    """Nouns of a stated will or readiness (``data/intent_nouns.tsv``) -> their example."""
    return {r["noun"]: r["example"] for r in read_tsv("intent_nouns.tsv")}


@lru_cache(maxsize=1)
def operation_nouns() -> frozenset[str]:
    """Nouns of an armed operation whose infinitive clause tells its aim (``data/operation_aims.tsv``)."""
    return frozenset(r["noun"] for r in read_tsv("operation_aims.tsv"))


def _operation_aim(t: Token) -> bool:
    """An infinitive clause on a noun of an armed operation ('the offensive to retake the town'): its aim."""
    return t.dep_ == "acl" and lemma(t.head) in operation_nouns()


def _intended(chain: list[Token]) -> bool:
    """The act hangs as an infinitive clause on a noun of will or readiness ('expressed readiness to resume
    talks', 'its willingness to meet'): still to come."""
    return any(t.dep_ == "acl" and lemma(t.head) in intent_nouns() for t in chain[:3] if t.head.i != t.i)


def trigger_status(trig: Token) -> str:
    """planned for 'will/would meet', 'is expected/due/scheduled to meet', 'upcoming visit', 'to hold talks';
    denied for negated or cancelled events; else occurred."""
    if denied(trig):
        return "denied"
    if made_claim(trig):
        return "occurred"  # 'found no evidence to support Peru's claim that ...': the claim was made
    chain = _governing_chain(trig)
    if _planned_by_word(trig, chain) or _planned_by_infinitive(trig, chain) or _intended(chain):
        return "planned"
    if trig.dep_ == "pobj" and trig.head.lower_ == "for" and trig.head.head.lower_ in SCHEDULE_WORDS:
        return "planned"
    if later_happening(trig):  # 'held ahead of his meeting with X today': the meeting is still to come
        return "planned"
    return "occurred"


def _governing_chain(trig: Token) -> list[Token]:
    """The trigger and up to four words above it through clause, object and preposition links."""
    chain = [trig]
    cur = trig
    for _ in range(4):
        if cur.dep_ not in CHAIN_DEPS or cur.head.i == cur.i or own_doer_clause(cur) or actor_relative_clause(cur):
            break
        if _past_clause(cur) or _past_conjunct(cur):
            break  # 'will take office a week after Yates was removed': the clause's own past, no plan from above
        cur = cur.head
        chain.append(cur)
    return chain


#: marks of a condition: a past form after them is no past ('will strike if the rebels attacked')
CONDITION_MARKS = {"if", "unless", "whether", "lest"}


def _past_clause(clause: Token) -> bool:
    """An adverbial clause opened by a conjunction and told in the past ('a week after Yates was removed', 'after
    the army shelled the town', 'since the court had ruled'): what it tells was done, whatever the verb above it
    plans; not a past form after a condition ('will strike if the rebels attacked'), nor a bare past form the
    parser may have misread in a list ('must investigate killings, enforced disappearances, ...')."""
    if clause.dep_ != "advcl" or clause.pos_ not in {"VERB", "AUX"} or not _completed(clause):
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    return bool(marks) and not set(marks) & CONDITION_MARKS


def _past_conjunct(clause: Token) -> bool:
    """A verb joined to another and told in the past on its own ('wanted to kill him and shot him dead', 'wanted
    to kill them and then did kill one'): its act was done, whatever the verb it is joined to wishes or plans."""
    if clause.dep_ != "conj" or clause.pos_ not in {"VERB", "AUX"}:
        return False
    did = any(c.dep_ == "aux" and c.tag_ == "VBD" and lemma(c) == "do" for c in clause.children)
    return did or _completed(clause)


def _planned_by_word(trig: Token, chain: list[Token]) -> bool:
    """A future auxiliary on the trigger or above it ('will meet'), or a plan word governing it ('expected to
    meet', 'plans to visit', 'upcoming visit')."""
    if aux_words(trig) & FUTURE_AUX:
        return True
    for i, t in enumerate(chain[:4]):
        aux = aux_words(t)
        if aux & FUTURE_AUX:
            return True
        if i == 1 and t.lower_ in PROMISE_WORDS and trig.dep_ in PROMISED_LINKS:
            return True  # 'promised to provide loans', 'offered talks' (not 'promised aid during a meeting')
        if i > 0 and t.lower_ in PLAN_WORDS:
            link = chain[i - 1].dep_
            if link == "ccomp" and _completed(chain[i - 1]):
                return False  # 'announced that it had released them': the clause tells what was done
            if link in PLAN_LINKS:
                return True
            if link == "prep" and t.lower_ != "going":  # 'focused on resuming', 'ready for talks'
                return True
        if i == 0 and t.lower_ in PLAN_WORDS and not (t.pos_ == "VERB" and t.lower_ in SCHEDULE_WORDS):
            return not named_call(t)  # (the trigger verb 'set' of 'set free' tells no schedule, a phone call none)
    return trig.pos_ == "NOUN" and any(c.lower_ in PLAN_WORDS for c in trig.children)


def under_way(clause: Token) -> bool:
    """A clause told in the progressive, no future ('announced that it was suspending the deal', 'says it is
    withdrawing'): the act is under way when it is told."""
    aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return clause.tag_ == "VBG" and bool(aux & (PAST_BE | PRESENT_BE)) and not aux & FUTURE_AUX


def _completed(clause: Token) -> bool:
    """A clause told in the past, the perfect, the past progressive or the past passive ('had released', 'has
    called off', 'freed', 'announced that it was suspending the deal': the act under way when announced, no plan;
    'announced that 40 people were arrested': done)."""
    aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if clause.tag_ in {"VBG", "VBN"} and aux & PAST_BE and not aux & FUTURE_AUX:
        return True
    return clause.tag_ == "VBD" or (bool(aux & PERFECT_AUX) and not aux & FUTURE_AUX)


def _planned_by_infinitive(trig: Token, chain: list[Token]) -> bool:
    """An infinitive of purpose not told in the past ('to hold talks', 'Moscow's push to reactivate
    consultations'), or a noun event with an infinitive clause ('a visit to be held')."""
    for t in chain[:3]:
        if t is not trig and t.pos_ not in {"VERB", "AUX"}:
            continue
        if _headline_future(t):
            return True
        if _operation_aim(t):
            continue  # 'the offensive to retake the town': the operation's own act, no plan of the infinitive
        if (
            to_infinitive(t)
            and t.dep_ in {"advcl", "acl", "relcl", "xcomp"}
            and governing_verb_tag(t) != "VBD"
            and not _done_with_do(t)
            and not _decided_now(t)
            and not _aspectual(t)
            and not _by_means(t)
            and not hearsay_infinitive(t)  # 'are said to have attacked': told as done, no plan
        ):
            return True
    return trig.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"acl", "relcl"} and any(a.lower_ == "to" for a in c.children) and not _operation_aim(c)
        for c in trig.children
    )


def _headline_future(t: Token) -> bool:
    """The news convention for what is to come, a subject with a bare infinitive and no finite verb ('Chile to
    send aid to Peru', '..., Russia to provide grain to Africa'): the infinitive has its own subject."""
    return t.pos_ in {"VERB", "AUX"} and to_infinitive(t) and any(c.dep_ == "nsubj" for c in t.children)


def _done_with_do(t: Token) -> bool:
    """The infinitive hangs under a verb told in the past with 'did' ('did not hesitate to strike', 'did manage
    to land') or under a negated verb that leaves the act done ('have not hesitated to attack'): not a plan (a
    negated governor that denies the act, 'did not want to', is read by ``denied`` first)."""
    if t.dep_ != "xcomp":
        return False
    head = t.head
    if any(c.dep_ == "neg" for c in head.children) and lemma(head) in NEGATION_NEUTRAL:
        return True  # 'have not hesitated to attack', 'never hesitates to': the act is done
    return any(c.dep_ == "aux" and c.tag_ == "VBD" and lemma(c) == "do" for c in head.children)


def _by_means(t: Token) -> bool:
    """The infinitive of a verb of using a means ('have been using mortars to shell the town'): what the means did,
    not a plan (``means_verbs``; a future use, 'will use', is planned by its auxiliary)."""
    return t.dep_ in {"xcomp", "advcl"} and _word_in(t.head, "means_verbs")


def _aspectual(t: Token) -> bool:
    """The infinitive of an aspectual verb ('continues to arrest', 'began to shell'): the act itself goes on or
    starts, it is not planned (a future aspect, 'will continue to', is planned by its auxiliary)."""
    return t.dep_ == "xcomp" and _word_in(t.head, "aspect_verbs")


def striven(trig: Token) -> bool:
    """The act is what someone strives or aims for ('racing to seize the town', 'aiming to capture', 'focused
    on deporting'), or the purpose of another act ('sent troops to retake the town'): a planned act of force
    that no one announced, so no threat (PLOVER's THREATEN is a stated intent)."""
    cur = trig
    for _ in range(3):
        if cur.head.i == cur.i or cur.dep_ not in {"xcomp", "pcomp", "pobj", "prep", "advcl", "acl"}:
            return False
        if cur.dep_ == "advcl" and to_infinitive(cur):
            return not any(c.dep_ == "mark" for c in cur.children)  # a purpose infinitive ('so that' aside)
        cur = cur.head
        if _word_in(cur, "striving_words"):
            return True
    return False


def _word_in(tok: Token, key: str) -> bool:
    words = event_frames.vocab()[key]
    return lemma(tok) in words or tok.lower_ in words


def _decided_now(t: Token) -> bool:
    """An act decided in the present ('Chile decides to expel', 'Chile is moving to oust its envoy'): a statement
    announcing it, not a plan."""
    head = t.head
    aux = {c.lower_ for c in head.children if c.dep_ == "aux"}
    progressive = head.tag_ == "VBG" and bool(aux & PRESENT_BE)
    return (
        t.dep_ == "xcomp"
        and (head.tag_ in {"VBZ", "VBP"} or progressive)
        and lemma(head) in event_frames.vocab()["decision_verbs"]
        and not aux & FUTURE_AUX
    )


def enacted(trig: Token, obj: Token | None, etype: str) -> bool:
    """A sanction or coercive measure told as announced ('announced sanctions against X', 'announced the
    expulsion of'): announcing such a measure enacts it (PLOVER codes the measure), unlike an announced meeting
    or strike, which is still to come. Not when the announcement itself is future or planned ('will announce',
    'plans to announce') or the measure carries its own plan ('announced sanctions to take effect in May').
    A truce announced is declared as well ('announced a unilateral ceasefire': CAMEO 0871 'declare truce',
    PLOVER RETREAT ceasefire, not a promise), and a resignation announced is given ('announced his resignation':
    PLOVER RETREAT resign; 'announced he will resign' stays a plan)."""
    raw = event_frames.vocab()
    if etype not in ENACTED_TYPES and not (etype == "RETREAT" and declared_truce(obj, DECLARED_RETREATS)):
        return False
    if lemma(trig) in raw["announcing_verbs"] and obj is not None:
        verb, noun = trig, obj
    elif trig.dep_ == "dobj" and lemma(trig.head) in raw["announcing_verbs"]:
        verb, noun = trig.head, trig
    else:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return (
        verb.tag_ in {"VBD", "VBZ", "VBN"}
        and verb.dep_ != "xcomp"
        and not aux & FUTURE_AUX
        and noun.pos_ in {"NOUN", "PROPN"}
        and not any(c.lower_ in PLAN_WORDS or (c.dep_ in {"acl", "relcl"} and to_infinitive(c)) for c in noun.children)
    )


def declared_truce(obj: Token | None, modes: frozenset[str] = frozenset({"ceasefire"})) -> bool:
    """The object is a noun the lexicon reads as a ceasefire on its own (the NOUN rows of triggers_curated.tsv with
    mode ceasefire: 'ceasefire', 'truce'), or as another retreat of ``modes`` ('resignation')."""
    from sitrep.extract.event_triggers import lexicon  # (a late import: the lexicon module is large)

    rd = lexicon().nouns.get(lemma(obj)) if obj is not None else None
    return rd is not None and rd.plover == "RETREAT" and rd.mode in modes


def aspired(trig: Token) -> bool:
    """The trigger hangs (within three steps) under a word of wish or readiness rather than a schedule."""
    cur = trig
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ in ASPIRATION_WORDS or lemma(cur) in intent_nouns():
            return True
    return False
