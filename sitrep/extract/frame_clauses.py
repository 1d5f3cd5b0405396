"""Frames of a trigger's clause that tell no act of the report: an event supposed as a cause ('a pullout may bring
about chaos'), a kind of act told of anyone ('those who attacked'), an act expected of or proposed to another
actor ('we expect Peru to withdraw', 'suggested Peru send aid'), a participle describing a noun in a
parenthesis ('a group banned in X') and an act a thing is judged as ('saw the move as a retreat'). Used by
``event_frames.frame_reason``, which passes the word lists of ``data/event_frames.json`` (``v``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.adjective_frames import adjective_framed  # noqa: F401 (a frame event_frames reads here)
from sitrep.extract.doc_text import token_texts
from sitrep.extract.event_senses import aux as _aux
from sitrep.extract.event_syntax import PLACE_LABELS
from sitrep.extract.event_syntax import lemma as _lemma
from sitrep.extract.gap_infinitives import object_gap_infinitive as gap_act  # noqa: F401 (read by event_frames)
from sitrep.extract.shared_negation import negated

if TYPE_CHECKING:
    from spacy.tokens import Token
MAX_CLIMB = 4
#: determiners of a noun told as one place among many ('at a market in X'), not as the one contest of a field
INDEFINITE = {"a", "an"}
#: categories a verb of rivalry ('beat', 'overtake', 'defeat') is read as outside a contest
CONTEST_TYPES = {"ASSAULT", "COERCE"}
#: categories of words and demands, which need another actor: aimed at oneself they tell no event ('blamed
#: himself'); acts on oneself that are events stay ('blew himself up', 'armed themselves', 'gave himself up')
SELF_DIRECTED_TYPES = {"ACCUSE", "SUPPORT", "REQUEST", "THREATEN"}
#: auxiliaries of an announced step: 'will consider imposing penalties' tells what will be done (a threat)
FUTURE_AUX = {"will", "shall", "'ll"}
#: the auxiliary of the past perfect: a plan told with it has been overtaken ('had been expected to visit')
PAST_PERFECT_AUX = {"had", "'d"}
#: verbs of holding something ('has a contract with X'): no act of making it
HOLDING_VERBS = {"have"}
#: links of a year that names an event noun ('the 2011 arrest', "2003's invasion")
YEAR_DEPS = {"compound", "nummod", "amod", "poss", "nmod"}


#: verbs of phoning whose bare use with an infinitive of an aim is an appeal ('called to maintain ties')
APPEAL_VERBS = {"call"}


def supposed_cause(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """An event noun (or gerund) that is the subject of a modal clause with an object or a predicate, or inside its
    predicate ('a hasty pullout may bring about chaos', 'sanctions could hurt the economy', 'a vote may become a
    way of protecting the region'): the event is supposed as a cause or a means, reported or not. A verb
    trigger under a reported modal stays a reported plan ('said it could cut supplies'), and so does a noun that
    is only the object of its light verb ('may hold talks')."""
    if trig.pos_ in {"VERB", "AUX"} and trig.dep_ != "pcomp":
        return False
    cur, through = trig, False
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i or cur.dep_ not in {"nsubj", "nsubjpass", "attr", "prep", "pobj", "pcomp"}:
            return False
        through = through or cur.dep_ in {"nsubj", "nsubjpass", "attr"}
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            break
    else:
        return False
    modal = _aux(cur) & (v["hypothetical_aux"] | v["possibility_aux"] | v["guess_aux"])
    consequence = any(c.dep_ in {"dobj", "attr", "acomp", "xcomp", "ccomp"} for c in cur.children)
    return through and bool(modal) and consequence


def generic_relative(verbs: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """'those who attacked', 'anyone who sends aid': a relative clause on a pronoun of anyone at all tells a kind
    of act, no act of the report; so does one on a plural of instances ('many cases in which police refused')."""
    return any(
        t.dep_ == "relcl" and (t.head.lower_ in v["generic_heads"] or t.head.lower_ in v["instance_heads"])
        for t in verbs[:2]
    )


def expected_of_another(verbs: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """'we expect Peru to withdraw', 'Chile wants Peru to pay': the act of another actor that a verb of expecting
    or wanting governs (an object and an infinitive) is wished for, not reported."""
    for t in verbs[:2]:
        gov = t.head
        if (
            t.dep_ in {"xcomp", "ccomp"}
            and gov.pos_ in {"VERB", "AUX"}
            and _lemma(gov) in v["expectation_verbs"]
            and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in gov.children)
            and (any(c.dep_ == "dobj" for c in gov.children) or any(c.dep_ == "nsubj" for c in t.children))
        ):
            return True
    return False


def expected(verbs: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """An act wished for from another actor (``expected_of_another``) or a plan told as superseded
    (``superseded_plan``): neither is reported as done or still to come."""
    return expected_of_another(verbs, v) or superseded_plan(verbs, v)


def superseded_plan(verbs: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """'May had been expected to visit Cardiff before ...', 'the envoy had planned to meet them': a plan told in
    the past perfect is one the report has overtaken; it neither happened nor stays planned."""
    for t in verbs[:2]:
        gov = t.head
        if t.dep_ == "xcomp" and _lemma(gov) in v["superseded_plans"] and PAST_PERFECT_AUX & _aux(gov):
            return True
    return False


def parenthetical(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """'the Front (a militant group outlawed in Chile)': a trigger that describes a noun inside a parenthesis is a
    standing description, no act of the report. The parser may hang the bare participle as a relative clause
    ('(terrorist organization outlawed in Chile)'): that is the same description unless the clause has a
    relative word or an auxiliary of its own inside the parenthesis ('(a group that Chile banned in 2010)')."""
    if trig.dep_ not in v["parenthetical_deps"]:
        return False
    sent = trig.sent
    before = [t for t in sent if t.i < trig.i and t.text in {"(", ")"}]
    after = [t.text for t in sent if t.i > trig.i and t.text in {"(", ")"}]
    if not (before and before[-1].text == "(" and after and after[0] == ")"):
        return False
    return trig.dep_ != "relcl" or not _own_clause(trig, before[-1].i)


def _own_clause(trig: Token, opened: int) -> bool:
    """The relative clause has a relative word or an auxiliary inside the parenthesis ('a group that Chile banned',
    'which has been banned'), or is no participle: a told act, kept."""
    return trig.tag_ not in {"VBN", "VBD"} or any(
        c.i > opened and (c.dep_ in {"aux", "auxpass"} or c.tag_ in {"WDT", "WP", "WP$", "WRB"} or c.lower_ == "that")
        for c in trig.children
    )


def contest(trig: Token, etype: str, v: dict[str, frozenset[str]]) -> bool:
    """'overtook Peru as the largest exporter', 'has overtaken her rival in the polls', 'won the vote, beating
    Ruiz': a verb of rivalry told of a rank, a poll, a vote, a market or a game is a contest, no attack or
    coercion. Cues on the trigger (or the verb it is a conjunct or participle of): 'in/at/on' a contest noun,
    'as' a noun ranked by a superlative ('as the biggest buyer'), or a verb of winning it hangs on."""
    if etype not in CONTEST_TYPES or trig.pos_ not in {"VERB", "AUX"}:
        return False
    holders = [trig]
    if trig.dep_ in {"advcl", "conj", "xcomp"} and trig.head.i != trig.i:
        holders.append(trig.head)
        if _lemma(trig.head) in v["victory_verbs"]:
            return True  # 'won the vote, beating Ruiz'
    for h in holders:
        for prep in (c for c in h.children if c.dep_ == "prep"):
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.lower_ in {"in", "at", "on"} and any(_contest_noun(o, v) for o in objs):
                return True
            if prep.lower_ == "as" and any(any(m.tag_ == "JJS" for m in o.children) for o in objs):
                return True  # 'as the world's largest importer'
    return False


def _contest_noun(tok: Token, v: dict[str, frozenset[str]]) -> bool:
    if _scene(tok):
        return False  # 'blew himself up at a market in X', 'exploded in a crowded market': a place, no contest
    return any(_lemma(t) in v["contest_nouns"] or t.lower_ in v["contest_nouns"] for t in (tok, *tok.children)
               if t is tok or t.dep_ == "compound")  # fmt: skip


def _scene(tok: Token) -> bool:
    """A noun told as a place: with an indefinite article ('a market') or placed by a named place ('the main market
    of X', 'the market in X')."""
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
        return True
    return any(
        g.ent_type_ in PLACE_LABELS
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in {"in", "of"}
        for g in p.children
        if g.dep_ == "pobj"
    )


def describing_relative(verbs: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """'a charity that helps refugees', 'the bloc, which backs the plan': a relative clause in the simple present
    (no auxiliary, no date) on a noun describes what the noun does or stands for, no act of the report (on a
    pronoun of anyone, 'those who', it is ``generic_relative``). A present participle on a noun in apposition
    describes the same way ('Ana Ruiz, a senator supporting the president, said'), as does a participle before
    its noun ('the Canadian backed company', parsed as an adjective of the noun), and a participle of a stance held
    after its noun ('a rebel group opposed to the regime', ``stative_passives``)."""
    for t in verbs[:1]:
        if t.dep_ == "acl" and t.tag_ == "VBN" and _lemma(t) in v["stative_passives"] and t.head.pos_ == "NOUN":
            return not any(c.dep_ == "agent" for c in t.children)  # ('a plan opposed by the senate': its stance)
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "appos" and t.head.pos_ == "NOUN":
            return True
        if t.dep_ == "amod" and t.tag_ in {"VBN", "VBD", "VBG"} and t.i < t.head.i and t.head.pos_ == "NOUN":
            return True
        if t.dep_ != "relcl" or t.tag_ not in {"VBZ", "VBP"} or t.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.dep_ in {"aux", "auxpass", "neg"} for c in t.children):
            continue
        return not any(w.ent_type_ in {"DATE", "TIME"} for w in t.subtree)
    return False


def for_infinitive(verbs: list[Token]) -> bool:
    """'needed consent for its troops to launch an offensive', 'paved the way for Peru to join': an infinitive
    with its own subject brought in by 'for' tells an act needed, wanted or made possible, not one reported."""
    for t in verbs[:2]:
        kids = list(t.children)
        if (
            any(c.dep_ == "mark" and c.lower_ == "for" for c in kids)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids)
        ):
            return True
    return False


def since_clause(verbs: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """'the worst clash since civil war broke out', 'has struggled since NATO troops withdrew': a clause of 'since'
    names a past happening as the start of a span of time, background to the report, not an event of it."""
    return any(
        t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in v["since_marks"] for c in t.children)
        for t in verbs[:2]
    )


#: prepositions of a topic between a verb of weighing and the gerund it weighs ('thought about lifting')
TOPIC_PREPS = {"about", "of", "over"}


def deliberated(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """'was considering adding countries to the list', 'is weighing sending troops', 'discussed imposing a
    curfew': an act told as the gerund a verb of weighing or discussing governs is weighed, not done (a list of
    gerunds shares it: 'contemplating withdrawing troops and closing the border'); a weighing announced for the
    future ('will consider imposing penalties') keeps the act's reading as a threat."""
    cur = trig
    while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.tag_ == "VBG":
        cur = cur.head
    gov = cur.head
    if cur.dep_ == "pcomp" and gov.lower_ in TOPIC_PREPS and gov.head.i != gov.i:
        gov = gov.head  # 'thought about lifting sanctions', 'talked about sending troops'
    if cur.tag_ != "VBG" or cur.dep_ not in {"xcomp", "pcomp"} or _lemma(gov) not in v["deliberation_verbs"]:
        return False
    return not _aux(gov) & FUTURE_AUX  # ('will consider imposing penalties' is announced: a threat)


def past_year_noun(trig: Token, published_year: int | None) -> bool:
    """'was describing the 2011 arrest of two nationals', 'the 2003 invasion': an event noun named by a year
    before the report's is a past event the report refers back to, background, no event of it."""
    if published_year is None or trig.pos_ not in {"NOUN", "PROPN"}:
        return False
    years = [c for c in trig.children if c.dep_ in YEAR_DEPS and c.text.isdigit() and len(c.text) == 4]
    return any(c.ent_type_ == "DATE" and int(c.text) < published_year for c in years)


def held_agreement(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """'Gazprom has a 30-year contract with China', 'Peru had an accord with Chile': an agreement held is a
    standing tie, no agreement made or signed."""
    return _lemma(trig) in HOLDING_VERBS and any(
        c.dep_ == "dobj" and _lemma(c) in v["held_agreements"] for c in trig.children
    )


def conditional_guess(verbs: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """'If Peru breaks the deal, the court may impose a fine': the reporter's guess at what may follow a condition
    (a main clause of 'may' with an 'if' clause, under no verb of saying) is no threat or act of anyone."""
    for t in verbs[:1]:
        if t.dep_ != "ROOT" or not _aux(t) & v["guess_aux"]:
            continue
        clauses = [c for c in t.children if c.dep_ == "advcl"]
        return any(m.dep_ == "mark" and m.lower_ in v["condition_marks"] for c in clauses for m in c.children)
    return False


def characterised(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """'saw the move as a retreat', 'what Lima viewed as a US pull back', 'was described as a threat': the noun
    after 'as' says how a thing is judged, not that this act happened. (The parser may read 'as a US pull back'
    as a clause of 'as': a determiner after 'as' shows it is a noun phrase.)"""
    head = trig.head
    if trig.dep_ in {"pobj", "pcomp"} and head.lower_ == "as" and head.dep_ == "prep":
        gov = head.head if head.head.pos_ in {"VERB", "AUX"} else head.head.head
    elif trig.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and any(t.dep_ == "det" for t in trig.doc[c.i + 1 : trig.i])
        for c in trig.children
    ):
        gov = head
    else:
        return False
    return _lemma(gov) in v["characterising_verbs"]


def threat_scene(trig: Token, etype: str, v: dict[str, frozenset[str]]) -> bool:
    """'held drills amid the threat of an attack', 'amidst threats of an invasion': a threat noun setting the
    scene of another act is its context (a danger felt), no threat anyone made (PLOVER THREATEN is a coercive
    statement by an actor)."""
    if etype != "THREATEN" or trig.pos_ != "NOUN" or trig.dep_ != "pobj":
        return False
    prep = trig.head
    return prep.lower_ in v["threat_scene_preps"] or (
        prep.lower_ in {"of", "to"} and prep.head.lower_ in v["threat_scene_preps"]
    )


def modal_need(verbs: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """'would have to vote for it', 'might need to raise taxes', 'could have to withdraw': what someone would,
    could or might need to do is a condition or a guess, no act (the present 'has to pay' is a demand)."""
    modals = v["hypothetical_aux"] | v["possibility_aux"] | v["guess_aux"]
    for t in verbs[:2]:
        need = t.head
        if t.dep_ == "xcomp" and _lemma(need) in v["obligation_verbs"] and _aux(need) & modals:
            return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    return False


def needed_act(verbs: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """'it was necessary to establish a dialogue', 'it is important to resume the talks': an act named as needed
    or important by an adjective of need (``need_adjectives``) is a view of what should be done, no act."""
    for t in verbs[:2]:
        if t.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            continue
        head = t.head
        adjectives = [head] if head.dep_ == "acomp" else [c for c in head.children if c.dep_ == "acomp"]
        if _lemma(head) in {"be", head.lower_} and any(a.lower_ in v["need_adjectives"] for a in adjectives):
            return True
    return False


def owed_act(t: Token, v: dict[str, frozenset[str]]) -> Token | None:
    """The present 'have' of a to-infinitive that tells a duty ('Chile has an obligation to protect the
    embassy', 'X has a duty to pay'): the infinitive hangs on a noun of ``obligation_nouns`` that is the object
    of a present 'have'; None otherwise."""
    noun = t.head
    if t.dep_ != "acl" or _lemma(noun) not in v["obligation_nouns"] or noun.dep_ not in {"dobj", "obj"}:
        return None
    have = noun.head
    if _lemma(have) != "have" or have.tag_ not in {"VBZ", "VBP"}:
        return None
    return have if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) else None


def appeal_call(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """A 'call' with no one called and a to-infinitive of what is called for ('Chile called to maintain good relations
    with Peru', 'who called at the conference to end the sanctions'): an appeal (PLOVER REQUEST), no phone call; an
    infinitive of talking (``call_purposes``: 'called to congratulate X', 'to discuss Y') keeps the call."""
    if trig.pos_ != "VERB" or _lemma(trig) not in APPEAL_VERBS:
        return False
    if any(c.dep_ in {"dobj", "obj", "dative", "auxpass", "prt"} for c in trig.children):
        return False
    aims = [c for c in trig.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB" and _to_marked(c)]
    return bool(aims) and all(_lemma(c) not in v["call_purposes"] for c in aims)


def _to_marked(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def spoken_attack(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """'attacked the judge on Twitter', 'his attack on the judge in a speech': an attack made in words, through a
    medium of speech (``speech_media``), or told as made in words ('verbally attacked', 'a verbal attack':
    ``verbal_modifiers``), is criticism (ACCUSE), no physical attack."""
    acts = [trig] + [c for c in trig.children if c.dep_ in {"dobj", "obj"}]  # ('launched a verbal attack')
    if any(_lemma(a) in v["claimed_acts"] for a in acts[1:]):
        return False  # 'claimed responsibility for the bombing in a statement': the claim is made in words
    if any(c.dep_ in {"advmod", "amod"} and c.lower_ in v["verbal_modifiers"] for a in acts for c in a.children):
        return True
    holders = [trig]
    for c in trig.children:
        if c.dep_ in {"dobj", "obj"}:
            holders.append(c)
        elif c.dep_ == "prep" and c.lower_ in {"on", "against"}:
            holders += [g for g in c.children if g.dep_ == "pobj"]  # 'attack on the judge (on Twitter)'
    return any(
        _lemma(g) in v["speech_media"] or g.lower_ in v["speech_media"]
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in {"on", "in", "via", "through", "during"}
        for g in c.children
        if g.dep_ == "pobj"
    )


def _told_in_present(t: Token) -> bool:
    """A verb in the simple present, active ('sends') or passive ('are jailed'), or a bare verb joined to one
    with no auxiliary of its own ('pilgrims revere the saint and regularly visit the tomb')."""
    if t.tag_ == "VB" and t.dep_ == "conj" and not any(c.dep_ in {"aux", "auxpass"} for c in t.children):
        return _told_in_present(t.head)
    return t.tag_ in {"VBZ", "VBP"} or (
        t.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in t.children)
    )


def _under_present_habit(t: Token, v: dict[str, frozenset[str]]) -> bool:
    """'we often hear that the guards arrest them', 'voters usually say the party helps them': a present verb in
    a clause told of what usually happens."""
    if not _told_in_present(t):
        return False
    while t.dep_ in {"ccomp", "advcl", "xcomp", "conj"} and t.head is not t:
        t = t.head
        if _present_habit(t, v):
            return True
    return False


def _present_habit(t: Token, v: dict[str, frozenset[str]]) -> bool:
    """'the ministry usually sends aid', 'dissidents are routinely jailed': a habit adverb on a present verb."""
    return _told_in_present(t) and any(c.dep_ == "advmod" and c.lower_ in v["habitual_adverbs"] for c in t.children)


def _rate(t: Token, v: dict[str, frozenset[str]]) -> bool:
    """'twice a month', 'three times a year', 'once a week': a count of occasions per span of time on the verb."""
    spans = [c for c in t.children if c.dep_ == "npadvmod"]
    spans += [g for c in spans for g in c.children if g.dep_ == "npadvmod"]
    for span in spans:
        if not any(d.dep_ == "det" and d.lower_ in {"a", "an", "per"} for d in span.children):
            continue
        counts = [d for d in span.children if d.dep_ in {"advmod", "nummod", "npadvmod", "predet"}] + [span.head]
        counts += [d for d in t.children if d.dep_ in {"advmod", "npadvmod"} and d.i < span.i]
        if any(d.lower_ in v["rate_counts"] for d in counts):
            return True
    return False


def _long_span(t: Token, v: dict[str, frozenset[str]]) -> bool:
    """'for decades', 'since the 1990s': a span of years after 'for' or 'since' on the verb (not a counted
    term: 'for five years'; not a year: 'has been banned since 1993' tells a ban in force)."""
    heads = [t] + [g for c in t.children if c.dep_ in {"prep", "agent"} for g in c.children]  # 'by fighting for'
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"for", "since"}]
    for prep in preps:
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            counted = any(g.dep_ == "nummod" for g in obj.children)  # ('has banned him for five years': a term)
            if (obj.lower_ in v["span_nouns"] and not counted) or (
                prep.lower_ == "since" and obj.shape_ == "ddddx"  # a decade; ('banned since 1993' holds a ban)
            ):
                return True
    return False


def _standing(t: Token, v: dict[str, frozenset[str]]) -> bool:
    """'has consistently rejected', 'has long denied', 'has been torn by fighting for decades': an adverb of a
    standing line or a span of years on a verb in the perfect."""
    kids = list(t.children)
    return any(c.dep_ == "aux" and _lemma(c) == "have" for c in kids) and (
        any(c.dep_ == "advmod" and c.lower_ in v["constancy_adverbs"] for c in kids) or _long_span(t, v)
    )


def habitual(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """'exporters mainly sell wine', 'the ministry usually sends aid', 'dissidents are routinely jailed (and beaten)':
    what is usually done; 'used to meet', 'sends aid every winter', 'visits twice a month', 'has met him three times',
    'has consistently refused': a habit, a rate, a tally of past occasions or a standing line. No event of the
    report."""
    if _present_habit(trig, v) or _standing(trig, v) or _under_present_habit(trig, v):
        return True
    if (trig.dep_ == "conj" or (trig.dep_ == "advcl" and trig.tag_ == "VBG")) and (
        _present_habit(trig.head, v) or _standing(trig.head, v)
    ):
        return True  # 'are routinely jailed and beaten', 'has consistently denied it, blaming others'
    head = trig.head
    if trig.dep_ == "xcomp" and head.tag_ == "VBD" and _lemma(head) in v["habit_verbs"]:
        return True
    kids = list(trig.children)
    if any(c.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in v["frequency_dets"] for d in c.children)
           for c in kids):  # fmt: skip
        return True
    if _rate(trig, v):
        return True
    if not any(c.dep_ == "aux" and _lemma(c) == "have" for c in kids):
        return False
    counts = [c for c in kids if c.dep_ in {"npadvmod", "advmod"}]
    counts += [p for c in kids if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(c.lower_ in v["tally_words"] for c in counts)


def _negated(t: Token, v: dict[str, frozenset[str]]) -> bool:
    return negated(t) and _lemma(t) not in v["negation_neutral_verbs"]


def negated_frame(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """An act told through a negated frame: an event noun as the subject of a negated verb of happening ('general
    strikes don't happen here', 'such raids never occur') or the means of a negated act ('did not win by
    attacking the courts', 'never made their anger known by shelling the town'). No event of the report."""
    head = trig.head
    if trig.pos_ in {"NOUN", "PROPN"} and trig.dep_ == "nsubj" and _lemma(head) in v["happening_verbs"]:
        return _negated(head, v)
    if trig.dep_ != "pcomp" or head.lower_ != "by":
        return False
    gov = head.head
    for _ in range(MAX_CLIMB):
        small_clause = gov.dep_ == "ccomp" and gov.tag_ == "VBN"  # 'make their anger known by ...'
        if not (small_clause or gov.dep_ in {"acl", "dobj", "attr", "oprd"}) or gov.head.i == gov.i:
            break
        gov = gov.head
    return _negated(gov, v)


def self_directed(trig: Token, etype: str, v: dict[str, frozenset[str]]) -> bool:
    """'blamed himself for the defeat', 'challenged herself to learn Chinese', 'praised themselves': a criticism,
    a demand or praise whose object is the speaker's own self names no other actor. No event."""
    if etype not in SELF_DIRECTED_TYPES:
        return False
    return any(c.dep_ in {"dobj", "dative"} and c.lower_ in v["reflexive_objects"] for c in trig.children)


def withheld_comment(trig: Token, etype: str, v: dict[str, frozenset[str]]) -> bool:
    """'declined to give details of the talks', 'refused to offer any specifics': declining to give the press
    what it asks for is declining comment (CAMEO 011, a public statement PLOVER does not code), no rejection."""
    return etype == "REJECT" and any(
        c.dep_ == "xcomp" and any(o.dep_ == "dobj" and _lemma(o) in v["comment_objects"] for o in c.children)
        for c in trig.children
    )


def press_terms(trig: Token, etype: str, v: dict[str, frozenset[str]]) -> bool:
    """A source's dealings with the press: declining to give details, asking not to be named. No event."""
    return withheld_comment(trig, etype, v) or anonymity_request(trig, etype, v)


def anonymity_request(trig: Token, etype: str, v: dict[str, frozenset[str]]) -> bool:
    """'asked not to be named', 'requested anonymity', 'asked to remain anonymous': a source's terms with the press
    (the other side of declining comment), no request between actors."""
    if etype != "REQUEST":
        return False
    words = v["anonymity_requests"]
    if any(c.dep_ in {"dobj", "dative"} and _lemma(c) not in words for c in trig.children):
        return False  # someone else is asked ('asked Peru to be named as mediator')
    for c in trig.children:
        passive = any(a.dep_ == "auxpass" for a in c.children)  # (not 'asked Peru to name a mediator')
        if ((c.dep_ == "xcomp" and passive) or c.dep_ == "dobj") and _lemma(c) in words:
            return True  # 'asked not to be named', 'requested anonymity'
        if c.dep_ == "xcomp" and any(a.dep_ == "acomp" and _lemma(a) in words for a in c.children):
            return True  # 'asked to remain anonymous'
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and _lemma(g) in words for g in c.children):
            return True  # 'asked for anonymity'
        if c.dep_ == "xcomp" and any(
            p.dep_ == "prep" and any(_lemma(g) in words for g in p.children) for p in c.children
        ):
            return True  # 'asked not to go on the record'
    return False


def unreal_noun(noun: Token, v: dict[str, frozenset[str]]) -> bool:
    """An event noun that an adjective says never happened ('cited a nonexistent attack', 'a fictitious raid',
    'a hypothetical strike'): no event."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (c.lower_ in v["unreal_adjectives"] or _lemma(c) in v["unreal_adjectives"])
        for c in noun.children
    )


def bare_death(trig: Token, obj: Token | None, etype: str, v: dict[str, frozenset[str]]) -> bool:
    """'died last year of renal failure', 'six people died in the floods': a verb of dying read without a cause
    of violence (the lexicon's 'died in an airstrike', 'died from injuries' come with theirs) tells a death,
    no attack; its subject is who died, not a doer."""
    return (
        etype == "ASSAULT"
        and (obj is None or obj is trig)
        and _lemma(trig) in v["death_verbs"]
        and not any(c.dep_ == "agent" for c in trig.children)
    )


def told_before(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """An event noun with a demonstrative ('declared this request moot', 'these demands were ignored') points
    back to an act told before (coded where it was told), or with 'such' to a kind of act: no new event."""
    return trig.pos_ == "NOUN" and any(
        c.dep_ in {"det", "amod"} and c.lower_ in v["anaphoric_dets"] for c in trig.children
    )


def graded(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """'has been fairly restrained in its comments', 'was very guarded in its response': a participle or an
    adjective graded by the adverb of degree right before it tells a manner or a state, no act done to anyone."""
    if trig.tag_ not in {"VBN", "JJ"} or trig.i == 0:
        return False
    before = trig.doc[trig.i - 1]
    return before.head.i == trig.i and before.dep_ == "advmod" and before.lower_ in v["degree_adverbs"]


def stative_passive(trig: Token, vocab: dict) -> bool:
    """A passive form that tells its subject's own stance ('is committed to', 'was opposed to'): the subject
    holds the stance, no one acts on it."""
    return trig.pos_ in {"VERB", "AUX"} and _lemma(trig) in vocab["stative_passives"]


#: distinct field labels ('TARGET:', 'ATTACKER:') that make a stretch of text the cells of a table
FACT_BOX_LABELS = 2
#: the shortest word read as a field label (not 'US:' or 'UN:')
LABEL_LENGTH = 3


def fact_box(trig: Token) -> bool:
    """The trigger's sentence is the run-on text of a table or fact box ('... wounded in a bomb attack ATTACKER:
    Juan Ortiz 52 stories LIMA, PERU March, 2016 TARGET: ...'): two or more distinct capitalised field labels,
    each a word followed by a colon. Its cells are a list of past entries, no sentence reporting an event, and
    the parser glues one entry's parties to the next one's act. A single repeated label is a run of link
    teasers ('READ: ... READ: ...'), read by ``event_frames``' teaser marks. The sentences on either side count
    too: the parser may cut the table after each label."""
    doc, sent = trig.doc, trig.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    if ":" not in token_texts(doc)[start + 1 : end + 1]:
        return False  # no word here is followed by a colon: no label (most sentences)
    labels = {
        t.text.rstrip("S")
        for t in doc[start:end]
        if t.is_upper and t.is_alpha and len(t) >= LABEL_LENGTH and t.i + 1 < len(doc) and doc[t.i + 1].text == ":"
    }
    return len(labels) >= FACT_BOX_LABELS
