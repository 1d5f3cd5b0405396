"""A personal pronoun with no person named near it continues a chain of the same pronoun: 'Connors has a long
record. In May he was let out on bail. A month later he offended again. Before he left, his victim hit him' -- the
'him' is Connors, whom every 'he' since stood for. ``event_mentions.pronoun_antecedent`` takes the last person
named in the pronoun's sentence or the few before; when none is named there, the pronoun stands for the last
person who was a subject (``EventContext.last_subject_person``) only when

- the sentence before it, or its own before it, has a subject pronoun of the same sex ('he' for 'him', 'she' for
  'her'): the chain is unbroken;
- that person agrees with the pronoun in sex and is not the subject of the pronoun's own verb;
- every person of that sex named since that person was named, and in the WINDOW sentences before the pronoun, is
  that person (no second candidate).

Otherwise the pronoun stays unresolved (careful, not greedy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import SUBJ
from sitrep.extract.pronoun_genders import PRONOUN_SEX, agreeing

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.event_context import EventContext

#: how many sentences before the pronoun must name no other person of its sex
WINDOW = 8


def _surname(m: dict) -> str:
    words = (m.get("name") or m["surface"]).split()
    return words[-1].lower() if words else ""


def _chain_link(tok: Token, sex: str) -> bool:
    """A subject pronoun of ``sex`` in the sentence before the pronoun's, or in its own before it."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.dep_ in SUBJ and t.tag_ == "PRP" and PRONOUN_SEX.get(t.lower_) == sex for t in tok.doc[start : tok.i])


def chained_person(ctx: EventContext, tok: Token, own: set[int | str]) -> dict | None:
    """The person a pronoun with no person named near it continues (see the module doc), or None."""
    last = ctx.last_subject_person
    sex = PRONOUN_SEX.get(tok.lower_)
    if last is None or sex is None or tok.tag_ != "PRP" or not _chain_link(tok, sex):
        return None
    if last["idx"] in own or _surname(last) in own or not agreeing(ctx, tok.lower_, [last]):
        return None
    sents = list(tok.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    start = min(last["start_char"], sents[max(0, at - WINDOW)].start_char)
    named = [m for m in ctx.mentions if m["label"] == "PERSON" and start <= m["start_char"] < tok.idx]
    if any(_surname(m) != _surname(last) for m in agreeing(ctx, tok.lower_, named)):
        return None
    return last
