"""A permission that lets a party do its own work is no access: 'allowing workers to start clearing debris', 'the
records allow the agency to pinpoint hazards'. PLOVER RETREAT covers allowing the entry of observers, peacekeepers or
humanitarian workers and letting people go; a permission (``permit`` rows of ``data/permitted_moves.tsv``) whose
infinitive is no verb of coming in, going or working on the spot (``move`` rows) is read as no RETREAT. Read by
``event_senses.sense_type``; a permission with no infinitive ('allowed the inspectors into the site', 'allowed the
return of the exiles') keeps its reading."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the category a permission is read as when it lets someone in or out
ACCESS_TYPE = "RETREAT"
#: links of the permitted act's infinitive ('allowed X to enter', 'let X go': ccomp with its own subject, or xcomp)
CLAUSE_DEPS = {"ccomp", "xcomp"}


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    return word_sets("permitted_moves.tsv")


def permission_only(trig: Token, etype: str) -> bool:
    """The trigger is a verb of permission read as RETREAT whose infinitives all name acts other than a move."""
    if etype != ACCESS_TYPE or _lemma(trig) not in vocab()["permit"]:
        return False
    acts = [c for c in trig.children if c.dep_ in CLAUSE_DEPS and c.pos_ == "VERB" and not _marked(c)]
    return bool(acts) and not any(_lemma(a) in vocab()["move"] for a in acts)


def _marked(clause: Token) -> bool:
    """A clause with a mark of its own ('allowed that the talks resume') is no infinitive of the permitted act."""
    return any(c.dep_ == "mark" for c in clause.children)
