"""The states of a group an act is aimed at, told in the next sentence: 'Ruritania imposed sanctions on several
lawmakers. Four citizens of Borduria and one citizen of Poland are among them.' aims the sanctions at Borduria and
Poland.

An act whose target is a group of people with no country of its own (a ``group`` row whose country, if any, is
not written in its phrase but guessed from the article: 'several lawmakers', 'several European MPs') and no
state among its targets takes as targets the states the very next
sentence gives citizens or nationals of (``data/group_nationals.tsv``): 'citizens of X', 'one citizen of Y',
'X nationals', 'Ruritanian citizens', when that phrase is the subject of its clause, its predicate or in apposition
to either ('the lawmakers, citizens of X, ...'). PLOVER codes an act on a state's people as aimed at that state
when the text gives their state; the next sentence is where a report tells whom a group act hit ('The expelled
diplomats are X nationals'). The states told replace the group's guessed country. A farther sentence, a phrase
elsewhere in the clause ('he met citizens of X') or a group whose phrase writes its country adds nothing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.gazetteer import country_iso3, demonym_iso3

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: where a phrase of citizenship stands in its clause for it to tell a group's states
CLAUSE_DEPS = {"nsubj", "nsubjpass", "attr", "appos", "ROOT"}
#: mention labels of a state or its people
STATE_LABELS = {"GPE", "NORP"}


@lru_cache(maxsize=1)
def national_nouns() -> frozenset[str]:
    """Nouns of nationality ('citizen', 'national')."""
    return frozenset(r["noun"] for r in read_tsv("group_nationals.tsv"))


def _clause_place(tok: Token) -> bool:
    """The noun is a subject, a predicate or an appositive (through a coordination: 'four citizens of X and one
    citizen of Y')."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok.dep_ in CLAUSE_DEPS


def _state_row(tok: Token, by_token: dict[int, dict]) -> dict | None:
    """The target row of a state on ``tok``: its country name's mention, or its people's ('Polish citizens')
    with the country the merge credits."""
    m = by_token.get(tok.i)
    if m is None or m["label"] not in STATE_LABELS:
        return None
    if m["label"] == "GPE":
        return {"mention_idx": m["idx"], "role": "target"} if country_iso3(m["surface"]) else None
    iso3 = demonym_iso3(m["surface"])
    return {"mention_idx": m["idx"], "role": "target", "country_iso3": iso3} if iso3 else None


def sentence_states(sent: Span, by_token: dict[int, dict]) -> list[dict]:
    """The target rows of the states a sentence gives citizens or nationals of, in text order."""
    found: dict[int, dict] = {}
    for tok in sent:
        if tok.lemma_.lower() not in national_nouns() or tok.pos_ != "NOUN" or not _clause_place(tok):
            continue
        owners = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}]  # 'Polish citizens'
        owners += [p for c in tok.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for owner in owners:
            row = _state_row(owner, by_token)
            if row is not None:
                found[row["mention_idx"]] = row
    return [found[i] for i in sorted(found)]


def written_country(row: dict) -> bool:
    """The group's country is written in its own phrase ('Polish lawmakers', 'rebels in Syria'), not guessed
    from the article ('several European MPs' in a report from Kyiv)."""
    iso3 = row.get("country_iso3")
    words = (row.get("phrase") or row.get("surface") or "").replace("'s", "").split()
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words) + 1)))
    return bool(iso3) and any(iso3 in (country_iso3(w), demonym_iso3(w)) for w in spans)


def _group_targets(cand: dict) -> list[dict]:
    """The candidate's target groups with no country of their own, when it names no state as a target."""
    targets = [p for p in cand["participants"] if p["role"] == "target"]
    groups = [p for p in targets if p.get("group") and p.get("mention_idx") is None and not written_country(p)]
    others = [p for p in targets if p not in groups]
    return [] if any(p.get("mention_idx") is not None or p.get("country_iso3") for p in others) else groups


def add_group_states(doc: Doc, mentions: list[dict], cands: list[dict]) -> None:
    """Give each candidate aimed at a group without a country the states the next sentence gives its people."""
    if not any(_group_targets(c) for c in cands):
        return
    by_token = {}
    for m in mentions:
        span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        if span is not None:
            by_token.update({t.i: m for t in span})
    sents = list(doc.sents)
    for cand in cands:
        groups = _group_targets(cand)
        at = next((i for i, s in enumerate(sents) if s.start_char <= cand["start_char"] < s.end_char), None)
        states = sentence_states(sents[at + 1], by_token) if groups and at is not None and at + 1 < len(sents) else []
        if states:
            cand["participants"] += states
            for p in groups:  # the states told replace the article's guess
                p["country_iso3"] = None
