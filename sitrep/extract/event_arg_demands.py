"""The target of a protest told only by what it demands or by who did what it protests: 'marched, calling for
the resignation of X', 'a rally demanding X's ouster', 'protested, urging the mayor to act', 'demanding that the
minister resign'; 'protested the killing of a student by police', 'rallied against the arrest of a blogger by
the authorities'. The one the demand is made of, the one the act demanded is done to, and the doer of the act
protested are the protest's target (PLOVER TAR). A refusal's target is who pressed for what it refuses
('declined to resign despite calls from X'). The words are in ``data/protest_demands.tsv``."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import lexicon, read_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links from a protest trigger (or its subject) to the clause telling its demand ('marched, calling for',
#: 'a rally demanding', 'protesters demanding X marched')
DEMAND_LINKS = {"advcl", "acl", "xcomp", "relcl", "conj"}
#: links from a verb of demanding to the ones it asks ('urging the mayor', 'calling on the governor')
ASKED_DEPS = {"dobj", "dative"}
#: prepositions of the one asked ('calling on X') and of the act demanded ('calling for X's resignation')
ASKED_PREPS = {"on", "upon"}
ACT_PREPS = {"for"}
#: links from a demanded act to whom it is done to or demanded of ('the ouster of X', 'X's ouster')
OWNER_DEPS = {"poss"}
OWNER_PREPS = {"of"}
#: links and prepositions from a protest trigger to the act it protests ('protested the killing', 'rallied
#: against the arrest', 'demonstrated over the closure')
PROTESTED_DEPS = {"dobj"}
PROTESTED_PREPS = {"against", "over"}
#: prepositions of what a protest's motive noun answers ('in response to X', 'in protest at Y')
MOTIVE_PREPS = {"to", "at", "against", "over"}
#: links below an act protested that leave its phrase (a relative clause tells of something else)
CLAUSE_LINKS = {"relcl", "acl", "advcl", "ccomp"}
#: links from a protest trigger to another word of the same protest ('rioted following a demonstration calling
#: for', 'converged for a rally to protest')
SAME_PROTEST_LINKS = {"prep", "pobj", "dobj", "relcl", "acl", "advcl", "xcomp"}
#: links from a verb of demanding to a clause of the act demanded ('demanding that X resign')
CLAUSE_DEPS = {"ccomp", "xcomp"}
#: nouns of pressing someone a rejection may be made in spite of ('refused despite pressure from X'), beside the
#: lexicon's nouns of demanding, threatening and protesting
PRESSURE_NOUNS = {"pressure", "call", "urging", "petition"}
PRESSING_TYPES = {"REQUEST", "THREATEN", "PROTEST", "COERCE"}


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_sets("protest_demands.tsv")


def _owners(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The actors a demanded act is done to: its possessive and its 'of' object ('X's ouster', 'the removal of X')."""
    heads = [c for c in noun.children if c.dep_ in OWNER_DEPS]
    heads += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS for p in c.children
              if p.dep_ == "pobj"]  # fmt: skip
    return [m for h in heads for m in np_actors(mention_of, h)]


def _demand_targets(mention_of: Callable[[Token], dict | None], verb: Token) -> list[dict]:
    """The targets one verb of demanding names: the ones it asks, and the ones its demanded act is done to."""
    words = _words()
    out: list[dict] = []
    acts: list[Token] = []
    for c in verb.children:
        if c.dep_ in ASKED_DEPS:
            if lemma(c) in words.get("act_noun", set()):
                acts.append(c)
            else:
                out += np_actors(mention_of, c)
        elif c.dep_ == "prep" and c.lower_ in ASKED_PREPS | ACT_PREPS:
            for p in (p for p in c.children if p.dep_ == "pobj"):
                if c.lower_ in ASKED_PREPS:
                    out += np_actors(mention_of, p)
                elif lemma(p) in words.get("act_noun", set()):
                    acts.append(p)
        elif c.dep_ in CLAUSE_DEPS and lemma(c) in words.get("act_verb", set()):
            out += [m for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} for m in np_actors(mention_of, s)]
        elif c.dep_ in CLAUSE_DEPS and any(lemma(d) in words.get("act_verb", set()) for d in c.children):
            out += np_actors(mention_of, c)  # 'demanding that Mayor X resign' parsed with the name as the clause head
    return out + [m for a in acts for m in _owners(mention_of, a)]


def request_act_targets(mention_of: Callable[[Token], dict | None], verb: Token) -> list[dict]:
    """Whom a verb of requesting wants an act done to or by, told by the act's noun ('called for the resignation
    of X', 'asked for X's removal'; the act_noun words): the actor the act's possessive or 'of' object names
    itself, not one inside a thing's phrase ('the removal of sanctions on X')."""
    acts = [c for c in verb.children if c.dep_ in ASKED_DEPS and lemma(c) in _words().get("act_noun", set())]
    acts += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ACT_PREPS for p in c.children
             if p.dep_ == "pobj" and lemma(p) in _words().get("act_noun", set())]  # fmt: skip
    heads = [c for a in acts for c in a.children if c.dep_ in OWNER_DEPS]
    heads += [p for a in acts for c in a.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS for p in c.children
              if p.dep_ == "pobj"]  # fmt: skip
    return [m for h in heads if (m := mention_of(h)) is not None]  # ('the removal of sanctions on X': no one's)


def _protest_word(tok: Token) -> bool:
    if tok.pos_ == "NOUN":
        found = lexicon().nouns.get(lemma(tok))
        return found is not None and found.plover == "PROTEST"
    found = read_verb(tok) if tok.pos_ == "VERB" else None
    return found is not None and found.reading.plover == "PROTEST"


