"""A road death or injury told with a cue of the doer's negligence ('killed two cyclists while distracted by his
phone', 'a drunk driver killed a teenager'; ``data/negligence_cues.tsv``) is an accident, no ASSAULT. Only an
active clause of harm is read: its own clauses and phrases, and its doer's modifiers and relative clause; a driver
ramming a crowd tells his driving above the killing ('drove a truck into the crowd, killing 86'), a victim's
driving is told in a passive ('was killed by a bomb while driving to work')."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the verb's dependents whose words may tell how the harm came about
MANNER_DEPS = {"advcl", "prep", "agent"}
#: the doer's dependents that describe him ('a drunk driver', 'the driver, who was texting at the wheel')
DOER_DEPS = {"amod", "compound", "relcl", "acl"}


@lru_cache(maxsize=1)
def cues() -> dict[str, str]:
    """cue word -> its example sentence."""
    return {r["word"]: r["example"] for r in read_tsv("negligence_cues.tsv")}


def _words(heads: list[Token]) -> set[str]:
    return {w for h in heads for t in h.subtree for w in (lemma(t), t.lower_)}


def negligent_harm(trig: Token, etype: str) -> bool:
    """The ASSAULT trigger is an active verb of harm whose manner or doer tells negligence."""
    if etype != "ASSAULT" or trig.pos_ != "VERB" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in trig.children):
        return False
    doers = [c for c in trig.children if c.dep_ == "nsubj"]
    if trig.dep_ == "relcl" and any(c.tag_ in {"WP", "WDT"} for c in doers):
        doers.append(trig.head)  # 'van driver X, who killed two cyclists while ...'
    # (not a clause with a subject of its own: 'killed three guards while the convoy was speeding')
    heads = [c for c in trig.children if c.dep_ in MANNER_DEPS and not any(g.dep_ == "nsubj" for g in c.children)]
    heads += [c for d in doers for c in d.children if c.dep_ in DOER_DEPS and c.i != trig.i]
    return bool(_words(heads) & cues().keys())
