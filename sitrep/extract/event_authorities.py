"""The authority that reports an act of custody told in the agentless passive is its doer.

"Twelve protesters were arrested, police said", "the interior ministry said 25 detainees were freed": only a
state holds, frees or deports people, and the state body (or the state) whose statement tells the act is the one
that did it (PLOVER SRC); so is an office holder of the state's executive, forces or courts speaking for it
('Interior Minister X said ...'). A rights group or a reporter that tells it is no doer, nor is a person named
alone or a lawmaker.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.actor_dictionary import stem_sector
from sitrep.extract.event_arg_groups import group_of
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_frames import speech_verb
from sitrep.extract.party_groups import STATE_GROUPS

#: (category, mode) of acts of custody only a state does: arresting or detaining, deporting, releasing
CUSTODY_ACTS = frozenset({("COERCE", "arrest"), ("COERCE", "deport"), ("RETREAT", "release")})
#: Phoenix sectors of the offices whose holders speak for the state that holds, frees or deports people
CUSTODY_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
#: the links from the reported clause up to the verb of saying ('..., police said'; 'police said that ...')
REPORTED_DEPS = frozenset({"ccomp"})


def reporting_authority(mention_of: Callable[[Token], dict | None], verb: Token, plover: str, mode: str | None) -> list:
    """The actors of the state body or state whose statement tells an agentless passive act of custody (the
    caller checks the voice and that no agent is named): 'were arrested, police said' -> police."""
    if (plover, mode) not in CUSTODY_ACTS or verb.dep_ not in REPORTED_DEPS:
        return []
    said = speech_verb(verb)
    if said is None or said.i != verb.head.i:
        return []
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return []
    return [m for m in np_actors(mention_of, speaker) if _authority(m, speaker)]


def _authority(m: dict, speaker: Token) -> bool:
    """A state body ('police', 'the ministry', 'officials'), a state, a state's demonym on a state body ('the
    Afghan interior ministry'), or a person titled with an office of the state's executive, forces or courts
    ('Interior Minister Ana Ruiz', 'Police Chief X'; not a lawmaker or a spokesman)."""
    if m.get("group") in STATE_GROUPS or m.get("label") == "GPE":
        return True
    if m.get("label") == "PERSON" and m.get("title"):  # 'Interior Minister Ana Ruiz said ...': for the state
        sector = stem_sector(m["title"])
        return bool(sector) and sector[:3] in CUSTODY_SECTORS
    found = group_of(speaker) if speaker.pos_ == "NOUN" else None
    return m.get("label") == "NORP" and bool(found) and found[0] in STATE_GROUPS
