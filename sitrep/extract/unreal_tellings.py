"""Acts told inside a frame that is no news of the world: a candidate's campaign pledge, and a work of fiction's plot.

- A campaign pledge: a promise made on condition of the promiser's election ('has vowed to expel the diplomats if
  elected president', 'I will impose sanctions if I become president'), a promise or threat named as a campaign's
  ('campaign threats to impose tariffs', 'a campaign promise to meet him', 'campaigned on a pledge to expel them'),
  or a promise made during a campaign ('During the campaign, X promised to meet Y'). What a candidate pledges is a
  platform, no act nor plan of the report's (PLOVER codes what actors do, not what they offer voters); a threat
  against another party stays a threat ('threatened during the campaign to impose tariffs on Chinese goods').
- A plot: the act happens in a film, a novel, an episode ('In the film, a police officer shoots a farmer'; 'the
  novel tells how rebels attacked a village'; 'a series in which soldiers arrest a smuggler').

Read by ``event_frames.frame_reason`` (the reason ``unreal``); the words are ``election_verbs``,
``campaign_words``, ``pledge_words`` and ``fiction_works`` of ``data/event_frames.json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import governors
from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links climbed from the trigger to the clauses that govern it
CLIMB_DEPS = {"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "dobj", "pobj", "prep", "pcomp"}
#: how many governing words are read
REACH = 6
#: marks of a condition on the promiser's election ('if elected', 'once he becomes president')
ELECTION_MARKS = {"if", "once", "when", "should"}
#: prepositions that set a promise in a campaign ('during the campaign', 'on the campaign trail')
CAMPAIGN_PREPS = {"during", "throughout", "on", "in"}
#: a candidate's threat against another party is still a threat ('threatened during his campaign to impose tariffs
#: on Chinese goods'): PLOVER codes the coercive statement whoever makes it
THREAT = "THREATEN"
#: verbs whose complement tells a work's plot ('the novel tells how ...', 'the film shows soldiers arresting ...')
PLOT_VERBS = {"tell", "show", "depict", "portray", "follow", "chronicle", "feature", "recount", "imagine"}


def told(trig: Token, etype: str, v: dict[str, frozenset[str]]) -> bool:
    """The trigger is a campaign pledge (not a threat) or happens in a work of fiction."""
    chain = _chain(trig)
    return (etype != THREAT and campaign_pledge(chain, v)) or plot(chain, v)


def _chain(trig: Token) -> list[Token]:
    return [trig, *governors(trig, CLIMB_DEPS, REACH)]


def campaign_pledge(chain: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """A promise on condition of the promiser's election, named as a campaign's, or made during a campaign."""
    verbs = [t for t in chain[:3] if t.pos_ in {"VERB", "AUX"}]
    verbs += [c for t in verbs if _lemma(t) in v["pledge_words"] for c in t.children if c.dep_ == "xcomp"]
    if any(_election_condition(t, v) for t in verbs):
        return True  # ('vowed to expel them if elected': the condition hangs on the act vowed)
    pledges = [t for t in chain[:3] if _lemma(t) in v["pledge_words"]] + _noun_before(chain[0], v)
    return any(_campaign_named(p, v) or _during_campaign(p, v) for p in pledges)


def _noun_before(trig: Token, v: dict[str, frozenset[str]]) -> list[Token]:
    """The pledge noun right before the trigger's 'to' ('campaign threats to impose sanctions'), which the parser
    may leave out of the trigger's chain (hanging the infinitive on the clause's verb)."""
    to = next((c for c in trig.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == trig.i - 1), None)
    if to is None or to.i == trig.sent.start:
        return []
    noun = trig.doc[to.i - 1]
    return [noun] if noun.pos_ == "NOUN" and _lemma(noun) in v["pledge_words"] else []


def _election_condition(verb: Token, v: dict[str, frozenset[str]]) -> bool:
    """'vowed to expel them if elected', 'if I become president': a clause of condition whose verb is an election."""
    return any(
        c.dep_ == "advcl"
        and _lemma(c) in v["election_verbs"]
        and any(m.dep_ == "mark" and m.lower_ in ELECTION_MARKS for m in c.children)
        for c in verb.children
    )


def _campaign_named(pledge: Token, v: dict[str, frozenset[str]]) -> bool:
    """'campaign threats', 'a campaign promise', 'campaigned on a pledge to ...'."""
    if any(c.dep_ in {"compound", "amod", "nmod"} and _lemma(c) in v["campaign_words"] for c in pledge.children):
        return True
    prep = pledge.head
    return pledge.dep_ == "pobj" and prep.dep_ == "prep" and _lemma(prep.head) in v["campaign_words"]


def _during_campaign(pledge: Token, v: dict[str, frozenset[str]]) -> bool:
    """'During the campaign, X promised to ...', 'vowed on the campaign trail to ...'."""
    for prep in (c for c in pledge.children if c.dep_ == "prep" and c.lower_ in CAMPAIGN_PREPS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words = [obj] + [c for c in obj.children if c.dep_ in {"compound", "amod", "nmod"}]
            if any(_lemma(w) in v["campaign_words"] for w in words):
                return True
    return False


def plot(chain: list[Token], v: dict[str, frozenset[str]]) -> bool:
    """'In the film, X shoots Y', 'the novel tells how X attacked Y', 'a series in which X arrests Y'."""
    for t in chain:
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if _work(obj, v) or (obj.tag_ == "WDT" and t.dep_ == "relcl" and _work(t.head, v)):
                    return True  # 'in the film', 'a film in which police shoot a farmer'
        if _lemma(t) in PLOT_VERBS and t is not chain[0] and any(c.dep_ == "nsubj" for c in t.children):
            subj = next(c for c in t.children if c.dep_ == "nsubj")
            if _work(subj, v) or (subj.tag_ in {"WDT", "WP"} and t.dep_ == "relcl" and _work(t.head, v)):
                return True  # 'the novel tells how ...', 'a novel that depicts ...'
    return False


def _work(noun: Token, v: dict[str, frozenset[str]]) -> bool:
    """A work of fiction ('the film', 'a novel'), not a run of things ('a series of raids')."""
    if noun.pos_ != "NOUN" or _lemma(noun) not in v["fiction_works"]:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
