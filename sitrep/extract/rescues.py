"""Rescues: captives freed by a state's forces. PLOVER AID: "hostage rescues, e.g. 'Police in Barcelona freed 10
human trafficking victims during an operation yesterday' should be coded as AID", while captors freeing their
own captives ('the rebels freed the hostages', 'Iran freed the five hostages in a swap') is RETREAT release.
The freed are the nouns of the ``@rescued`` class of ``data/trigger_objects.tsv`` (hostages, victims,
captives); the doers are a state's armed forces or police (a state or its government named as the doer may be
the captor)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import lexicon, object_side, passive_objects, role_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the class of trigger_objects.tsv that names people held against their will by others than the state
RESCUED_CLASS = "@rescued"
#: the reading a release takes when it is a rescue
RELEASE = ("RETREAT", "release")
RESCUE = ("AID", None)
#: the group names (``event_args.group_of``) of a state's forces that rescue
RESCUERS = {"police", "military"}


def rescue_reading(etype: str, mode: str | None, parts: list[dict], tok: Token) -> tuple[str, str | None]:
    """AID for a release of hostages, victims or captives by a state's forces; the reading unchanged else."""
    forces = any(p["role"] == "source" and p["mention"].get("group") in RESCUERS for p in parts)
    if (etype, mode) != RELEASE or tok.pos_ != "VERB" or not forces:
        return etype, mode
    classes = lexicon().classes
    pairs = object_side(tok) + passive_objects(tok)
    if any(RESCUED_CLASS in classes.get(lemma(n), ()) for _, n in pairs + role_nouns(pairs)):
        return RESCUE
    return etype, mode
