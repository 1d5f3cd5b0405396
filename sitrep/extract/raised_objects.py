"""An object shared by two coordinated verbs: 'Germany condemned and sanctioned Iran', 'Police arrested and
charged two men'. The parser hangs the object on the second verb only; the first, with nothing of its own after
it but the conjunction, names no one it is aimed at. It takes the targets the second verb's object names.

Only the plain shape counts: the first verb is active, has no object, complement, prepositional phrase or
subject after it, and is followed right away by 'and' / 'or' and the second verb (an adverb may stand between:
'criticised and later sanctioned'); the second verb is an active verb coordinated with it, with no subject of its
own and a direct object. The types whose acts take a shared object, each with an example a test runs, are listed
in ``data/raised_objects.tsv``; an act of another type (an arrival, a mobilisation) is no act on the object.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: links of a verb's own subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: links a bare first verb may have on its right besides the conjunction and the second verb
BARE_RIGHT = frozenset({"cc", "conj", "punct", "advmod"})
#: links on the second verb that carry its object
OBJECT_DEPS = frozenset({"dobj", "obj"})


@lru_cache(maxsize=1)
def sharing_types() -> frozenset[str]:
    """Event types whose act takes the object of the verb coordinated after it."""
    return frozenset(r["type"] for r in read_tsv("raised_objects.tsv"))


def _active(verb: Token) -> bool:
    """A verb of its own clause, not a participle describing a noun ('the sanctioned and ...')."""
    return verb.dep_ not in {"acl", "amod", "relcl"}


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def shared_object(first: Token) -> list[Token]:
    """The objects of the verb coordinated after ``first`` that ``first`` shares, when ``first`` is bare."""
    if first.pos_ != "VERB" or _passive(first) or not _active(first):
        return []
    if any(c.dep_ not in BARE_RIGHT for c in first.rights):
        return []
    second = next((c for c in first.rights if c.dep_ == "conj"), None)
    if second is None or second.pos_ != "VERB" or _passive(second):
        return []
    between = first.doc[first.i + 1 : second.i]
    if not between or between[0].lower_ not in {"and", "or"} or any(t.dep_ not in {"cc", "advmod"} for t in between):
        return []
    if any(c.dep_ in SUBJECT_DEPS for c in second.children):
        return []  # ('X criticised and Y sanctioned Z')
    return [c for c in second.children if c.dep_ in OBJECT_DEPS]


def _within(row: dict, spans: list[tuple[int, int]], starts: dict[int, int]) -> bool:
    """A participant row written inside one of ``spans`` (character ranges)."""
    at = starts.get(row["mention_idx"]) if row.get("mention_idx") is not None else row.get("phrase_start")
    return at is not None and any(a <= at < b for a, b in spans)


def share_raised_objects(doc: Doc, made: dict[int, dict], mentions: list[dict]) -> None:
    """Give each act of ``made`` (trigger index -> candidate, one sentence) whose bare verb is coordinated with a
    next verb the targets that verb's object names; ``mentions``: the article's mentions."""
    for i, act in made.items():
        if act["event_type"] not in sharing_types() or any(p["role"] == "target" for p in act["participants"]):
            continue
        objects = shared_object(doc[i])
        other = made.get(objects[0].head.i) if objects else None
        if other is None:
            continue
        starts = {m["idx"]: m["start_char"] for m in mentions}
        spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for o in objects]
        own = {p.get("mention_idx") for p in act["participants"] if p.get("mention_idx") is not None}
        act["participants"] += [
            {**p} for p in other["participants"]
            if p["role"] == "target" and _within(p, spans, starts) and p.get("mention_idx") not in own
        ]  # fmt: skip
