"""Targets of a reaction told on a noun that sums up the clause before it.

'Russia annexed the region, a move condemned by Y': the criticism hangs, as a participle with its agent, on a
noun in apposition that sums up the clause ('a move', 'a decision'; ``data/summary_nouns.tsv``), and is aimed at
whoever did the clause's act (the nearest earlier event of the sentence with a source, else the clause's subject).
A proposal or an offer so summed up ('X said the sides could swap prisoners, a proposal rejected by Y') is its
speaker's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_clauses import governing_verb, subject_token
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_frames import speech_verb
from sitrep.extract.event_syntax import SUBJ, lemma
from sitrep.extract.event_triggers import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

#: relative pronouns of a clause on the summing-up noun ('a move that was condemned by Y')
RELATIVES = {"that", "which"}


@lru_cache(maxsize=1)
def summary_nouns() -> dict[str, str]:
    """Noun lemma -> kind (`act` or `speech`) of ``data/summary_nouns.tsv``."""
    return {r["noun"]: r["kind"] for r in read_tsv("summary_nouns.tsv")}


def summary_noun(trig: Token) -> Token | None:
    """The summing-up noun a reaction's participle with its agent hangs on, set off by a comma ('..., a move
    condemned by Y', '..., a move that was condemned by Y') or opening an 'in' phrase on the act's verb ('in a move
    condemned by Y'); None otherwise."""
    if trig.tag_ != "VBN" or not any(c.dep_ == "agent" for c in trig.children):
        return None
    relative = trig.dep_ == "relcl" and any(c.dep_ in SUBJ and c.lower_ in RELATIVES for c in trig.children)
    if trig.dep_ != "acl" and not relative:
        return None
    noun = trig.head
    if lemma(noun) not in summary_nouns() or noun.left_edge.i == 0:
        return None
    before = trig.doc[noun.left_edge.i - 1]
    if before.text == ",":
        return noun
    on_act = noun.head.head.pos_ in {"VERB", "AUX"}  # 'in a move ...' on the act's verb
    return noun if noun.dep_ == "pobj" and before.i == noun.head.i and before.lower_ == "in" and on_act else None


def summary_targets(
    mention_of: Callable[[Token], dict | None],
    noun: Token,
    history: list[tuple[int, dict]],
    to_rows: Callable[[list[dict]], list[dict]],
) -> list[dict]:
    """Target rows of the reaction on ``noun``: the speaker of a summed-up proposal, else the sources of the
    nearest earlier event of the sentence (``history``: (trigger index, candidate) of the events coded before)."""
    if summary_nouns()[lemma(noun)] == "speech":
        said = speech_verb(noun)
        speaker = subject_token(said)[0] if said is not None else None
        found = np_actors(mention_of, speaker) if speaker is not None else []
        if found:
            return to_rows([{"mention": m, "role": "target"} for m in found])
    start = noun.sent.start
    for i, prior in sorted(history, key=lambda h: h[0], reverse=True):
        if start <= i < noun.i:
            rows = [{**p, "role": "target"} for p in prior["participants"] if p["role"] == "source"]
            if rows:
                return rows
    verb = governing_verb(noun)  # an act the lexicon codes no event for: the doer of the clause summed up
    doer, passive = subject_token(verb) if verb is not None else (None, True)
    found = np_actors(mention_of, doer) if doer is not None and not passive else []
    return to_rows([{"mention": m, "role": "target"} for m in found])
