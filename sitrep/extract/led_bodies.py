"""Bodies named by whoever leads them: 'the Saudi-led coalition', 'a French-led peacekeeping force', 'the NATO-led
mission' (``data/led_bodies.tsv``).

The small model tags only the leader ('Saudi' as a nationality, 'US' as a country, 'NATO' as an organisation), and
an event of the coalition then credits the leader alone; a reader (and a scorer) knows the coalition by its whole
name, and 'the coalition' later in the article stands for it (``org_anaphora``). '<Leader>-led', up to two
lower-case words and a listed noun become ONE organisation mention in place of the mentions inside it, with the
leading state's country ('the Saudi-led coalition': Saudi Arabia), none for an organisation leading it. A mention
crossing the phrase's edge (a name going on after the noun) leaves it alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import actors
from sitrep.extract.data_files import read_tsv
from sitrep.extract.doc_text import doc_text
from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: the leader: one capitalised word or an abbreviation ('Saudi', 'U.S.', 'NATO'); a name of several words the model
#: tagged ('African Union', 'United States') is taken whole (``_leader_start``)
_LEADER = r"(?<![\w.-])([A-Z][\w.’']*)-led\s+"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    nouns = sorted((r["noun"] for r in read_tsv("led_bodies.tsv")), key=len, reverse=True)
    heads = "|".join(n.replace(" ", r"\s+") for n in nouns)
    return re.compile(_LEADER + r"((?:[a-z][\w-]*\s+){0,2}?)((?i:" + heads + r"))\b(?![\w-])")


def _leader_country(leader: str) -> str | None:
    """The country of a leading state ('Saudi', 'Russia', 'U.S.'), none for an organisation."""
    return actors.demonym_iso3(leader) or actors.country_iso3(leader)


def _leader_start(spans: list[Span], start: int) -> int:
    """Where the leader's name begins: at the start of a mention of several words that ends with the leader's word
    ('[African Union]-led'), else at the word."""
    return min((sp.start for sp in spans if sp.start <= start < sp.end), default=start)


def add_led_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each '<Leader>-led ... <noun>' as one ORG mention in place of the mentions inside it."""
    text = doc_text(doc)
    out = list(spans)
    for m in _pattern().finditer(text):
        start, end = _leader_start(out, m.start(1)), m.end(3)
        if any(sp.start < start < sp.end or sp.start < end < sp.end for sp in out):
            continue  # a name crossing the phrase's edge
        body = Span(start, end, "ORG", model_label="ORG")
        body.country = _leader_country(text[start : m.end(1)])
        body.country_cue = "name" if body.country else None
        out = [sp for sp in out if not (start <= sp.start and sp.end <= end)] + [body]
    out.sort(key=lambda sp: sp.start)
    return out
