"""A relative named only by a pronoun is the person of the article who shares the actor's family name.

'His wife, Ana Vell, made an emotional plea to her husband' or 'Ana Vell urged her son to surrender' name the one
acted on by a kin noun ('husband', 'son': ``data/kin_nouns.tsv``) whose possessor is 'his' or 'her', the source
person: it was no party, so the act had its source alone while the relative (named elsewhere, 'Tom Vell fled
with a student') was a party only of other events. The relative is the one other person of the article whose full
name ends in the source's family name; with none, or several (a common surname: 'Kim'), the act keeps its source
alone. Only an act with no counterpart yet, a source person of the pronoun's sex (or of no known sex), and a kin
noun that is the object of the act's words ('urged her son', 'a plea to her husband') are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.entity_names import name_tokens
from sitrep.extract.event_context import EventContext
from sitrep.extract.kin_owners import kin
from sitrep.extract.pronoun_genders import agreeing

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: possessive pronouns of one person that a relative is named by
KIN_PRONOUNS = frozenset({"his", "her"})
#: links of a noun that is what an act is done to or aimed at ('urged her son', 'a plea to her husband')
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
#: links of a subject: a relative inside it acts, it is not acted on
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})


def _kin_object(sent: Span, trigger_words: set[str]) -> Token | None:
    """The kin noun with 'his'/'her' for possessor that is an object of the act's words in ``sent``."""
    for tok in sent:
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in KIN_PRONOUNS]
        if not poss or tok.dep_ not in OBJECT_DEPS or not kin(tok):
            continue
        chain = list(tok.ancestors)
        if any(t.dep_ in SUBJECT_DEPS for t in [tok, *chain]):
            continue
        near = {t.lower_ for t in chain} | {c.lower_ for t in chain for c in t.children if c.dep_ == "dobj"}
        if near & trigger_words:
            return tok
    return None


def _namesake(persons: list[dict], source: dict, at: int) -> dict | None:
    """The mention (the nearest before ``at``, else the first) of the one other person whose full name ends in the
    family name of ``source``."""
    own = name_tokens(source["surface"])
    if len(own) < 2:
        return None
    others = [
        m
        for m in persons
        if len(t := name_tokens(m["surface"])) >= 2 and t[-1] == own[-1] and t[0] != own[0] and t != own
    ]
    if len({name_tokens(m["surface"])[0] for m in others}) != 1:
        return None
    before = [m for m in others if m["start_char"] < at]
    return max(before, key=lambda m: m["start_char"]) if before else min(others, key=lambda m: m["start_char"])


def kin_counterparts(ctx: EventContext, cands: list[dict]) -> None:
    """Give each act done by one person to 'his'/'her' relative that relative's named person as its target."""
    persons = [m for m in ctx.mentions if m["label"] == "PERSON"]
    by_idx = {m["idx"]: m for m in persons}
    for cand in cands:
        parts = cand["participants"]
        if any(p["role"] != "source" for p in parts):
            continue
        sources = [by_idx[p["mention_idx"]] for p in parts if p.get("mention_idx") in by_idx]
        if len(sources) != 1 or len(parts) != 1:
            continue
        sent = ctx.doc.char_span(cand["start_char"], cand["end_char"], alignment_mode="expand")
        tok = _kin_object(sent, set((cand.get("trigger") or "").lower().split())) if sent is not None else None
        if tok is None:
            continue
        pronoun = next(c.lower_ for c in tok.children if c.dep_ == "poss")
        if not agreeing(ctx, pronoun, sources):
            continue
        relative = _namesake(persons, sources[0], cand["start_char"])
        if relative is not None:
            parts.append({"mention_idx": relative["idx"], "role": "target"})
