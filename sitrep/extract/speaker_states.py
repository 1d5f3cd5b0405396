"""A speaker's own state named by a description: 'the minister said his country opposed the plan'.

A subject 'his/her/its/their country' or 'the country' (``data/speaker_states.json``) of a clause reported by a
speaker stands for the speaker's state: the state itself when the speaker is one, else the country of the
person, office or demonym speaking. The state's own mention in the article is used when there is one (so the
event credits the state), else an unnamed state actor with that country.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract.event_context import EventContext
from sitrep.extract.event_syntax import SUBJ

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "speaker_states.json"
#: dependencies of a clause a speech verb reports
REPORTED = {"ccomp", "parataxis"}


@lru_cache(maxsize=1)
def data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _description(tok: Token) -> bool:
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lower_ not in data()["nouns"] or tok.dep_ not in SUBJ:
        return False
    mods = [c for c in tok.children if c.dep_ not in {"case"}]
    return len(mods) == 1 and mods[0].dep_ in {"det", "poss"} and mods[0].lower_ in data()["possessives"]


def described_state(tok: Token) -> bool:
    """``tok`` is a subject 'his country' / 'the country' (``data/speaker_states.json``)."""
    return _description(tok)


def _speaker_country(ctx: EventContext, speaker: Token) -> str | None:
    m = next((ctx.mention_of(t) for t in speaker.subtree if ctx.mention_of(t) is not None), None)
    if m is None:
        return None
    if m["label"] == "PERSON":
        return ctx.person_country.get(m["idx"]) or m.get("country_iso3") or m.get("context_country")
    return m.get("country_iso3")


def speaker_state(ctx: EventContext, tok: Token) -> dict | None:
    """The state a subject 'his country' / 'the country' of a reported clause stands for, or None."""
    if not _description(tok):
        return None
    clause = tok.head
    if clause.dep_ not in REPORTED:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ in SUBJ), None)
    iso3 = _speaker_country(ctx, speaker) if speaker is not None else None
    if not iso3:
        return None
    return state_at(ctx, tok, iso3)


def state_at(ctx: EventContext, tok: Token, iso3: str) -> dict:
    """The state ``iso3`` as the word ``tok`` stands for it: the last mention of that country before the word,
    else an unnamed state mention on the word itself."""
    before = [m for m in ctx.mentions if m["label"] == "GPE" and m.get("kind") == "country"
              and m.get("country_iso3") == iso3 and m["start_char"] < tok.idx]  # fmt: skip
    if before:
        return before[-1]
    return {
        "unnamed": True,
        "label": "GPE",
        "surface": tok.text,
        "idx": -1 - tok.i,
        "start_char": tok.idx,
        "end_char": tok.idx + len(tok.text),
        "country_iso3": iso3,
    }
