"""The frame around a trigger: does the sentence report the event as happening, planned or promised at all?

A trigger word is read out of its frame when the sentence only supposes, asks or doubts the act ("if Ruritania
attacked", "could impose sanctions", "did Ruritania attack?", "analysts think the move is a threat"), or when the word's
object gives it another sense ("released a report" is no release of prisoners, "struck a deal" no attack). An attempt
needs no frame: the lexicon codes what is attempted ("sought to block the bid"), never the verb of attempt.
``frame_reason`` names the first such frame (kept per token: ``token_memo``); ``event_senses.sense_type`` reads a
trigger's category against its object. Vocabulary: ``data/event_frames.json``, ``data/trigger_senses.tsv``. Not
filtered: a future or reported plan ("will meet", "said it would withdraw") keeps its planned status, and a conditional
promise or threat of the speaker ("will retaliate if attacked") is coded by the trigger rules."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract import (
    business_offices,
    charged_acts,
    event_agency,
    figure_levels,
    frame_clauses,
    job_appraisals,
    mandated_acts,
    party_groups,
    press_inquiries,
    quote_lexicon,
    record_claims,
    response_means,
    said_penalties,
    sentence_moods,
    sports_scenes,
    token_memo,
    told_rules,
    unreal_tellings,
)
from sitrep.extract.custody_passives import charged_by_source
from sitrep.extract.event_senses import OBJECT_DEPS, actor_like, asks, sense_mode, sense_type
from sitrep.extract.event_senses import aux as _aux
from sitrep.extract.event_syntax import lemma as _lemma
from sitrep.extract.event_syntax import own_doer_clause, relative_antecedent, stranded_agent, to_infinitive
from sitrep.extract.event_weapon_tests import as_weapon_test, weapon_test
from sitrep.extract.meeting_rules import named_meeting, no_phone_call
from sitrep.extract.own_claims import denied_claim, own_deed_claim
from sitrep.extract.state_services import news_outlet
from sitrep.extract.told_conditions import told_if
from sitrep.extract.undone_acts import left_undone
from sitrep.extract.verbal_clashes import verbal_clash

if TYPE_CHECKING:
    from spacy.tokens import Token
DATA_DIR = Path(__file__).parent / "data"
#: files whose content is part of the analysis cache fingerprint (the fingerprint hashes all of data/)
DATA_FILES = ("event_frames.json", "trigger_senses.tsv")
#: dependency links that climb from a word to the clause that governs it
CLIMB_DEPS = {"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "pcomp", "acl", "relcl", "nsubj", "nsubjpass", "attr"}
#: the clauses a hedge or a condition covers (a relative clause is a frame of its own)
FRAME_DEPS = {"xcomp", "ccomp", "advcl", "acomp", "csubj", "conj"}
MAX_CLIMB = 4
#: links from a noun or gerund trigger up to the verb of its clause ('focused on removing X': the gerund's 'on')
NOUN_CLAUSE_DEPS = {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "pcomp"}
#: categories of a stance that a share of the people can hold ('a majority of voters back the plan')
STANCE_TYPES = {"SUPPORT", "REJECT", "AGREE", "ACCUSE", "REQUEST"}
#: mentions that can speak a demand (a NORP needs its country worked out by the participant rows)
SPEAKER_LABELS = {"PERSON", "ORG", "GPE"}


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    raw = json.loads((DATA_DIR / "event_frames.json").read_text(encoding="utf-8"))
    return {k: frozenset(v["words"]) for k, v in raw.items() if not k.startswith("_") and "words" in v}


def _chain(trig: Token) -> list[Token]:
    """The trigger and the words that govern it, up to its clause's governing verbs (a few steps)."""
    out, cur = [trig], trig
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i or cur.dep_ not in CLIMB_DEPS | FRAME_DEPS or own_doer_clause(cur):
            break  # ('the offer, rejected by X, would have ...': the rejection is not framed by 'would')
        if cur.dep_ == "pobj" and cur.head.lower_ in vocab()["scene_preps"]:
            break  # 'during his meetings in X': the meeting is told as a scene, not framed by the clause
        cur = cur.head
        out.append(cur)
    return out


