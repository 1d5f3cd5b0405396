"""Clause structure around a trigger verb: its subject (borrowed through infinitives, coordination and
relative clauses; a pronoun of a reported clause is its reporter), the causer of a causative 'have' / 'get',
the governing verb of a noun, and the targets a speech act or an intent names in its complement clause.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import (
    event_agency,
    event_frames,
    joined_pronouns,
    object_control,
    quote_lexicon,
    reporter_pronouns,
    unbacked_claims,
)
from sitrep.extract.attached_roles import clause_holder
from sitrep.extract.commemorations import commemorated, commemorating
from sitrep.extract.event_arg_groups import fronted_subject, misparsed_subject
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_syntax import RAISING_LINKS, participle_clause, quoted_apart, reduced_passive, to_infinitive
from sitrep.extract.event_triggers import lexicon, read_tsv
from sitrep.extract.hearsay_acts import hearsay_infinitive
from sitrep.extract.joined_pronouns import JOINED_DEPS
from sitrep.extract.letter_acts import message_nouns
from sitrep.extract.told_appraisals import act_owners

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
#: prepositions whose object is the one acted on ('fired on', 'protested against', 'sanctions on', 'stands behind')
TARGET_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "from", "of", "behind"}
#: prepositions of what a grievance is about ('a complaint about X's policy'), and the categories of its nouns
GRIEVANCE_PREPS = {"about", "over"}
GRIEVANCE_TYPES = {"ACCUSE"}
#: a verb's subject is borrowed through these links ('agreed to cooperate', 'met and signed', 'is willing to
#: withdraw')
BORROW_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acomp"}
#: of those, the link of a preposition's gerund, below which a verb keeps its own voice ('was accused of
#: attacking', 'was jailed for protesting': the subject did it); an infinitive ('was ordered to attack') is an
#: act asked of the subject, left as the governing verb reads it
CONTROL_DEPS = {"pcomp"}
RELATIVE_WORDS = {"who", "which", "that"}
#: subjects that stand for an actor named before ('Switzerland said it had expelled ...')
PRONOUN_WORDS = {"it", "they", "he", "she", "we", "its", "their"}
#: nouns of a text or speech someone issues: a participle on one speaks for its issuer ('issued a statement condemning
#: the raid': who issued it condemns; 'published a report accusing the police': who published it accuses)
DOCUMENT_NOUNS = frozenset(
    {
        "statement",
        "communique",
        "communiqué",
        "letter",
        "declaration",
        "note",
        "speech",
        "address",
        "remarks",
        "tweet",
        "report",
    }
)
#: nouns of an act of rule: a participle on one that is the object of a verb ('signed a decree expelling the envoy',
#: 'issued an order banning the rallies', 'passed a bill banning imports', 'adopted a resolution demanding a
#: withdrawal') is done by who signed, issued, passed or adopted it
RULE_NOUNS = frozenset({"decree", "order", "directive", "law", "bill", "ordinance", "resolution", "motion"})
CONDITION_WORDS = {"unless", "if"}
#: prepositions by which a noun of a decision or will names its holders ('the determination by X to ...')
HOLDER_PREPS = {"by", "of"}


def held_nouns() -> frozenset[str]:
    """Nouns whose infinitive or participle is done by who holds them: a text someone issues, a duty someone
    has (``obligation_nouns`` of data/event_frames.json: 'has an obligation to protect the embassy'), a message
    sent (``letter_acts``: 'sent a message asking him to ...')."""
    return DOCUMENT_NOUNS | event_frames.vocab()["obligation_nouns"] | message_nouns()


def _held_text(noun: Token) -> bool:
    """A text or duty its holder acts through (``held_nouns``), or an act of rule named as a verb's object."""
    lemma = noun.lemma_.lower()
    return lemma in held_nouns() or (lemma in RULE_NOUNS and noun.dep_ == "dobj")


#: prepositions of a verb's object through which a gerund's doer is that verb's subject ('claimed success in
#: testing a missile', 'played a part in organising the march')
ACHIEVEMENT_PREPS = {"in"}
#: determiners that deny the object such a gerund hangs on ('saw no point in talking')
NEGATING_DETERMINERS = {"no"}
#: verbs that make someone else act on their object ('Kim had his minister killed': Kim is the source)
CAUSATIVE_VERBS = {"have", "get"}
#: prepositions of whom a message is sent or addressed to ('wrote to the UN', 'placed calls to X')
ADDRESS_PREPS = {"to"}


def event_noun(tok: Token) -> bool:
    """A noun the lexicon reads as an event ('rally', 'offensive', 'talks'; not the month 'March')."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    return (tok.lemma_ or tok.lower_).lower() in lexicon().nouns


def prep_objects(holder: Token, preps: set[str], pobj_only: bool = True) -> list[Token]:
    """The objects of ``holder``'s prepositions in ``preps``."""
    return [
        p
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if not pobj_only or p.dep_ == "pobj"
    ]


