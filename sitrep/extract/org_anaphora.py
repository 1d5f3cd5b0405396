"""'The bloc', 'the alliance': a bare definite description standing for the international organisation the
article last named ("ECOWAS ... The bloc also imposed sanctions" -> ECOWAS); 'the council', 'the party': the
last organisation named whose name ends in that noun ("the Security Council ... The council condemned").

The description becomes an ORG mention whose resolution name is its antecedent's, so events and quotes that
have it as subject or speaker credit the organisation. Only a bare "the <noun>" counts ('the Western bloc' is
no anaphor), and only an organisation the shipped Phoenix dictionary lists as international is an antecedent.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import is_international, lookup, nonstate_armed_name
from sitrep.extract.doc_text import doc_text
from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: nouns that stand for an international organisation already named
ANAPHOR_NOUNS = ("bloc", "alliance", "organisation", "organization", "grouping", "coalition")
_ANAPHOR = re.compile(r"\b(?:[Tt]he)\s+(" + "|".join(ANAPHOR_NOUNS) + r")\b(?![\w-])")


#: head nouns of organisations' names: a bare 'the <noun>' stands for the last organisation named whose name ends in
#: it ("the UN Security Council ... The council condemned" -> the UN Security Council; 'the commission', 'the party')
HEAD_NOUNS = (
    "council",
    "commission",
    "committee",
    "ministry",
    "party",
    "front",
    "movement",
    "parliament",
    "assembly",
    "court",
    "tribunal",
    "federation",
    "union",
    "fund",
    "bank",
    "junta",
    "agency",
    "militia",
    "coalition",
    "alliance",
)
_HEAD = re.compile(r"\b(?:[Tt]he)\s+(" + "|".join(HEAD_NOUNS) + r")\b(?![\w-])")


#: descriptions of an armed group ('the armed group', 'the eastern-based armed group', 'the militia', 'the rebel
#: faction', 'the militants'): up to two modifiers, then the description's noun
ARMED_DESCRIPTIONS = (
    "armed group",
    "militant group",
    "rebel group",
    "armed faction",
    "rebel faction",
    "militia",
    "militants",
    "rebels",
    "insurgents",
    "jihadists",
)
_ARMED = re.compile(
    r"\b(?:[Tt]he)\s+(?:(?!(?:and|or|of)\s)[\w-]+\s+){0,2}?("
    + "|".join(d.replace(" ", r"\s+") for d in ARMED_DESCRIPTIONS)
    + r")\b(?![\w-])"
)
#: last words of an armed organisation's name ('Libyan National Army', 'Benghazi Defence Brigades'): the antecedent
#: a description of an armed group stands for
ARMED_NAME_HEADS = {"army", "brigades", "brigade", "militia", "front", "battalion", "battalions", "corps", "guards"}


#: meeting nouns after which 'its' stands for an organisation named in the same sentence ('after its summit')
MEETING_NOUNS = ("summit", "meeting", "conference", "congress", "assembly")
_ITS = re.compile(r"\b(its)\s+(?:\w+\s+)?(?:" + "|".join(MEETING_NOUNS) + r")\b")


DESCRIBED_FILE = Path(__file__).parent / "data" / "described_orgs.tsv"


@lru_cache(maxsize=1)
def described_table() -> tuple[dict[str, bool], frozenset[str]]:
    """``data/described_orgs.tsv``: head noun of a description by kind -> whether it needs an 'X-based' modifier;
    and the (lower-cased) news outlets that are never an antecedent."""
    heads, outlets = {}, set()
    for line in DESCRIBED_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, head, needs_based = line.split("\t")[:3]
        if kind == "outlet":
            outlets.add(head.lower())
        else:
            heads[head] = needs_based == "yes"
    return heads, frozenset(outlets)


@lru_cache(maxsize=1)
def _described_pattern() -> re.Pattern:
    heads = sorted(described_table()[0], key=len, reverse=True)
    return re.compile(
        r"\b(?:[Tt]he)\s+((?:(?!(?:and|or|of|its|their)\s)[\w-]+\s+){0,2}?)("
        + "|".join(h.replace(" ", r"\s+") for h in heads)
        + r")\b(?![\w-])(?!,?\s+(?:the\s+)?[A-Z])"  # 'the rights group(,) Amnesty International': named there
    )


def _described_antecedent(text: str, spans: list[Span], before: int) -> Span | None:
    """The last organisation named before ``before`` that is no news outlet ('the US-based rights group': Human
    Rights Watch, named before it)."""
    outlets = described_table()[1]
    for sp in sorted((s for s in spans if s.end <= before and s.label == "ORG"), key=lambda s: -s.start):
        if span_name(text, sp).lower() not in outlets and not armed_name(text, sp):
            return sp
    return None


def _described(text: str, spans: list[Span], taken: list[tuple[int, int]]) -> list[Span]:
    """An ORG mention for each description of an organisation by its kind ('the Paris-based watchdog', 'the charity')
    standing for the organisation named last before it."""
    heads = described_table()[0]
    out = []
    for m in _described_pattern().finditer(text):
        head = " ".join(m.group(2).lower().split())
        based = any(w.lower().endswith("-based") for w in m.group(1).split())
        s, e = m.start(2), m.end(2)
        if (heads.get(head) and not based) or any(ts < e and s < te for ts, te in taken):
            continue
        if any(sp.label == "ORG" and sp.start < e and m.start() < sp.end for sp in spans):
            continue  # 'the UN nuclear watchdog': an organisation named inside, no description of one named before
        ante = _described_antecedent(text, spans, m.start())
        if ante is not None:
            out.append(Span(s, e, "ORG", model_label="ORG", name=span_name(text, ante)))
    return out


def span_name(text: str, sp: Span) -> str:
    return sp.name or text[sp.start : sp.end]


def _antecedent(text: str, spans: list[Span], before: int, after: int = 0) -> Span | None:
    """The last international organisation mentioned before ``before`` (and from ``after`` on)."""
    for sp in sorted(
        (s for s in spans if after <= s.start and s.end <= before and s.label == "ORG"), key=lambda s: -s.start
    ):
        if is_international(lookup(span_name(text, sp), kind="org")):
            return sp
    return None


def _headed_antecedent(text: str, spans: list[Span], before: int, noun: str) -> Span | None:
    """The last organisation named before ``before`` whose name ends in ``noun`` ('the council': 'the UN Security
    Council'); none when the last such names differ (two councils: ambiguous)."""
    named = [
        sp
        for sp in sorted(spans, key=lambda s: -s.start)
        if sp.end <= before and sp.label == "ORG" and span_name(text, sp).lower().split()[-1:] == [noun]
    ]
    if not named or any(span_name(text, sp) != span_name(text, named[0]) for sp in named[1:2]):
        return None
    return named[0]


def armed_name(text: str, sp: Span) -> bool:
    """An organisation whose name ends in an armed organisation's noun ('the Ruritanian Liberation Army'), or a
    name the actor tables list as a non-state armed group only ('Hamas', 'the Houthis', 'al-Shabaab'), however the
    model labelled it."""
    name = span_name(text, sp)
    if sp.label == "ORG" and ARMED_NAME_HEADS & set(name.lower().split()[-1:]):
        return True
    return sp.label in {"ORG", "NORP", "PERSON"} and nonstate_armed_name(name)


def _armed_antecedent(text: str, spans: list[Span], before: int) -> Span | None:
    """The last armed group named before ``before`` (``armed_name``: 'the armed group': the Ruritanian Liberation
    Army; 'the militants': Hamas); none when the last two such names differ (ambiguous)."""
    named = [sp for sp in sorted(spans, key=lambda s: -s.start) if sp.end <= before and armed_name(text, sp)]
    if not named or any(span_name(text, sp) != span_name(text, named[0]) for sp in named[1:2]):
        return None
    return named[0]


def _possessives(doc: Doc, spans: list[Span]) -> list[Span]:
    """'its summit' after an international organisation named earlier in the same sentence."""
    text = doc_text(doc)
    out = []
    for m in _ITS.finditer(text):
        sent = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if sent is None:
            continue
        ante = _antecedent(text, spans, m.start(), sent.sent.start_char)
        if ante is not None:
            out.append(Span(m.start(1), m.end(1), "ORG", model_label="ORG", name=span_name(text, ante)))
    return out


def add_org_anaphors(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` plus an ORG mention for each bare 'the bloc' (etc.) with an international antecedent."""
    text = doc_text(doc)
    taken = [(sp.start, sp.end) for sp in spans]
    added = []
    for m in _ANAPHOR.finditer(text):
        s, e = m.start(1), m.end(1)
        if any(ts < e and s < te for ts, te in taken):
            continue
        ante = _antecedent(text, [*spans, *added], m.start())
        if ante is not None:
            added.append(Span(s, e, "ORG", model_label="ORG", name=span_name(text, ante)))
    for m in _HEAD.finditer(text):
        s, e = m.start(1), m.end(1)
        if any(ts < e and s < te for ts, te in taken + [(a.start, a.end) for a in added]):
            continue
        ante = _headed_antecedent(text, spans, m.start(), m.group(1))
        if ante is not None:
            added.append(Span(s, e, "ORG", model_label="ORG", name=span_name(text, ante)))
    for m in _ARMED.finditer(text):
        s, e = m.start(1), m.end(1)
        if any(ts < e and s < te for ts, te in taken + [(a.start, a.end) for a in added]):
            continue
        ante = _armed_antecedent(text, spans, m.start())
        if ante is not None:
            added.append(Span(s, e, "ORG", model_label="ORG", name=span_name(text, ante)))
    added += _described(text, spans, taken + [(a.start, a.end) for a in added])
    added += _possessives(doc, [*spans, *added])
    return sorted([*spans, *added], key=lambda sp: (sp.start, sp.end)) if added else spans