def _verbs(chain: list[Token]) -> list[Token]:
    return [t for t in chain if t.pos_ in {"VERB", "AUX", "ADJ"} or t is chain[0]]


def _reported(tok: Token) -> bool:
    """The clause hangs under a verb of saying ('said it would withdraw'): a reported plan or promise."""
    return speech_verb(tok) is not None


def _conditional(verbs: list[Token]) -> bool:
    """'if Chile attacks', 'whether the government is prepared to ask': a mark of condition on the trigger's
    verbs, or on the copula of a predicate adjective among them ('is prepared', 'is ready')."""
    marks = vocab()["condition_marks"]
    holders = verbs[:2] + [t.head for t in verbs[:2] if t.dep_ == "acomp"]  # ('if I tell them X wants to ...')
    return any(c.dep_ == "mark" and c.lower_ in marks for t in holders for c in t.children) or told_if(verbs, marks)


def _hypothetical(trig: Token, verbs: list[Token]) -> bool:
    """'could/might/may attack', 'would have resigned', 'would allow it' (not reported), 'should hand over'.
    A 'would' clause that is the complement of a verb ('officials outlined that X would meet') is a reported
    plan; 'could/might' count as reported only under a verb of saying ('said it could cut supplies'); 'should/
    must' never report the act (the speaker demands it)."""
    v = vocab()
    for t in verbs[:2]:
        aux = _aux(t)
        if aux & (v["hypothetical_aux"] | v["possibility_aux"] | v["guess_aux"]) and "have" in aux:
            return True  # counterfactual, or a guess about the past ('may have fled'), reported or not
        asked = asks(t) and (t.dep_ in {"ccomp", "acl", "advcl"} or t.left_edge.tag_ == "WRB")
        if aux & (v["hypothetical_aux"] | v["possibility_aux"]) and asked:
            return True  # an indirect question: 'no idea why they would call for it', 'asked how it could help'
        if aux & v["possibility_aux"] and not _reported(t):
            return True
        if aux & v["hypothetical_aux"] and (t.dep_ == "relcl" or not (_reported(t) or _complement(t))):
            return True  # ('the office, which would prosecute the case, wrote ...': what it would do, no report)
        if t is not trig and t.pos_ in {"VERB", "AUX"}:
            break  # the first governing verb's modals frame the trigger; higher ones are another clause
    return False


def _complement(tok: Token) -> bool:
    """The clause is (inside) the complement of a verb: 'X said / outlined / announced that ...'."""
    cur = tok
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "ccomp" and cur.head.pos_ in {"VERB", "AUX"}:
            return True
        if cur.dep_ not in {"xcomp", "conj", "advcl"}:
            return False
        cur = cur.head
    return False


def _obliged(verbs: list[Token]) -> bool:
    """'X should hand him over', 'Y must resign', 'Z needs to / has to pay', 'has a duty to pay': a demand by
    whoever says it, not the act (a past 'had to pay' tells what was done)."""
    if any(_aux(t) & vocab()["obligation_aux"] or frame_clauses.owed_act(t, vocab()) for t in verbs[:2]):
        return True
    return any(
        t.dep_ == "xcomp"
        and t.head.tag_ in {"VBZ", "VBP"}
        and _lemma(t.head) in vocab()["obligation_verbs"]
        and to_infinitive(t)
        for t in verbs[:2]
    )


def speech_verb(tok: Token) -> Token | None:
    """The verb of saying the clause hangs under ('Russia said that Y must return ...')."""
    cur = tok
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"} and (
            quote_lexicon.VERB_FORMS.get(cur.lower_) or quote_lexicon.VERB_FORMS.get(_lemma(cur))
        ):
            return cur
    return None


