"""An act done again is aimed at whom it was aimed at before: 'Trump accused Obama of wiretapping ... On Friday Trump
repeated the allegation' accuses Obama again, though the second sentence names only Trump.

An act with a source and no target whose words hold a verb of doing again (``data/repeated_acts.tsv``: 'repeated',
'reiterated', 'renewed'), as its trigger or as the head of its trigger noun ('reiterated its call'), takes the
targets of the last earlier act of the same type in the article that has a source in common with it (the same
entity, or a person of the same family name written alone: 'Donald Trump' ... 'Trump'). Without such an act it
keeps its source alone: the thing repeated may be another's or told in no act of the article.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.entity_names import name_tokens
from sitrep.extract.event_context import EventContext
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    return frozenset(row["verb"] for row in read_tsv("repeated_acts.tsv"))


def _repeated(sent: Span, trigger: str) -> bool:
    """The act's trigger is, or hangs on, a verb of doing again."""
    words = set(trigger.lower().split())
    again = verbs()
    return any(lemma(t) in again or lemma(t.head) in again for t in sent if t.lower_ in words)


def party_keys(cand: dict, mentions: dict[int, dict], role: str) -> set[tuple]:
    """Identity keys of the parties of one role: a mention's folded name and, for a person, its family name."""
    out: set[tuple] = set()
    for p in cand["participants"]:
        if p["role"] != role:
            continue
        m = mentions.get(p.get("mention_idx"))
        if m is None:
            if p.get("group"):
                out.add(("group", p["group"], p.get("country_iso3")))
            continue
        toks = name_tokens(m.get("name") or m["surface"])
        out.add(("name", toks))
        if m["label"] == "PERSON" and toks:
            out.add(("family", toks[-1]))
    return out


def repeated_targets(ctx: EventContext, mentions: list[dict], cands: list[dict]) -> None:
    """Give each act done again with no target of its own the targets of its source's earlier act of the type."""
    by_idx = {m["idx"]: m for m in mentions}
    for i, cand in enumerate(cands):
        own = party_keys(cand, by_idx, "source")
        if not own or party_keys(cand, by_idx, "target") - own or not cand.get("trigger"):
            continue  # no source, or a target of its own (its source as target: 'the allegation' read as his)
        sent = ctx.doc.char_span(cand["start_char"], cand["end_char"], alignment_mode="expand")
        if sent is None or not _repeated(sent, cand["trigger"]):
            continue
        for before in sorted(
            (c for c in cands[:i] if c["start_char"] < cand["start_char"] and c["event_type"] == cand["event_type"]),
            key=lambda c: -c["start_char"],
        ):
            targets = [dict(p) for p in before["participants"] if p["role"] == "target"]
            if targets and own & party_keys(before, by_idx, "source"):
                cand["participants"] += targets
                break