def _condition(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(m.lower_ in CONDITION_WORDS for m in clause.children)


def complement_targets(
    mention_of: Callable[[Token], dict | None], verb: Token, passive_aimed: bool = True
) -> list[dict]:
    """Who a speech act or an intent is aimed at, found in its complement clause: 'demanded that the US
    cancel' (the clause's subject), 'threatened to cut ties with Norway' (the clause's objects),
    'threatened ... unless Baghdad accepted' (a condition's subject). Without ``passive_aimed`` (accusing,
    demanding) a passive clause's subject is who the act was done to, not the one blamed or asked ('alleged
    that the envoy was spied on', 'demanded that the prisoners be freed'): its agent is, when named."""
    out: list[dict] = []
    asked: set[int] = set()
    clauses = list(verb.children)
    clauses += [c for x in verb.children if x.dep_ == "xcomp" for c in x.children if _condition(c)]
    offered = [c for x in verb.children if x.dep_ in {"dobj", "obj"} for c in x.children if _infinitive(c)]
    clauses += offered  # 'turned down an invitation to talk to the strikers', 'accepted an offer to mediate'
    clauses += _chained(verb)  # 'prepared to resume shelling X', 'vowed to keep fighting X'
    clauses += [c for a in verb.children if a.dep_ == "acomp" for c in a.children if c.dep_ == "xcomp"]  # 'is ready to'
    for c in clauses:  # (a condition may hang on the infinitive: 'to launch an offensive unless Baghdad ...')
        if c.dep_ == "ccomp" or _condition(c):
            for s in c.children:
                if s.dep_ == "nsubjpass" and not passive_aimed:
                    agents = [a for a in c.children if a.dep_ == "agent"]
                    out += [m for a in agents for p in a.children if p.dep_ == "pobj" for m in np_actors(mention_of, p)]
                    out += [] if agents else act_owners(mention_of, s)  # 'said X's charges were used to defame
                elif s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ not in PRONOUN_WORDS:
                    addressed = np_actors(mention_of, s)
                    out += addressed
                    if addressed and c.dep_ == "ccomp":
                        asked.add(c.i)  # 'demanded that X hand over the militants': X is asked, not the militants
        purpose = c.dep_ == "advcl" and to_infinitive(c)
        if c.i in asked:
            continue
        if purpose and commemorating(c):
            continue  # 'marched to honour X': X is remembered (``commemorations``)
        if c.dep_ in {"xcomp", "ccomp"} or purpose or c in offered:  # 'opened fire to disperse the demonstrators'
            out += _clause_objects(mention_of, c, purpose)
    return out


def _clause_objects(mention_of: Callable[[Token], dict | None], clause: Token, purpose: bool) -> list[dict]:
    """The actors of a complement's or a purpose's objects and target prepositions ('to cut ties with Norway')."""
    out: list[dict] = []
    for o in clause.children:
        if o.dep_ in {"dobj", "dative"} and purpose and commemorated(o):
            continue  # 'to mark the anniversary of the murder of X' (``commemorations``)
        if o.dep_ in {"dobj", "dative"}:
            out += np_actors(mention_of, o)
            for prep in o.children:  # 'a war against Iraq', 'a complaint about X's policy'
                if prep.dep_ == "prep" and (prep.lower_ in TARGET_PREPS or _grievance_topic(o, prep)):
                    out += [m for p in prep.children for m in np_actors(mention_of, p)]
        elif o.dep_ == "prep" and o.lower_ in TARGET_PREPS:
            out += [m for p in o.children if p.dep_ == "pobj" for m in np_actors(mention_of, p)]
    return out


def _grievance_topic(noun: Token, prep: Token) -> bool:
    """The 'about' / 'over' phrase of a noun of complaining ('to file a complaint about X's policy', 'to bring a
    case over Y's law'): what the grievance is about, whose owner it is aimed at."""
    found = lexicon().nouns.get((noun.lemma_ or noun.lower_).lower())
    return prep.lower_ in GRIEVANCE_PREPS and found is not None and found.plover in GRIEVANCE_TYPES


def _chained(verb: Token) -> list[Token]:
    """The complement of an object-less complement ('prepared to resume shelling X': 'shelling' under
    'resume'), whose objects are what the intent or the readying is aimed at."""
    out = []
    for x in verb.children:
        if x.dep_ == "xcomp" and not any(o.dep_ in {"dobj", "dative", "ccomp"} for o in x.children):
            out += [c for c in x.children if c.dep_ == "xcomp"]
    return out


def _infinitive(clause: Token) -> bool:
    """A noun's infinitive clause ('an invitation to talk to X', 'the chance to meet Y')."""
    return clause.dep_ == "acl" and to_infinitive(clause)


def governing_verb(tok: Token) -> Token | None:
    """The nearest verb above a noun (within four steps)."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None


@lru_cache(maxsize=1)
def held_wills() -> dict[str, frozenset[str]]:
    """``data/held_wills.tsv`` by kind: nouns of a decision or a will (with those of ``data/intent_nouns.tsv``)
    and the verbs by which their subject makes or states one."""
    rows = read_tsv("held_wills.tsv")
    nouns = {r["lemma"] for r in rows if r["kind"] == "noun"} | {r["noun"] for r in read_tsv("intent_nouns.tsv")}
    return {"noun": frozenset(nouns), "verb": frozenset(r["lemma"] for r in rows if r["kind"] == "verb")}


def held_will(clause: Token) -> bool:
    """An infinitive clause on a noun of a decision or a will that a verb of making or stating one has as its
    object, with no possessor but a pronoun ('made a decision to impose', 'announced its decision to expel',
    'expressed readiness to resume'): the act is that verb's subject's ('Ukraine's decision to ...' names its
    holder itself; 'welcomed the decision to ...' names none)."""
    noun, wills = clause.head, held_wills()
    if not to_infinitive(clause) or noun.dep_ != "dobj" or (noun.head.lemma_ or "").lower() not in wills["verb"]:
        return False
    if (noun.lemma_ or noun.lower_).lower() not in wills["noun"]:
        return False
    if any(c.dep_ == "prep" and c.lower_ in HOLDER_PREPS for c in noun.children):
        return False  # 'stressed the determination by X and Y to ...': the noun names its holders
    return all(c.lower_ in PRONOUN_WORDS for c in noun.children if c.dep_ == "poss")


def subject_token(verb: Token) -> tuple[Token | None, bool]:
    """(subject, passive) of a verb, borrowing the governing verb's subject through infinitives and
    coordination; a relative clause's subject is the noun it modifies ('rebels who attacked'). A subject borrowed
    through a preposition's gerund does it in the gerund's own voice: 'he is suspected of having attacked', 'was
    jailed for attacking' (he did it), while coordinated verbs share theirs ('was arrested and charged')."""
    cur, via_prep, controlled, via_conj = verb, False, None, False
    for _ in range(4):
        passive = any(c.dep_ == "auxpass" for c in cur.children) or reduced_passive(cur)
        passive = passive if controlled is None else controlled
        subj = [c for c in cur.children if c.dep_ in SUBJ]
        if (
            subj
            and subj[0].lower_ in PRONOUN_WORDS
            and cur.dep_ in {"ccomp", "xcomp", "advcl", "conj"}
            and not quoted_apart(subj[0], cur.head)
        ):
            reporter, _ = subject_token(cur.head)  # 'Switzerland said it had expelled': it = Switzerland
            joined = cur.dep_ in JOINED_DEPS and not joined_pronouns.agrees(subj[0], reporter) if reporter else False
            if reporter is not None and reporter_pronouns.fits(subj[0], reporter) and not joined:  # (not 'he ...,
                # police said'; not 'Jones fell out with the EU and it froze aid': joined_pronouns)
                return reporter, passive if controlled is not None else subj[0].dep_ == "nsubjpass" or passive
        if subj and via_conj and said_of_a_thing(cur, subj[0]):
            reporter, _ = subject_token(cur.head)  # 'X said the decision was wrong and demanded ...': X demanded
            if reporter is not None:
                return reporter, False
        if subj and subj[0].lower_ not in RELATIVE_WORDS:
            return subj[0], passive if controlled is not None else subj[0].dep_ == "nsubjpass" or passive
        if not subj and cur.dep_ == "conj" and cur.i > 0 and misparsed_subject(cur.doc[cur.i - 1]):
            return cur.doc[cur.i - 1], passive  # 'sent troops to Mali and Norway urged ...': Norway urged
        if not subj and fronted_subject(cur) is not None:
            return fronted_subject(cur), passive  # 'With the accord signed, X and Y have agreed'
        if (
            cur.dep_ in {"relcl", "acl"}
            and (
                event_noun(cur.head)
                or (cur.dep_ == "acl" and (_held_text(cur.head) or held_will(cur)))
                or unbacked_claims.read(cur) is not None  # "had no evidence to support X's claim": who had none
            )
            and governing_verb(cur.head) is not None
        ):  # ('made a decision to impose sanctions': who made it imposes them)
            cur = governing_verb(cur.head)  # 'gathered for a rally to protest': who gathered protests, 'has a
            # duty to protect': who has it protects
            continue
        if cur.dep_ == "relcl" and passive:  # 'the reporter who was arrested': the reporter is acted on
            return cur.head, True
        if cur.dep_ in {"relcl", "acl"}:  # (reached through a preposition: a misparsed main verb, 'X resorted to')
            return clause_holder(cur), cur.dep_ == "acl" and cur.tag_ == "VBN" and not via_prep
        if cur.dep_ not in BORROW_DEPS or cur.head.i == cur.i:
            return None, passive
        if controlled is None:
            controlled = _passed_voice(cur, passive)
        via_conj = cur.dep_ == "conj"
        if (judged := object_control.controller(cur)) is not None:  # 'fired Yates for refusing': Yates refused
            return judged, bool(controlled)
        cur, via_prep = _step_up(cur, via_prep)
    return None, False


def _passed_voice(cur: Token, passive: bool) -> bool | None:
    """The voice a control link passes up to the subject above it (the voice of the verbs below it; 'Backed by
    X, the rebels advanced': the rebels are backed), True for a subject raised to a passive infinitive ('X is
    (due) to be freed': X undergoes it), the infinitive's own voice under a passive verb of hearsay ('X is said to
    have attacked': X attacks, ``hearsay_acts``), None for other links."""
    if cur.dep_ in CONTROL_DEPS or participle_clause(cur):
        return passive or participle_clause(cur)
    if hearsay_infinitive(cur):
        return passive  # 'troops are said to have attacked': raised from the infinitive, in its own voice
    if cur.dep_ in RAISING_LINKS and any(c.dep_ == "auxpass" for c in cur.children):
        return True
    if cur.dep_ == "conj" and any(c.dep_ == "auxpass" for c in cur.children):
        return True  # 'by joining the protest and getting arrested': the conjunct's own passive, he is arrested
    return None


def _step_up(cur: Token, via_prep: bool) -> tuple[Token, bool]:
    """(the word ``cur`` hangs on, whether the walk went through a preposition): a gerund's preposition is passed
    ('resorted to throwing': through the preposition)."""
    head = cur.head
    if head.dep_ == "prep" and head.head.i != head.i:
        return _through_prep(head), True
    return head, via_prep


def _through_prep(prep: Token) -> Token:
    """What a gerund's preposition hangs on: its head, or the verb whose object that head is when the phrase tells
    what the verb's subject did ('claimed success in testing', 'played a part in organising': ACHIEVEMENT_PREPS;
    not 'saw no point in talking')."""
    head = prep.head
    if (
        prep.lower_ in ACHIEVEMENT_PREPS
        and head.dep_ == "dobj"
        and head.head.pos_ in {"VERB", "AUX"}
        and not any(c.lower_ in NEGATING_DETERMINERS for c in head.children)
    ):
        return head.head
    return head


def said_of_a_thing(copula: Token, subj: Token) -> bool:
    """A reported judgement of a thing that a verb was coordinated with ('said the remarks were inflammatory and
    demanded an apology', 'said the decision was a mistake and called for talks'): the parser hung the
    speaker's second verb on the reported clause, whose subject (a remark, a decision: ``abstract_nouns`` and
    ``rule_nouns`` of ``data/event_agency.json``) cannot act."""
    said = copula.head
    if copula.dep_ != "ccomp" or (copula.lemma_ or copula.lower_).lower() != "be" or said.pos_ not in {"VERB", "AUX"}:
        return False
    if not (quote_lexicon.VERB_FORMS.get(said.lower_) or quote_lexicon.VERB_FORMS.get(said.lemma_.lower())):
        return False
    words = event_agency.vocab()["abstract_nouns"] | event_agency.vocab()["rule_nouns"]
    return (subj.lemma_ or subj.lower_).lower() in words or subj.lower_ in words


def causative_subject(verb: Token) -> Token | None:
    """The subject of a causative 'have' / 'get' over a participle ('A had B arrested', 'got them released')."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.dep_ not in {"acl", "ccomp", "xcomp"}:
        return None  # (the tagger reads some such participles as past tenses)
    cause = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    if verb.dep_ == "acl" and cause is verb.head:
        return None
    if (cause.lemma_ or cause.lower_).lower() not in CAUSATIVE_VERBS:
        return None
    return next((c for c in cause.children if c.dep_ == "nsubj"), None)


def addressed_targets(mention_of: Callable[[Token], dict | None], verb: Token, speech: bool) -> list[dict]:
    """Whom a speech act told as a participle clause is addressed to: the actors of the 'to' phrase of the verb
    it goes with, or of that verb's object ('wrote to the UN, asking for aid', 'placed calls to X and Y, asking
    for more time'). None for a clause of its own ('asked for aid'), or for an act that is no speech act
    (``speech`` False)."""
    if not speech or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i == verb.i:
        return []
    head = verb.head
    holders = [head] + [c for c in head.children if c.dep_ in {"dobj", "obj"}]
    return [m for h in holders for p in prep_objects(h, ADDRESS_PREPS) for m in np_actors(mention_of, p)]