def _hedged(trig: Token) -> bool:
    """The trigger's clause is the complement of a verb of belief or seeming, or of a hedging adjective
    ('analysts think X attacked', 'appears to have', 'it is possible that'); an event told in a relative
    clause or as an object keeps its own frame ('media that did not appear ... reported a visit')."""
    v = vocab()
    clause = trig
    for _ in range(MAX_CLIMB):  # a noun or gerund trigger: up to the verb of its clause
        if clause.head.i == clause.i or clause.dep_ not in NOUN_CLAUSE_DEPS:
            break
        if clause.dep_ == "pobj" and clause.head.lower_ in v["scene_preps"]:
            return False  # 'appeared to strike a cordial tone during his meetings': the meetings took place
        clause = clause.head
    if any(c.dep_ == "acomp" and c.lower_ in v["hedge_adjectives"] for c in clause.children):
        return True  # 'strikes are unlikely'
    for _ in range(2):
        if _noun_content(clause) and _lemma(clause.head) in v["cognition_nouns"]:
            return True  # 'expressed the hope that they will help', 'the idea that ...'
        if clause.dep_ not in {"xcomp", "ccomp", "conj", "acomp"} or clause.head.i == clause.i:
            return False  # ('they are focused on removing X': through the predicate adjective)
        gov = clause.head
        if gov.pos_ in {"VERB", "AUX"} and _lemma(gov) in v["cognition_verbs"]:
            return True
        if gov.pos_ in {"VERB", "AUX"} and _lemma(gov) in v["wish_verbs"] and _others_act(clause, gov):
            return True  # 'the minister hoped Peru would send aid': a wish about another actor's act
        if gov.pos_ == "ADJ" and gov.lower_ in v["hedge_adjectives"]:
            return True
        if any(c.dep_ == "acomp" and c.lower_ in v["hedge_adjectives"] for c in gov.children):
            return True  # 'it is possible that ...'
        clause = gov
    return False


def _others_act(clause: Token, gov: Token) -> bool:
    """A that-clause with a subject of its own, named and not the wisher ('hoped Peru would ...'); 'hopes it
    will sign' or 'hopes to sign' is the wisher's own stated intent."""
    if clause.dep_ != "ccomp":
        return False
    wisher = {c.lower_ for c in gov.children if c.dep_ == "nsubj"}
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.pos_ != "PRON" and c.lower_ not in wisher for c in subjects)


def _hedge_adverb(trig: Token) -> bool:
    """'will likely impose', 'could possibly drive them to cooperate': a hedging adverb on the trigger, or on the
    verb whose complement or conjunct the trigger is (not on a verb the trigger only modifies: 'potentially
    deprived the regime of income by banning imports' reports the ban)."""
    words = vocab()["hedge_adverbs"]
    holders = [trig, trig.head] if trig.dep_ in {"xcomp", "ccomp", "conj"} else [trig]
    return any(c.dep_ == "advmod" and c.lower_ in words for h in holders for c in h.children)


def _noun_content(clause: Token) -> bool:
    """The clause is the content of a noun ('the hope that ...'): its complement, or a clause the parser made
    relative though 'that' only introduces it (it has its own subject)."""
    if clause.head.i == clause.i or clause.head.pos_ != "NOUN":
        return False
    if clause.dep_ in {"acl", "ccomp", "appos"}:
        return True
    return clause.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _purpose(verbs: list[Token]) -> bool:
    """'cut its tariffs in order to win their support', 'so as to deter': an act named as the purpose of
    another is aimed at, not reported (a bare purpose infinitive, 'stayed home to protest', may be the act)."""
    for t in verbs[:2]:
        to = [c for c in t.children if c.dep_ == "aux" and c.lower_ == "to"]
        if to and to[0].i >= 2 and t.dep_ in {"acl", "advcl", "xcomp"}:
            before = t.doc[to[0].i - 2 : to[0].i].text.lower()
            if before in vocab()["purpose_marks"]:
                return True
    return False


