"""The authority that reports an act of custody or a charge told in the agentless passive is its doer.

"Twelve protesters were arrested, police said", "the interior ministry said 25 detainees were freed": only a
state holds, frees or deports people, and the state body (or the state) whose statement tells the act is the one
that did it (PLOVER SRC); so is an office holder of the state's executive, forces or courts speaking for it
('Interior Minister X said ...'). So with charges and inquiries: "two officers have been charged, the justice
ministry announced" - the ministry (or its prosecutors) accuses them. A rights group or a reporter that tells it
is no doer, nor is a person named alone or a lawmaker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon
from sitrep.extract.actor_dictionary import stem_sector
from sitrep.extract.doc_text import subtree_chars
from sitrep.extract.event_arg_groups import group_of, groups
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.party_groups import ARMED_GROUPS, STATE_GROUPS
from sitrep.extract.quote_lexicon import STATE_BODIES

if TYPE_CHECKING:
    from spacy.tokens import Token

#: (category, mode) of acts of custody only a state does: arresting or detaining, deporting, releasing, convicting
#: (a court: "he was found guilty, the court said"); and the
#: charges and inquiries a state body announces ('have been charged, the ministry said')
CUSTODY_ACTS = frozenset(
    {
        ("COERCE", "arrest"),
        ("COERCE", "deport"),
        ("RETREAT", "release"),
        ("ACCUSE", "allege"),
        ("ACCUSE", "investigate"),
        ("SANCTION", "convict"),
    }
)
#: groups of state bodies that tell such acts: the state's own groups and its prosecutors and courts
AUTHORITY_GROUPS = frozenset(STATE_GROUPS | {"judiciary"})
#: Phoenix sectors of the offices whose holders speak for the state that holds, frees or deports people
CUSTODY_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
#: modes only a court does: a conviction told by the police or a ministry ('was convicted, police said') is the
#: court's, whose speaker is no doer of it
COURT_MODES = frozenset({"convict"})
#: the links from the reported clause up to the verb of saying ('..., police said'; 'police said that ...')
REPORTED_DEPS = frozenset({"ccomp"})


def reporting_authority(mention_of: Callable[[Token], dict | None], verb: Token, plover: str, mode: str | None) -> list:
    """The actors of the state body or state whose statement tells an agentless passive act of custody (the
    caller checks the voice and that no agent is named): 'were arrested, police said' -> police. An office holder
    who tells it is marked ``for_state``: the merge credits his state too ('80 were detained, Interior Minister X
    said': the state detained them)."""
    if (plover, mode) not in CUSTODY_ACTS or verb.dep_ not in REPORTED_DEPS:
        return []
    speaker = reporter(verb)
    if speaker is None:
        return []
    found = [m for m in np_actors(mention_of, speaker) if _authority(m, speaker)]
    if mode in COURT_MODES:
        found = [m for m in found if _court(m)]
    return [{**m, "for_state": True} if m.get("label") == "PERSON" else m for m in found]  # speaks for the state


def reporter(verb: Token) -> Token | None:
    """The subject of the verb of saying whose complement ``verb``'s clause is ('..., police said'; 'the
    ministry announced that ...'), None when the clause is not told by someone."""
    said = verb.head
    if verb.dep_ not in REPORTED_DEPS or said.i == verb.i or said.pos_ not in {"VERB", "AUX"}:
        return None
    if not (quote_lexicon.VERB_FORMS.get(said.lower_) or quote_lexicon.VERB_FORMS.get(said.lemma_.lower())):
        return None
    return next((c for c in said.children if c.dep_ == "nsubj"), None)


def told_by_source(cand: dict, verb: Token, mentions: list[dict]) -> bool:
    """An agentless passive whose candidate's source is the one who tells it ('two officers have been charged,
    the justice ministry announced'): its speaker is named, so it is no passive with its speaker left out."""
    speaker = reporter(verb)
    if speaker is None:
        return False
    lo, hi = subtree_chars(speaker)
    start = {m["idx"]: m["start_char"] for m in mentions}
    return any(p["role"] == "source" and lo <= start.get(p.get("mention_idx"), -1) < hi for p in cand["participants"])


def _authority(m: dict, speaker: Token) -> bool:
    """A state body ('police', 'the ministry', 'officials', 'the US Justice Department'), a state, a state's
    demonym on a state body ('the Afghan interior ministry'), or a person titled with an office of the state's
    executive, forces or courts ('Interior Minister Ana Ruiz', 'Police Chief X'; not a lawmaker or a spokesman)."""
    if m.get("group") in AUTHORITY_GROUPS or m.get("label") == "GPE" or state_body(m):
        return True
    if m.get("label") == "PERSON" and m.get("title"):  # 'Interior Minister Ana Ruiz said ...': for the state
        sector = stem_sector(m["title"])
        return bool(sector) and sector[:3] in CUSTODY_SECTORS
    found = group_of(speaker) if speaker.pos_ == "NOUN" else None
    return m.get("label") == "NORP" and bool(found) and found[0] in AUTHORITY_GROUPS


def _court(m: dict) -> bool:
    """The judiciary: a court or prosecutors' group, a person titled with a court's office, a named court."""
    if m.get("group") == "judiciary":
        return True
    if m.get("label") == "PERSON" and m.get("title"):
        sector = stem_sector(m["title"])
        return bool(sector) and sector[:3] == "JUD"
    words = set((m.get("surface") or "").lower().split())
    return m.get("label") == "ORG" and bool(words & {"court", "tribunal", "prosecutor", "prosecutors"})


def state_body(m: dict) -> bool:
    """A named organisation of a state whose name ends in a word of a state body ('the US Justice Department',
    'the Russian Defence Ministry'): it acts for its state."""
    words = (m.get("surface") or "").lower().split()
    return m.get("label") == "ORG" and bool(m.get("country_iso3")) and bool(words) and words[-1] in STATE_BODIES


def civil_body(m: dict) -> bool:
    """A named state body that is no armed force ('the US Justice Department', not 'the Syrian Army' nor 'the
    Syrian Democratic Forces'): an armed group's name may end in a state's word for its forces, and a state's
    forces credit the state through their own group rows."""
    if not state_body(m):
        return False
    last = m["surface"].lower().split()[-1]
    found = groups().get(last) or groups().get(last.removesuffix("s"))
    return not (found and found[0] in ARMED_GROUPS)
