"""The doer of a passive act told by the 'by' phrase of the act it happened in ('were killed in air raids by NATO
forces', 'were arrested during a raid by the police', 'died in shelling by the army'): the parser hangs 'by X' on
the noun of the scene, not on the verb, so the verb has no agent of its own. When an act of violence or of force
told in the passive has no source yet (or only a place), the actors of the 'by' phrase of an event noun in its
setting phrase ('in', 'during', 'amid', ``data/scene_agents.tsv``) are its source.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_clauses import event_noun, subject_token
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_arg_places import named_place
from sitrep.extract.trigger_records import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the categories whose passive acts take their doer from the scene ('killed in raids by X', 'held in a raid by X')
SCENE_TYPES = frozenset({"ASSAULT", "COERCE"})


@lru_cache(maxsize=2)
def scene_words(kind: str) -> frozenset[str]:
    """The words of one kind of ``scene_agents.tsv``: 'prep' (the setting phrase's) or 'noun' (the scene's)."""
    return frozenset(r["word"] for r in read_tsv("scene_agents.tsv") if r["kind"] == kind)


def _scene_noun(tok: Token) -> bool:
    """An event noun or a scene noun of the data file (or its gerund taken for a verb: 'in shelling by X')."""
    if tok.dep_ == "pcomp":
        return tok.tag_ == "VBG" and tok.lower_ in scene_words("noun")
    return tok.pos_ == "NOUN" and (event_noun(tok) or (tok.lemma_ or tok.lower_).lower() in scene_words("noun"))


def scene_agents(mention_of: Callable[[Token], dict | None], trig: Trigger, sources: list[dict]) -> list[dict]:
    """The actors of the 'by' phrase of the event noun a passive act happened in, for an act with no source yet."""
    tok = trig.token
    if trig.reading.plover not in SCENE_TYPES or tok.pos_ != "VERB" or not all(named_place(m) for m in sources):
        return []
    if not subject_token(tok)[1] or any(c.dep_ == "agent" for c in tok.children):
        return []
    nouns = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in scene_words("prep")
        for p in c.children
        if p.dep_ in {"pobj", "pcomp"} and _scene_noun(p)
    ]
    nouns += [c for n in nouns for c in n.children if c.dep_ == "conj" and _scene_noun(c)]  # 'in raids and shelling'
    return [
        m
        for n in nouns
        for by in n.children
        if by.dep_ in {"prep", "agent"} and by.lower_ == "by"
        for o in by.children
        if o.dep_ == "pobj"
        for m in np_actors(mention_of, o)
    ]