def _attempt(trig: Token) -> bool:
    """'sought to influence', 'tried to stop': the attempt verb itself is no event."""
    return _lemma(trig) in vocab()["attempt_verbs"] and any(c.dep_ == "xcomp" for c in trig.children)


def _unrequested(trig: Token, etype: str) -> bool:
    """'seeking a relaunch': seeking codes a request only for something asked of someone."""
    if etype != "REQUEST" or _lemma(trig) != "seek":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in trig.children):
        return False
    objs = [c for c in trig.children if c.dep_ in OBJECT_DEPS]
    return not any(_lemma(o) in vocab()["requestable_objects"] for o in objs)


def _agentless_passive(trig: Token, etype: str) -> bool:
    """'Asked about the deal, the minister said ...', 'we were promised aid': a passive speech act whose
    speaker is not named (the actor named is its addressee). A passive whose subject is no actor ('the
    accords are to be signed by A and B') keeps its parties."""
    v = vocab()
    if etype not in v["agentless_passive_types"] or trig.pos_ not in {"VERB", "AUX"}:
        return False
    if frame_clauses.stative_passive(trig, v) or any(c.dep_ == "agent" for c in trig.children):
        return False  # 'is committed to opening': the subject is the one who commits
    if stranded_agent(trig) is not None:
        return False  # 'was praised for the reform by the bank': the agent hung on the ground's noun
    subjects = [c for c in trig.children if c.dep_ == "nsubjpass"]
    passive = any(c.dep_ == "auxpass" for c in trig.children)
    if passive and not subjects and trig.dep_ == "conj":  # 'Chile signed it and was praised': acted on
        subjects = [c for c in trig.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if passive or subjects:
        return any(actor_like(s) for s in subjects)
    participle = (
        trig.tag_ == "VBN" and trig.dep_ in {"advcl", "acl"} and not any(c.dep_ == "nsubj" for c in trig.children)
    )
    return participle and etype in v["participle_passive_types"]


def _quantity_change(trig: Token) -> bool:
    """'exports declined 11 percent', 'fell by 2,000': a change in a figure, not a refusal or a retreat; a noun
    whose amount rises or falls ('demand for steel slipped', 'pressure on him grew') is a quantity too."""
    if trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and _lemma(trig.head) in vocab()["quantity_verbs"]:
        return True
    if _lemma(trig) not in vocab()["quantity_verbs"]:
        return False
    for c in trig.children:
        if c.dep_ in {"dobj", "npadvmod", "attr"} and (
            c.like_num or c.lower_ in {"percent", "%"} or any(g.like_num for g in c.children)
        ):
            return True
        if c.dep_ == "prep" and c.lower_ in {"by", "to", "from"} and any(g.like_num for g in c.subtree):
            return True
    return False


def _facilitative(trig: Token) -> bool:
    """'the bridge will help boost trade': helping something happen is no aid to an actor."""
    return (
        _lemma(trig) in vocab()["facilitative_verbs"]
        and any(c.dep_ in {"xcomp", "ccomp"} for c in trig.children)
        and not any(c.dep_ in {"dobj", "dative"} for c in trig.children)
        and not any(g.dep_ == "nsubj" for c in trig.children if c.dep_ in {"xcomp", "ccomp"} for g in c.children)
    )


def _emotion(trig: Token) -> bool:
    """'officials were stunned by the decision', 'is concerned about': a state of mind, not an act."""
    if _lemma(trig) not in vocab()["emotion_verbs"]:
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in trig.children):
        return True
    perfect = any(c.dep_ == "aux" and _lemma(c) == "have" for c in trig.children)  # 'has moved troops': an act
    return trig.tag_ == "VBN" and not perfect