def protest_words(trig: Token) -> list[Token]:
    """The trigger and the words of the same protest within three links below it ('rioted following a
    demonstration calling for X', 'converged for a rally to protest Y'): the demand or the act protested may
    hang on any of them."""
    out, todo = [trig], [(trig, 0)]
    while todo:
        tok, depth = todo.pop()
        for c in tok.children:
            if c.dep_ in SAME_PROTEST_LINKS and depth < 3:
                todo.append((c, depth + 1))
                if c not in out and _protest_word(c):
                    out.append(c)
    return out


def _denounced(mention_of: Callable[[Token], dict | None], verb: Token) -> list[dict]:
    """The actors a verb of denouncing is aimed at: its named object ('denouncing X'), or the owner of the policy
    or act it denounces ("denouncing the government's reform"), not one an act was done to ("condemning Ana's
    arrest": the @done_to nouns of trigger_objects.tsv)."""
    out: list[dict] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if mention_of(obj) is not None:
            out += np_actors(mention_of, obj)
        elif "@done_to" not in lexicon().classes.get(lemma(obj), ()):
            out += [m for c in obj.children if c.dep_ in OWNER_DEPS for m in np_actors(mention_of, c)]
    return out


def protest_demand_targets(mention_of: Callable[[Token], dict | None], trig: Token, subj: Token | None) -> list[dict]:
    """Targets of a protest from the demand or the denunciation told in a clause on its trigger (or a word of
    the same protest below it) or its subject, or in a clause joined to one ('waving banners and denouncing X')."""
    words = _words()
    holders = protest_words(trig) + ([subj] if subj is not None else [])
    clauses = [c for h in holders for c in h.children if c.dep_ in DEMAND_LINKS and c.pos_ == "VERB"]
    # 'marched in the capital demanding X': the participle hung by the parser on the trigger's place phrase
    places = [p for c in trig.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    clauses += [c for p in places for c in p.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    clauses += [j for c in clauses for j in c.children if j.dep_ == "conj" and j.pos_ == "VERB" and j not in clauses]
    out = [m for v in clauses if lemma(v) in words.get("demand_verb", set()) for m in _demand_targets(mention_of, v)]
    return out + [
        m for v in clauses if lemma(v) in words.get("denounce_verb", set()) for m in _denounced(mention_of, v)
    ]


def _agents_below(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The actors of the 'by' phrases inside a noun phrase, its clauses left out ('the arrest of a blogger by the
    authorities': the parser may hang 'by' on the inner noun)."""
    out: list[dict] = []
    todo = [noun]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            if c.dep_ in CLAUSE_LINKS:
                continue
            if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
                out += [m for p in c.children if p.dep_ == "pobj" for m in np_actors(mention_of, p)]
            else:
                todo.append(c)
    return out


def protested_agents(mention_of: Callable[[Token], dict | None], trig: Token) -> list[dict]:
    """Who did the act a protest is against ('protested the killing of a student by police', 'demonstrated
    outside the embassy against the arrest of a blogger by the authorities'): its 'by' actors."""
    words = protest_words(trig)
    holders = words + [p for w in words for c in w.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    nouns = [c for w in words for c in w.children if c.dep_ in PROTESTED_DEPS and c.pos_ == "NOUN"]
    nouns += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in PROTESTED_PREPS
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]  # fmt: skip
    # 'rallied in response to X's law', 'struck in opposition to the ministry's reforms'
    motives = [h for h in holders if lemma(h) in _words().get("motive_noun", set())]
    nouns += [p for h in motives for c in h.children if c.dep_ == "prep" and c.lower_ in MOTIVE_PREPS
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]  # fmt: skip
    # 'to protest the violations by X': the parser hangs the act's 'by' phrase on an active protest verb
    verbs = [w for w in words if w.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in w.children)]
    hung = [p for w in verbs for c in w.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children]
    found = [m for n in nouns for m in _agents_below(mention_of, n)]
    found += [m for n in nouns for m in _measure_owners(mention_of, n)]
    return found + [m for p in hung if p.dep_ == "pobj" for m in np_actors(mention_of, p)]


def _measure_owners(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The owner of a measure or decision protested ("protested over the government's decision"), told by its
    possessive; not one an act was done to ("protested over the student's killing": the @done_to nouns)."""
    if "@done_to" in lexicon().classes.get(lemma(noun), ()):
        return []
    return [m for c in noun.children if c.dep_ in OWNER_DEPS for m in np_actors(mention_of, c)]


def defied_actors(mention_of: Callable[[Token], dict | None], verb: Token) -> list[dict]:
    """Who pressed for what a rejection refuses, named in its 'despite' phrase ('declined to resign despite
    calls from the opposition', 'refused, despite pressure by X'): the demand's owner ('X's demands') or its
    'from / by / of' actors. Looked for on the verb and on the infinitive it refuses."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    out: list[dict] = []
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "despite"):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            word = (noun.lemma_ or noun.lower_).lower()
            found = lexicon().nouns.get(word)
            if word not in PRESSURE_NOUNS and (found is None or found.plover not in PRESSING_TYPES):
                continue
            for c in noun.children:
                if c.dep_ == "poss":
                    out += np_actors(mention_of, c)
                elif c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by", "of"}:
                    out += [m for o in c.children if o.dep_ == "pobj" for m in np_actors(mention_of, o)]
    return out
