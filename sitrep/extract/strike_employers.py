"""The employer a strike is aimed at. PLOVER PROTEST strike: "members of an organization or union engage in the
abandonment of workplaces"; the organisation whose workplaces they leave is the recipient (TAR) and the working
people the source: 'Boeing machinists went on strike', 'workers at the Ruritex plant walked out', 'nurses
employed by the hospital group, Medico, began a strike', "Ruritair's pilots struck", 'employees of Ruritel went
on strike' -> source the workers, target the company. The employer is a named organisation in the striking
workers' own phrase: a compound or possessive on the worker noun, the object of 'at' / 'of' / 'for' on it (or
of a workplace noun there: 'workers at Ruritex's plant'), or the agent of a participle of hiring on it. A union
the workers belong to ('members of the Dockers' Union') is their own side, not the employer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_groups import group_actor
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.trigger_records import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the group (``agent_groups.tsv``) the working people of a strike are, whatever their noun ('machinists')
WORKERS = ("workers", "NORP")
#: dependencies of an employer named on the worker noun ('Boeing machinists', "Ruritair's pilots")
OWNER_DEPS = {"compound", "poss"}
#: prepositions of an employer or workplace on the worker noun ('workers at X', 'employees of X', 'pilots for X')
EMPLOYER_PREPS = {"at", "of", "for"}
#: words of a labour organisation's name: the workers' own union or federation, never their employer
LABOUR_WORDS = {"union", "unions", "federation", "confederation", "syndicate", "guild", "association", "congress"}


def _organisations(mention_of: Callable[[Token], dict | None], tok: Token) -> list[dict]:
    """The named organisations of the phrase on ``tok`` (its owner too: 'Ruritex's plant'), unions left out."""
    found = [m for m in np_actors(mention_of, tok) if not m.get("unnamed") and m.get("label") == "ORG"]
    own = mention_of(tok)
    if own is not None and not own.get("unnamed") and own.get("label") == "ORG" and own not in found:
        found.append(own)
    return [m for m in found if not LABOUR_WORDS & set(m["surface"].lower().split())]


def strike_employers(mention_of: Callable[[Token], dict | None], workers: Token | None) -> list[dict]:
    """The employers named in the phrase of ``workers``, the common-noun subject of a strike (module doc)."""
    if workers is None or workers.pos_ != "NOUN":
        return []
    heads = [c for c in workers.children if c.dep_ in OWNER_DEPS]
    hired = False
    for c in workers.children:
        if c.dep_ == "prep" and c.lower_ in EMPLOYER_PREPS:
            heads += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # 'nurses employed by X'
            agents = [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            heads += agents
            hired = hired or bool(agents)
    if hired:  # 'nurses employed by the hospital group, Medico,': the name parsed on the workers
        heads += [c for c in workers.children if c.dep_ == "appos"]
    out: list[dict] = []
    for h in heads:
        out += [m for m in _organisations(mention_of, h) if m not in out]
    return out


def strikers(workers: Token) -> dict | None:
    """The working people of a strike whose subject phrase names their employer, as a group actor."""
    return group_actor(workers, WORKERS)


def employer_targets(
    mention_of: Callable[[Token], dict | None], trig: Trigger, sources: list[dict], targets: list[dict]
) -> None:
    """A strike's employer named in its verb's subject phrase is its target, not a striker; the working people
    are the source when no other source remains (``sources`` and ``targets`` are updated in place)."""
    if trig.reading.mode != "strike" or trig.token.pos_ != "VERB":
        return
    subj = subject_token(trig.token)[0]
    employers = strike_employers(mention_of, subj)
    if not employers:
        return
    sources[:] = [m for m in sources if all(m.get("idx") != e.get("idx") for e in employers)]
    targets += [e for e in employers if all(e.get("idx") != t.get("idx") for t in targets)]
    if not sources and subj is not None and (workers := strikers(subj)) is not None:
        sources.append(workers)
