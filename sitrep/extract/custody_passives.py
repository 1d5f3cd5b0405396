"""Custody and legal charges told in the agentless passive (``data/custody_passives.tsv``).

A charge ('two Britons were charged in Kenya with spying', 'was indicted in X') is PLOVER ACCUSE allege, a speech
act that needs a source: told with no 'by' agent, the state of the place named charged them, so the unnamed
government of that place's country is its source, as ``event_arg_places.UNATTRIBUTED_SOURCES`` codes an agentless
arrest there ('was arrested in Lebanon'); with no place it stays uncoded (the PLOVER manual: no named actor, no
event). A verb of keeping ('hold', 'keep') is custody (COERCE arrest, CAMEO 173 "arrest, detain") only in the
passive with a person as its subject and a place of custody: a named place or a custody noun in its 'in'/'at'
phrase, or a 'without charge/trial' phrase ('has been held in Nairobi since May', 'was held at a police station');
'talks were held in X', 'he was held responsible', 'held hostage' are not custody."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.data_files import read_tsv, word_sets
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "custody_passives.tsv"
#: the reading of a person kept in custody
CUSTODY = ("COERCE", "arrest")
#: the reading of a legal charge; its unnamed actor is the one of an agentless arrest (the place's government)
CHARGE = ("ACCUSE", "allege")
#: the group of that unnamed actor (``event_arg_places.UNATTRIBUTED_SOURCES['COERCE']``)
UNATTRIBUTED_GROUP = "government"
#: links of a word that makes 'held' a judgement or a hostage-taking, not custody ('held responsible', 'held hostage')
PREDICATE_DEPS = {"oprd", "acomp", "xcomp", "ccomp", "dobj", "prt"}
#: prepositions of the place a person is kept in
PLACE_PREPS = {"in", "at", "inside"}
#: entity labels of a named place
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets(DATA)


def examples() -> list[dict]:
    return read_tsv(DATA)


def _agentless_passive(tok: Token) -> Token | None:
    """The passive verb's subject when it has no 'by' agent, else None."""
    from sitrep.extract.event_arg_clauses import subject_token  # (imported here: the trigger lexicon reads this)

    if tok.pos_ != "VERB" or any(c.dep_ == "agent" for c in tok.children):
        return None
    subj, passive = subject_token(tok)
    return subj if passive else None


def unattributed_kind(trig: Trigger) -> tuple[str, str] | None:
    """The unnamed actor an act with no source takes from its place: ``UNATTRIBUTED_SOURCES``' by category, and the
    government for a legal charge told in the agentless passive ('were charged in Kenya with spying')."""
    from sitrep.extract.event_arg_places import UNATTRIBUTED_SOURCES  # (imported here, as above)

    found = UNATTRIBUTED_SOURCES.get(trig.reading.plover)
    if found is not None or (trig.reading.plover, trig.reading.mode) != CHARGE:
        return found
    tok = trig.token
    if _lemma(tok) not in _words().get("charge", frozenset()) or _agentless_passive(tok) is None:
        return None
    return UNATTRIBUTED_SOURCES["COERCE"]


def charged_by_source(cand: dict, verb: Token, mentions: list[dict]) -> bool:
    """An agentless passive whose source is named after all: the one who tells it (``told_by_source``: 'two
    officers have been charged, the ministry said'), or, for a legal charge, the unnamed government of the place
    it was brought in (``unattributed_kind``: 'were charged in Kenya with spying')."""
    from sitrep.extract.event_authorities import told_by_source  # (imported here, as above)

    if told_by_source(cand, verb, mentions):
        return True
    if (cand["event_type"], cand.get("event_mode")) != CHARGE or _lemma(verb) not in _words().get("charge", ()):
        return False
    group = UNATTRIBUTED_GROUP
    return any(
        p["role"] == "source" and p.get("mention_idx") is None and p.get("group") == group for p in cand["participants"]
    )


def _custody_place(prep: Token) -> bool:
    """An 'in'/'at' phrase naming a place or a place of custody ('in Nairobi', 'at a police station', 'in
    custody'), or a 'without charge/trial' phrase."""
    words = _words()
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "without":
        return any(_lemma(o) in words.get("without", frozenset()) for o in objs)
    if prep.lower_ not in PLACE_PREPS:
        return False
    where = words.get("where", frozenset())
    return any(_lemma(o) in where or o.ent_type_ in PLACE_LABELS or places.place_country(o.text) for o in objs)


def held(tok: Token) -> bool:
    """A verb of keeping in the passive, a person its subject, a place of custody in its phrases."""
    if _lemma(tok) not in _words().get("hold", frozenset()) or tok.pos_ != "VERB":
        return False
    from sitrep.extract.event_arg_clauses import subject_token  # (imported here, as above)
    from sitrep.extract.held_persons import is_person

    subj, passive = subject_token(tok)
    if subj is None or not passive or not is_person(subj):
        return False
    if any(c.dep_ in PREDICATE_DEPS for c in tok.children):
        return False  # 'held responsible', 'held hostage', 'held up'
    return any(_custody_place(c) for c in tok.children if c.dep_ == "prep")


def read(tok: Token, current: Trigger | None = None) -> Trigger | None:
    """COERCE arrest for a person kept in custody (see ``held``) over a verb the lexicon leaves unread; None else."""
    if current is not None or not held(tok):
        return None
    return Trigger(tok, Reading(*CUSTODY, "173", origin="curated"), None)