def _mishap(trig: Token, etype: str) -> bool:
    """'four climbers were killed when an avalanche hit the camp', 'died in a crash': a death or injury with no
    doer named (no subject, no 'by' agent), in a sentence that tells of a disaster or an accident."""
    if etype != "ASSAULT" or trig.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"nsubj", "agent"} for c in trig.children):
        return False
    words = vocab()["mishap_nouns"]
    return any(t.pos_ in {"NOUN", "PROPN"} and (t.lower_ in words or _lemma(t) in words) for t in trig.sent)


def _unrealised(trig: Token) -> bool:
    """'their inability to accept', 'the failure to agree': a noun that says the act did not happen; 'the power
    to veto', 'a bid to open talks': a noun of a capacity or a will, which does not say it happened."""
    while trig.dep_ == "conj" and trig.head.i != trig.i and trig.head.pos_ in {"VERB", "AUX"}:
        trig = trig.head  # ('the failure to seek a deal or to support it': the list shares the noun)
    return (
        trig.dep_ in {"acl", "xcomp", "relcl"}
        and trig.head.pos_ == "NOUN"
        and _lemma(trig.head) in vocab()["unrealised_nouns"] | vocab()["capacity_nouns"]
    )


def _acknowledging(trig: Token) -> bool:
    """'everyone accepts that ...', 'the government has recognised that ...': granting a point is no agreement,
    recognition or concession (a that-clause and no object)."""
    return (
        _lemma(trig) in vocab()["acknowledging_verbs"]
        and any(c.dep_ == "ccomp" for c in trig.children)
        and not any(c.dep_ in {"dobj", "dative"} for c in trig.children)
    )


def _shared_view(trig: Token) -> bool:
    """'agrees with Peru that the border is safe', 'agrees that progress has been made': sharing a view, not
    agreeing to act (no modal in the that-clause: 'agreed that they should cooperate' is an agreement)."""
    if _lemma(trig) not in vocab()["opinion_verbs"]:
        return False
    clauses = [c for c in trig.children if c.dep_ == "ccomp"]
    modals = event_agency.vocab()["future_modals"] | vocab()["obligation_aux"]
    return bool(clauses) and not any(_aux(c) & modals for c in clauses)


def _no_comment(trig: Token, etype: str) -> bool:
    """'declined to comment', 'refused to elaborate': declining comment is a public statement (CAMEO 011), which
    PLOVER does not code, not a rejection of anything."""
    return etype == "REJECT" and any(c.dep_ == "xcomp" and _lemma(c) in vocab()["comment_verbs"] for c in trig.children)


def _prospective(noun: Token) -> bool:
    """'the risk of renewed shelling', 'the prospect of sanctions': a prospect, not something that happened."""
    head = noun.head
    if noun.dep_ in {"pobj", "pcomp"} and head.lower_ == "of":
        head = head.head
    elif noun.dep_ != "acl" or noun.tag_ != "VBG":  # (the parser's 'risk of renewed shelling')
        return False
    return head.pos_ == "NOUN" and _lemma(head) in vocab()["prospect_nouns"]


def _stative(trig: Token) -> bool:
    """'he respects the governor', 'voters trust the army': an attitude held, told in the present, not an act."""
    return trig.tag_ in {"VBZ", "VBP"} and _lemma(trig) in vocab()["attitude_verbs"]


def _poll_share(trig: Token, etype: str) -> bool:
    """'56% of voters reject the plan', 'a majority of Scots back independence', 'four in 10 support it': a
    stance a share of the people holds, as a poll measures it, not an act of an actor."""
    if etype not in STANCE_TYPES or trig.pos_ != "VERB":
        return False
    for subj in (c for c in trig.children if c.dep_ == "nsubj"):
        if _lemma(subj) in vocab()["share_nouns"] or subj.lower_ in vocab()["share_nouns"]:
            return True
        if any(n.dep_ == "nummod" and any(q.lower_ == "in" for q in n.children) for n in subj.children):
            return True  # 'four in 10 voters'
    return False


