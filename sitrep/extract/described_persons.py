"""'A federal judge in Hawaii blocked the ban ... Judge Derrick Watson said': a person the text first describes by a
role word with no name (``data/described_persons.tsv``) and names later with that word as title. The description
becomes a PERSON mention whose resolution name is that person's, so the events it does credit the person.

Only an article ('a', 'an', 'the') with up to two modifiers before the role word counts, the word not followed by a
name ('Judge Derrick Watson' is a title), and only the first person named later whose title holds the word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sitrep.extract.mention_span import Span

ROLE_FILE = Path(__file__).parent / "data" / "described_persons.tsv"


@lru_cache(maxsize=1)
def role_words() -> tuple[str, ...]:
    """The role words of ``data/described_persons.tsv``."""
    lines = ROLE_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    return re.compile(
        r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?(" + "|".join(role_words()) + r")\b(?![\w-])(?!\s+[A-Z])"
    )


def _named(text: str, spans: list[Span], after: int, role: str) -> Span | None:
    """The first person named after ``after`` whose title (the word right before the name, or the head of an
    apposition right after it: 'Ali Akbar Velayati, foreign-affairs adviser to ...') is ``role``; none when
    one was named before (then the description is that person, or another one: no reading)."""
    before = re.compile(r"\b" + role + r"\s+$", re.IGNORECASE)
    appos = re.compile(r"^[’'ʼ]?,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?" + role + r"\b", re.IGNORECASE)
    for sp in sorted((s for s in spans if s.label == "PERSON"), key=lambda s: s.start):
        titles = {w.lower().strip(".") for w in sp.title_words}
        if (
            role in titles
            or before.search(text[max(0, sp.start - 40) : sp.start])
            or appos.search(text[sp.end : sp.end + 60])
        ):
            return sp if sp.start >= after else None
    return None


def add_described_persons(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus a PERSON mention for each described person named later (module doc)."""
    taken = [(sp.outer_start, sp.end) for sp in spans]
    added = []
    for m in _pattern().finditer(text):
        s, e = m.start(1), m.end(1)
        if any(ts < e and s < te for ts, te in taken):
            continue
        person = _named(text, spans, e, m.group(1))
        if person is not None:
            name = person.name or text[person.start : person.end]
            added.append(
                Span(s, e, "PERSON", model_label="PERSON", name=name, country=person.country, role=person.role)
            )
    return sorted([*spans, *added], key=lambda sp: (sp.start, sp.end)) if added else spans
