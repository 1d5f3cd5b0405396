"""States a description cannot stand for: the countries its own clause names beside it.

A description of a state named before ('the kingdom', 'the country'; ``state_epithets``) refers back to the last
country the article named (``event_mentions.description_antecedent``). It never stands for a country that its own
clause names as another party: in 'Saudi Arabia cut ties with Qatar. The kingdom accused Qatar of ...', Qatar was
named last, but the kingdom that accuses Qatar is not Qatar; nor is 'the country' of 'Chile accused the country'
Chile. ``clause_states`` gives the ISO3 codes of the countries named by the other arguments of the description's
verb (its subject, objects and the objects of its prepositions), which the antecedent search skips.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.event_context import EventContext

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the dependencies of a verb's own parties (a description's co-arguments)
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "attr", "agent", "prep"})
#: a subject's dependencies
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: the dependencies a description has as such a party
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "pobj"})


def _verb(tok: Token) -> Token | None:
    if tok.dep_ not in PARTY_DEPS:
        return None
    return tok.head.head if tok.dep_ == "pobj" else tok.head


def clause_states(ctx: EventContext, tok: Token) -> set[str]:
    """ISO3 codes of the countries named by the other parties of the clause ``tok`` is a party of."""
    verb = _verb(tok)
    if verb is None:
        return set()
    own = {t.i for t in tok.subtree} | ({tok.head.i} if tok.dep_ == "pobj" else set())
    out = set()
    for arg in verb.children:
        if arg.dep_ not in ARGUMENT_DEPS or arg.i in own:
            continue
        for t in arg.subtree:
            m = ctx.mention_of(t)
            if t.i in own or m is None or m["label"] != "GPE":
                continue
            if iso3 := places.country_iso3(m["surface"]):
                out.add(iso3)
    return out


def subject_state(ctx: EventContext, tok: Token, named: dict | None, keep: Callable[[dict], bool]) -> dict | None:
    """The antecedent of a description that is its clause's subject: the country that was the subject of the
    sentence the last country ``named`` stands in, when that sentence's main clause has one ``keep`` accepts
    ('Saudi Arabia cut ties with Qatar. The kingdom also closed its border': Saudi Arabia, not Qatar); else
    ``named``. A description's subject continues the last sentence's subject."""
    if named is None or tok.dep_ not in SUBJECT_DEPS:
        return named
    span = tok.doc.char_span(named["start_char"], named["end_char"], alignment_mode="expand")
    if span is None or span.sent.start == tok.sent.start:
        return named
    root = span.sent.root
    for subj in (c for c in root.children if c.dep_ in SUBJECT_DEPS):
        for t in subj.subtree:
            m = ctx.mention_of(t)
            if m is not None and m["end_char"] <= named["start_char"] and keep(m):
                return m
    return named