def _prospective_clause(verbs: list[Token]) -> bool:
    """'until the budget is agreed', 'once both sides sign': an adverbial clause of time told in the present is a
    future or a generic happening, never one reported as done ('at a time when X claims' describes the present)."""
    marks = vocab()["temporal_marks"]
    for t in verbs[:2]:
        marked = any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks and c.i < t.i for c in t.children)
        if t.dep_ == "advcl" and marked:
            tags = {t.tag_} | {c.tag_ for c in t.children if c.dep_ in {"aux", "auxpass"}}
            return bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "MD"}
    return False


def _naming(trig: Token) -> bool:
    """'called him a hero', 'called the plan into question': calling someone something, or calling a thing into
    doubt, is no phone call."""
    return _lemma(trig) == "call" and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "into") for c in trig.children
    )


@token_memo.per_token
def frame_reason(trig: Token, etype: str) -> str | None:
    """Why the trigger reports no event of ``etype`` (a short name), or None when it does."""
    chain = _chain(trig)
    verbs = _verbs(chain)
    checks = (
        ("teaser", lambda: sentence_moods.after_teaser(trig, vocab()["teaser_marks"]) or frame_clauses.fact_box(trig)),
        ("question", lambda: sentence_moods.question(trig)),
        ("imperative", lambda: sentence_moods.imperative(verbs)),
        ("obligation", lambda: said_penalties.said_penalty(trig)),  # 'X will face sanctions if ..., Y said'
        ("conditional", lambda: _conditional(verbs) or frame_clauses.conditional_guess(verbs, vocab())),
        ("obligation", lambda: _obliged(verbs)),
        (
            "hypothetical",
            lambda: (
                _hypothetical(trig, verbs)
                or frame_clauses.supposed_cause(trig, vocab())
                or frame_clauses.modal_need(verbs, vocab())
                or frame_clauses.needed_act(verbs, vocab())
                or mandated_acts.mandated(trig)
            ),
        ),
        (
            "generic",
            lambda: (
                frame_clauses.generic_relative(verbs, vocab())
                or frame_clauses.parenthetical(trig, vocab())
                or frame_clauses.describing_relative(verbs, vocab())
                or frame_clauses.told_before(trig, vocab())
                or told_rules.told_rule(trig)
            ),
        ),
        ("unreal", lambda: unreal_tellings.told(trig, etype, vocab())),  # a campaign pledge, a film's plot
        ("expected", lambda: frame_clauses.expected(verbs, vocab())),
        ("prospective", lambda: _prospective_clause(verbs) or _prospective(trig)),
        ("hedged", lambda: _hedged(trig) or _hedge_adverb(trig) or frame_clauses.adjective_framed(trig, vocab())),
        ("attempt", lambda: _attempt(trig)),
        ("purpose", lambda: _purpose(verbs) or frame_clauses.for_infinitive(verbs) or frame_clauses.gap_act(trig)),
        ("since", lambda: frame_clauses.since_clause(verbs, vocab())),
        ("deliberated", lambda: frame_clauses.deliberated(trig, vocab())),
        ("held", lambda: frame_clauses.held_agreement(trig, vocab())),
        ("unrequested", lambda: _unrequested(trig, etype)),
        ("means-told", lambda: response_means.means_told(trig, vocab())),
        ("charged", lambda: charged_acts.charged(trig, vocab()) or job_appraisals.appraised(trig, vocab())),
        ("agentless-passive", lambda: _agentless_passive(trig, etype)),
        ("quantity", lambda: _quantity_change(trig) or figure_levels.told_level(trig)),
        ("facilitative", lambda: _facilitative(trig)),
        ("emotion", lambda: _emotion(trig) or frame_clauses.graded(trig, vocab())),
        ("habitual", lambda: frame_clauses.habitual(trig, vocab()) or record_claims.record_claim(trig)),
        ("negated-frame", lambda: frame_clauses.negated_frame(trig, vocab())),
        ("undone", lambda: left_undone(trig, vocab())),
        ("own-claim", lambda: own_deed_claim(trig, etype, vocab())),
        ("self-directed", lambda: frame_clauses.self_directed(trig, etype, vocab())),
        ("mishap", lambda: _mishap(trig, etype)),
        ("naming", lambda: etype != "ACCUSE" and _naming(trig)),  # (a naming that judges is ACCUSE)
        ("characterised", lambda: frame_clauses.characterised(trig, vocab())),
        ("no-comment", lambda: _no_comment(trig, etype) or frame_clauses.press_terms(trig, etype, vocab())),
        ("denied-claim", lambda: denied_claim(trig, etype, vocab())),
        ("stative", lambda: _stative(trig)),
        ("poll", lambda: _poll_share(trig, etype)),
        ("acknowledging", lambda: _acknowledging(trig)),
        ("shared-view", lambda: _shared_view(trig)),
        ("unrealised", lambda: _unrealised(trig) or frame_clauses.unreal_noun(trig, vocab())),
        ("sports-score", lambda: event_agency.sports_score(trig, etype)),
        ("contest", lambda: frame_clauses.contest(trig, etype, vocab())),
        ("threat-scene", lambda: frame_clauses.threat_scene(trig, etype, vocab())),
    )
    for name, check in checks:
        if check():
            return name
    return None


