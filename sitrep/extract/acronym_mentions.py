"""Organisation acronyms the small NER model does not tag ("ECOWAS", "OPEC" standing alone).

A full name the acronym is defined by ("Southern African Development Community (SADC)") is one
ORG mention even when the model cut it in pieces. An all-capital word becomes an ORG mention when the
article itself defines it ("... States (XYZ)": a name in parentheses after capitalised words), or when the
shipped Phoenix actor dictionary lists it as an organisation.
Words in an all-capital run (a shouted headline, a label "CONFLICT:"), places from the gazetteer and news
agencies are left alone; a word already inside a mention is never touched.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract import gazetteer
from sitrep.extract.actor_dictionary import lookup
from sitrep.extract.doc_text import doc_text
from sitrep.extract.entity_vocab import PLATFORM_OR_AGENCY
from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

ACRONYM = re.compile(r"(?<![\w\-’'])[A-Z]{2,8}(?![\w\-])")
#: "Some Long Name (SLN)": the acronym defined right after capitalised words
#: lower-case words a full name may hold between its capitalised words
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "des", "du", "on", "in"})
DEFINED = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:of|the|and|for|de|des|du)?\s*[A-Z][\w’'-]*)*\s*\(([A-Z]{2,8})\)")


def in_capital_run(text: str, start: int, end: int) -> bool:
    """The word stands next to another all-capital word: a shouted headline or a label, not a name. A sentence's
    end between the two parts them ('... Brigades (BDB). LNA forces moved')."""
    before = re.search(r"([A-Za-z]+)[^A-Za-z\n.!?]{0,3}$", text[max(0, start - 20) : start])
    after = re.match(r"[^A-Za-z\n.!?]{0,3}([A-Za-z]+)", text[end : end + 20])
    return any(m and m.group(1).isupper() and len(m.group(1)) > 1 for m in (before, after))


def _is_place(word: str) -> bool:
    return bool(gazetteer.country_iso3(word) or gazetteer.city(word, min_pop=100000, alternates=False))


def _known_organisation(word: str) -> bool:
    reading = lookup(word, kind="org")
    return reading is not None


def _defined(text: str) -> set[str]:
    return {m.group(1) for m in DEFINED.finditer(text)}


def acronym_spells(words: list[str], acronym: str) -> bool:
    """The initials of ``words`` spell ``acronym``, with or without their function words ("Association of
    Southeast Asian Nations" spells ASEAN, "Council of Baltic Sea States" CBSS)."""
    letters = [w[0].upper() for w in words if w]
    content = [w[0].upper() for w in words if w and w.lower() not in FUNCTION_WORDS]
    return acronym in ("".join(letters), "".join(content))


def _defined_names(text: str) -> list[tuple[int, int]]:
    """Character ranges of the full names an acronym in parentheses defines: the shortest run of words
    before it, opening with a capital, whose initials spell the acronym ("The 10-member [Association
    of Southeast Asian Nations] (ASEAN)")."""
    out = []
    for m in DEFINED.finditer(text):
        acronym = m.group(1)
        head = text[m.start() : m.start(1) - 1].rstrip()
        words = [(w.start() + m.start(), w.end() + m.start(), w.group(0)) for w in re.finditer(r"[\w’'-]+", head)]
        for i in range(len(words) - 1, -1, -1):
            run = words[i:]
            if run[0][2][:1].isupper() and acronym_spells([w for _, _, w in run], acronym):
                out.append((run[0][0], run[-1][1]))
                break
    return out


def _join_defined_names(text: str, spans: list[Span]) -> list[Span]:
    """A defined full name the model cut in pieces ("Southern African" + "Development Community") becomes one
    organisation mention; a mention reaching outside the name is left as it is."""
    for s, e in _defined_names(text):
        inside = [sp for sp in spans if s <= sp.start and sp.end <= e]
        crossing = [sp for sp in spans if sp.start < e and s < sp.end and sp not in inside]
        if crossing or (len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e)):
            continue
        spans = [sp for sp in spans if sp not in inside] + [Span(s, e, "ORG", model_label="ORG")]
    return sorted(spans, key=lambda sp: (sp.start, sp.end))


def add_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` plus an ORG mention for every free-standing organisation acronym of the article."""
    text = doc_text(doc)
    spans = _join_defined_names(text, spans)
    taken = sorted((sp.start, sp.end) for sp in spans)
    defined = _defined(text)
    agencies = {a.lower() for a in PLATFORM_OR_AGENCY}
    added: list[Span] = []
    for m in ACRONYM.finditer(text):
        s, e = m.start(), m.end()
        word = m.group(0)
        if any(ts < e and s < te for ts, te in taken):
            continue
        if word.lower() in agencies or _is_place(word):
            continue
        if in_capital_run(text, s, e):
            continue
        if word in defined or _known_organisation(word):
            added.append(Span(s, e, "ORG", model_label="ORG"))
    return sorted([*spans, *added], key=lambda sp: (sp.start, sp.end)) if added else spans


def add_org_matches(text: str, matches, spans: list, taken: list, stop: re.Pattern | None = None) -> list:
    """``spans`` plus an ORG mention at each regex match of ``matches`` that no ``taken`` range overlaps, that
    ``stop`` (matched right after it) does not continue, and that is no all-capital word of a shouted headline
    ('WHAT IS NEXT'). ``taken`` grows with the mentions added."""
    added = []
    for m in matches:
        s, e = m.start(), m.end()
        if any(ts < e and s < te for ts, te in taken) or (stop is not None and stop.match(text, e)):
            continue
        if m.group(0).isupper() and in_capital_run(text, s, e):
            continue
        added.append(Span(s, e, "ORG", model_label="ORG"))
        taken.append((s, e))
    return sorted([*spans, *added], key=lambda sp: (sp.start, sp.end)) if added else spans
