"""A reaction that names no one answers the act told just before: 'North Korea fired a missile over Hokkaido on
Sunday. Japan protested.' is Japan's protest to North Korea.

An act with a source and no target whose trigger is a word of reacting (``data/reaction_verbs.tsv``) with nothing
after it that says what or whom it reacts to (no object, no 'against' / 'to' / 'over' / 'with' phrase, no clause
of what was said: 'protested against the launch' is read by ``event_anaphora``) takes as targets the sources of the
nearest act before it in its own sentence or the one before, when those are other parties than its own. With no
such act (a story that opens with the protest), it keeps its source alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_context import EventContext
from sitrep.extract.repeated_acts import party_keys
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: links of a word that say what or whom it reacts to
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "ccomp", "xcomp", "attr", "acl", "relcl"})
#: prepositions that name what or whom a reaction is about or to ('protested against', 'a protest to Seoul')
ABOUT_PREPS = frozenset({"against", "to", "at", "over", "with", "about", "toward", "towards", "of", "on", "for"})


@lru_cache(maxsize=1)
def words() -> frozenset[tuple[str, str]]:
    """(lemma, event type) of each reaction word: 'protest' as ACCUSE, not the demonstrations PROTEST codes."""
    return frozenset((row["word"], row["type"]) for row in read_tsv("reaction_verbs.tsv"))


def _unaimed(tok: Token) -> bool:
    """The reaction word has no object and no phrase of what or whom it reacts to ('on Sunday' is a day)."""
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS:
            return False
        if (
            c.dep_ == "prep"
            and c.lower_ in ABOUT_PREPS
            and not all(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree if t is not c)
        ):
            return False
    return True


def _reaction(sent: Span, trigger: str, etype: str) -> bool:
    said = set(trigger.lower().split())
    return any(t.lower_ in said and (lemma(t), etype) in words() and _unaimed(t) for t in sent)


def reaction_targets(ctx: EventContext, mentions: list[dict], cands: list[dict]) -> None:
    """Aim each reaction that names no one at the doers of the act told just before it."""
    by_idx = {m["idx"]: m for m in mentions}
    starts = [s.start_char for s in ctx.doc.sents]
    for i, cand in enumerate(cands):
        own = party_keys(cand, by_idx, "source")
        if not own or party_keys(cand, by_idx, "target") - own or not cand.get("trigger"):
            continue
        sent = ctx.doc.char_span(cand["start_char"], cand["end_char"], alignment_mode="expand")
        if sent is None or not _reaction(sent, cand["trigger"], cand["event_type"]):
            continue
        at = max((k for k, s in enumerate(starts) if s <= cand["start_char"]), default=0)
        floor = starts[at - 1] if at > 0 else 0
        before = [c for c in cands[:i] if floor <= c["start_char"] <= cand["start_char"] and c is not cand]
        for prev in sorted(before, key=lambda c: -c["start_char"]):
            doers = party_keys(prev, by_idx, "source")
            if doers and not doers & own:
                cand["participants"] += [dict(p, role="target") for p in prev["participants"] if p["role"] == "source"]
                break