def is_media(mention: dict) -> bool:
    """A news outlet named as a party ('told CNN', 'spoke to a news agency')."""
    return mention.get("label") in {"ORG", "PERSON"} and news_outlet(mention["surface"], vocab()["media_words"])


def media_party(etype: str, mentions: list[dict]) -> bool:
    """An interview or a reporter's question is no meeting or request between actors."""
    return etype in vocab()["media_free_types"] and any(is_media(m) for m in mentions)


def screen(cand: dict, trig: Token, obj: Token | None, mentions: list[dict]) -> dict | None:
    """The candidate as the frame and the trigger's sense leave it: None when the sentence reports no such
    event, the candidate retyped when the object gives the trigger another category ('attacked the plan' is
    criticism), else the candidate unchanged. ``mentions``: the article's mentions (for the participants)."""
    etype = cand["event_type"]
    reason = frame_reason(trig, etype)
    if reason == "obligation":
        return as_demand(cand, trig, mentions)
    if obj is not None and obj is not trig and frame_clauses.told_before(obj, vocab()):
        return None  # 'declared that request moot': a light verb's event noun told before
    if obj is not None and obj is not trig and frame_clauses.unreal_noun(obj, vocab()):
        return None  # 'cited a nonexistent attack': the event noun never happened
    if frame_clauses.bare_death(trig, obj, etype, vocab()):
        return None  # 'died last year of renal failure': a death, no attack
    if not reason and etype == "CONSULT" and frame_clauses.appeal_call(trig, vocab()):
        return _retyped(cand, "REQUEST", None)  # 'called to maintain good relations': an appeal
    if reason == "agentless-passive" and charged_by_source(cand, trig, mentions):
        reason = None  # 'two officers have been charged, prosecutors said': the prosecutors charge them
    if reason or (etype == "CONSULT" and (no_phone_call(trig) or named_meeting(trig))):
        return None  # (the lexicon reads every 'call' as a phone call: 'called the move a disgrace' is none)
    sensed = sense_type(trig, obj, etype)
    if sensed is None or event_agency.inanimate_doer(trig, sensed):
        return None  # another sense with no event; a thing that cannot act ('the scandal hurt the party')
    by_idx = {m["idx"]: m for m in mentions}
    parties = [by_idx[p["mention_idx"]] for p in cand["participants"] if p.get("mention_idx") in by_idx]
    unnamed = [p for p in cand["participants"] if p.get("mention_idx") is None]  # 'the government', 'investors'
    if (
        media_party(sensed, parties)
        or press_inquiries.press_inquiry(cand, sensed, by_idx, is_media)
        or event_agency.commercial(trig, sensed, parties + unnamed)
    ):
        return None  # an interview; a news outlet's own investigation; business
    if (
        event_agency.leisure(trig, sensed, parties + unnamed)
        or party_groups.private_visitors(cand)
        or business_offices.business_office(trig, {**cand, "event_type": sensed}, vocab())
    ):
        return None  # (a game or a show; tourists visiting a city; a firm's president resigning)
    if sports_scenes.game_report(trig, parties + unnamed):
        return None  # 'whom he defeated in the final' (a sentence of titles and matches)
    if sensed == "ASSAULT" and (frame_clauses.spoken_attack(trig, vocab()) or verbal_clash(trig)):
        return _retyped(cand, "ACCUSE", "disapprove")  # 'attacked the judge on Twitter', 'clashed over': criticism
    if sensed == "ASSAULT" and weapon_test(trig, obj):
        return as_weapon_test(cand)  # 'fired a missile into the sea': a show of force
    if sensed != etype:
        cand = _retyped(cand, sensed, sense_mode(trig, sensed))
    return cand


