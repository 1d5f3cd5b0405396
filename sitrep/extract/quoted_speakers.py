"""A first-person actor inside a direct quotation is its speaker: '"We will retaliate," the minister said' and
also a quotation that runs over several sentences or paragraphs ('X said on Monday. "We condemn the attack. We
will not accept it," he said.'), whose first sentences have no verb of saying of their own.

The quotations and their speakers are ``quotes.doc_quotes``'s (the one finder of the warehouse's quotes, its
continuations over paragraphs and its lead-in sentences included), computed once per article. A subject 'we' or
'I', or the possessive of a subject ('our government', 'our forces'), stands for the quote's speaker: the named
person or body, else the state an office speaks for ('the foreign ministry said'), else nothing (a quote told by
'officials' has no speaker). Outside a quotation a first-person word stands for no one here.
"""

from __future__ import annotations

import bisect
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract.event_context import EventContext
from sitrep.extract.event_syntax import SUBJ
from sitrep.extract.speaker_states import state_at

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "quoted_speakers.json"
#: key of this module's per-article answer in ``EventContext.memo``
_QUOTES = "quoted_speakers.quotes"
#: dependencies of an object pronoun ('they attacked us', 'sanctions against us')
OBJECT_DEPS = {"dobj", "dative", "pobj"}


@lru_cache(maxsize=1)
def data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _index(quotes: list[dict]) -> tuple[list[int], list[dict]]:
    spoken = sorted((q for q in quotes if q.get("speaker_method")), key=lambda q: q["start_char"])
    return [q["start_char"] for q in spoken], spoken


def _quotes(ctx: EventContext) -> tuple[list[int], list[dict]]:
    """The article's quotations with a speaker, found once, when a first-person word first asks (about 2 % of
    the time events take on an article with quotes)."""
    if _QUOTES not in ctx.memo:
        from sitrep.extract.quotes import doc_quotes  # (it reads the speaker finder, which reads this package)

        ctx.memo[_QUOTES] = _index(doc_quotes(ctx.doc, ctx.mentions))
    return ctx.memo[_QUOTES]  # type: ignore[return-value]


def quote_at(ctx: EventContext, char: int) -> dict | None:
    """The quotation with a speaker that holds the character offset ``char``, or None."""
    starts, spoken = _quotes(ctx)
    i = bisect.bisect_right(starts, char) - 1
    if i >= 0 and spoken[i]["start_char"] <= char < spoken[i]["end_char"]:
        return spoken[i]
    return None


def _first_person(tok: Token) -> bool:
    """A subject 'we' / 'I', an object 'us' / 'me', or a first-person possessive of a subject ('our forces')."""
    words = data()
    if tok.lower_ in words["subjects"]:
        return tok.dep_ in SUBJ
    if tok.lower_ in words["objects"]:
        return tok.dep_ in OBJECT_DEPS
    return tok.lower_ in words["possessives"] and tok.dep_ == "poss" and tok.head.dep_ in SUBJ


def first_person_speaker(ctx: EventContext, tok: Token) -> dict | None:
    """The speaker of the quotation a first-person subject is inside (see the module doc), or None."""
    if tok.tag_ not in {"PRP", "PRP$"} or not _first_person(tok):
        return None
    quote = quote_at(ctx, tok.idx)
    if quote is None:
        return None
    if quote.get("speaker_mention_idx") is not None:
        return next((m for m in ctx.mentions if m["idx"] == quote["speaker_mention_idx"]), None)
    iso3 = quote.get("speaker_country_iso3")
    if not iso3:
        return None
    return state_at(ctx, tok, iso3)
