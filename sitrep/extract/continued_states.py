"""An open state group that continues the last sentence's state: 'Peru said it would sue Chile over the border. The
government also demanded compensation.' -> Peru's government.

A bare definite description of a state group of ``data/continued_states.tsv`` ('the government', 'the ministry',
'the army', 'the lawmakers': 'the' and no country of its own) that is the subject of its clause and that the text's
countries leave open (``domestic_groups``: none named in its sentence or so far, several, or only the other side's)
acts for the state the sentence before had as its centre: the main subject of the sentence before (a pronoun or a
sentence with no actor followed back, ``event_coref``), when that is a country, its capital or a group of one
country ('The Peruvian government said ... The government also ...'), and not a party on the other side of the
event. A subject names who the story is about; the next sentence's 'the government' is that state's, not its
counterpart's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_coref import MAX_HOPS
from sitrep.extract.event_coref import _previous_subject as previous_subject

if TYPE_CHECKING:
    from spacy.tokens import Span

DATA = "continued_states.tsv"
GROUPS = frozenset(r["group"] for r in read_tsv(DATA))
#: a clause subject's dependencies
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: the only word a continued description may have besides adjectives and compounds ('the foreign ministry')
ARTICLE = "the"
MODIFIER_DEPS = frozenset({"amod", "compound"})


def examples() -> list[dict]:
    return [r for r in read_tsv(DATA) if r.get("example")]


def _bare_subject(ctx: EventContext, m: dict) -> bool:
    """The group is written as 'the <noun>' (adjectives and compounds allowed) at a clause's subject."""
    if m.get("idx", 0) >= 0 or m.get("start_char", -1) < 0:
        return False
    head = ctx.doc[-1 - m["idx"]]
    if head.dep_ not in SUBJECT_DEPS or head.idx != m["start_char"]:
        return False
    mods = [c for c in head.children if c.i < head.i]
    if not mods or mods[0].lower_ != ARTICLE or mods[0].dep_ != "det":
        return False
    return all(c.dep_ in MODIFIER_DEPS and not c.ent_type_ for c in mods[1:])


def _country(m: dict) -> str | None:
    """The country a party is of or names ('Chile', 'Chilean', 'Santiago', 'Chilean troops')."""
    if m.get("country_iso3"):
        return m["country_iso3"]
    text = m["surface"]
    return places.country_iso3(text) or places.demonym_iso3(text) or places.capital_iso3(text)


def _state_of(m: dict | None) -> str | None:
    if m is None:
        return None
    if m.get("group"):
        return None if m.get("regional") else m.get("country_iso3")
    if m["label"] != "GPE":
        return None
    return places.country_iso3(m["surface"]) or places.capital_iso3(m["surface"])


def continued_state(ctx: EventContext, sent: Span, part: dict, parts: list[dict]) -> dict:
    """``part`` with its open state group given the state of the sentence before's subject, unless that state is
    a party on the other side of the event ('Chile rejected the plan. The government demanded that Chile pay')."""
    m = part["mention"]
    if not m.get("group") or m.get("country_iso3") or m.get("regional") or m["group"] not in GROUPS:
        return part
    if not _bare_subject(ctx, m):
        return part
    iso3 = _state_of(previous_subject(ctx, sent, plural=False, hops=MAX_HOPS))
    if iso3 is None or any(p["role"] != part["role"] and _country(p["mention"]) == iso3 for p in parts):
        return part
    return {**part, "mention": {**m, "country_iso3": iso3}}