def _retyped(cand: dict, etype: str, mode: str | None) -> dict:
    summary = cand.get("summary") or ""
    out = {**cand, "event_type": etype, "event_mode": mode}
    if summary.startswith(cand["event_type"]):
        out["summary"] = etype + summary[len(cand["event_type"]) :]
    return out


def naming_reading(found):
    """A phone call of the lexicon, or any reading of a 'call' with an object predicate, that is a naming with words
    of disapproval ('called the launch "absolutely intolerable"', 'called the vote a sham') is a criticism."""
    tok, rd = found.token, found.reading
    named = any(c.dep_ == "oprd" for c in tok.children)  # 'called the Dutch expulsion unjustified': any reading
    if (rd.plover != "CONSULT" and not named) or not no_phone_call(tok) or not disapproving(tok):
        return found
    return type(found)(tok, type(rd)("ACCUSE", "disapprove", rd.cameo, origin="curated"), None)


def disapproving(trig: Token) -> bool:
    """A naming whose words after the verb judge what is named ('called the launch "absolutely intolerable"',
    'called the vote a sham'): a word of ``disapproval_words`` in the verb's phrase after it, not negated."""
    words = vocab()["disapproval_words"]
    after = [t for t in trig.subtree if t.i > trig.i]
    if any(t.dep_ == "neg" for t in after):
        return False
    return any(t.lower_ in words or _lemma(t) in words for t in after)


def as_demand(cand: dict, trig: Token, mentions: list[dict]) -> dict | None:
    """'Ruritania said Syldavia must return the boat': a REQUEST by the named speaker to the obliged party
    (PLOVER codes the demand, not the act demanded); None when no speaker is named."""
    verb = speech_verb(trig)
    if verb is None:
        return None
    speaker = []
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        noun = relative_antecedent(verb)  # 'Wang, who said the US should come back': the noun it describes speaks
        if noun is not None:
            lo, hi = noun.left_edge.idx, noun.idx + len(noun)
        speaker += [m for m in mentions if lo <= m["start_char"] < hi and m["label"] in SPEAKER_LABELS]
    if not speaker:
        return None
    said_by = speaker[0]["idx"]
    obliged = [
        {**p, "role": "target"}
        for p in cand["participants"]
        if p["role"] == "source" and p.get("mention_idx") != said_by
    ]
    sources = [{"mention_idx": said_by, "role": "source"}]
    etype = "THREATEN" if said_penalties.said_penalty(trig) else "REQUEST"  # ('X will face sanctions, Y said')
    out = {**_retyped(cand, etype, None), "event_status": "occurred"}
    out["participants"] = sources + obliged
    return out
