"""A deployment sent to a sea ('ordered the carrier group to the eastern Mediterranean', 'sent two warships to the
Black Sea'): it takes place at sea, in no country - not in the sending state, nor where the story is set."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_context import EventContext
from sitrep.extract.event_syntax import clause_head

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: words of a sea's name ('the Black Sea', 'the Gulf of Aden', 'the eastern Mediterranean', 'the Pacific')
SEA_WORDS = frozenset(
    {"sea", "ocean", "gulf", "strait", "straits", "mediterranean", "pacific", "atlantic", "baltic", "caribbean"}
)
#: prepositions of where a deployment goes (not 'into': 'fired a missile into the sea' is a test at home)
TOWARD_PREPS = frozenset({"to", "toward", "towards"})
#: the types of a deployment
DEPLOYMENT_TYPES = frozenset({"MOBILIZE"})
#: entity labels of a sea's name
SEA_LABELS = frozenset({"LOC", "GPE"})
#: the place source of a deployment's sea
AT_SEA = "sea"


def sea_destination(ctx: EventContext, trig: Token, sent: Span, etype: str) -> dict | None:
    """The sea a deployment the trigger tells is sent to ('ordered the fleet [to move] to the X Sea'), as a place
    of no country that keeps the sea's name; None for another event or destination."""
    if etype not in DEPLOYMENT_TYPES:
        return None
    heads = {trig, clause_head(trig)}
    heads |= {c for h in list(heads) for c in h.children if c.dep_ in {"xcomp", "dobj"}}
    for m in ctx.mentions:
        if m["label"] not in SEA_LABELS or not (sent.start_char <= m["start_char"] < sent.end_char):
            continue
        if not SEA_WORDS & set(m["surface"].lower().split()):
            continue
        span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ == "pobj" and root.head.lower_ in TOWARD_PREPS and _goes(root.head, heads):
            name = m["surface"][4:] if m["surface"].lower().startswith("the ") else m["surface"]
            return {"location_name": name, "location_country_iso3": None, "latitude": None, "longitude": None}
    return None


def _goes(prep: Token, heads: set[Token]) -> bool:
    """The 'to' phrase tells where the deployment goes: it hangs on its verb, or on a word of how near it goes
    ('move closer to X', 'sail nearer to X')."""
    holder = prep.head
    return holder in heads or (holder.dep_ == "advmod" and holder.head in heads)


def sea_of(members: list[dict], place: dict | None) -> dict | None:
    """The sea a merged deployment's reports send it to, unless a report's own sentence names a place of a
    country (where it arrived); else ``place``."""
    sea = next((c for c in members if c.get("place_source") == AT_SEA), None)
    if sea is None or (place and place.get("place_source") == "sentence"):
        return place
    return sea
