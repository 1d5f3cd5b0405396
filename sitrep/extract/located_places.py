"""A place named where an act happened is no party beside one the act is done to: a target that is a place (a
city, a region, a country) standing in a locative phrase ('in X', 'near X', 'on a X street corner'; the
prepositions of ``data/located_places.tsv``) is dropped when a target that is no place already carries the place's
country. 'He stabbed a man on a Brooklyn street corner': the man (a civilian of the United States), not Brooklyn.
A place whose country no other target gives stays (the PLOVER records code where an act falls when its named
party has no country), so does a place alone on its side (``place_target``), and the place aimed at is left
alone ('fired at Ruritania', 'an attack on Kabul': a preposition read only when the place modifies its noun). Run
once an article's candidates are made (``added_sides``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.places import place_country

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: event types whose place is its recipient whoever else is named (forces sent near a state, leaving a place)
PLACE_TYPES = frozenset({"MOBILIZE", "RETREAT"})


@cache
def located_preps() -> dict[str, frozenset[str]]:
    """position ('object', 'modifier') -> the prepositions read there."""
    out: dict[str, set[str]] = {"object": set(), "modifier": set()}
    for row in read_tsv("located_places.tsv"):
        out[row["position"]].add(row["prep"])
    out["modifier"] |= out["object"]  # ('in a Lagos shopping mall' as 'in Lagos')
    return {k: frozenset(v) for k, v in out.items()}


def located(doc: Doc, m: dict) -> bool:
    """The mention is a place named in a locative phrase: the object of a preposition of where, or a modifier of
    that object's noun."""
    if m.get("unnamed") or m.get("label") not in PLACE_LABELS:
        return False
    span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    if span is None:
        return False
    tok: Token = span.root
    position = "object"
    while tok.dep_ in {"compound", "amod", "nmod", "poss"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        if tok.head.pos_ == "NOUN":
            position = "modifier"  # 'a Brooklyn street corner', 'a Lagos shopping mall'
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in located_preps()[position]


def drop_located_places(doc: Doc, mentions: list[dict], cands: list[dict]) -> None:
    """Remove from each candidate the place targets of locative phrases whose country a target that is no place
    already carries ('civilians' of the United States beside 'Brooklyn'): the place adds no recipient, only a
    wrong actor. A place whose country no other target gives stays (the PLOVER records code where an act falls
    when its named party has no country: 'fighters shot a commander of an allied militia in southern Lebanon')."""
    by_idx = {m["idx"]: m for m in mentions}
    for cand in cands:
        if cand.get("event_type") in PLACE_TYPES:
            continue
        parts = cand["participants"]
        targets = [p for p in parts if p["role"] == "target"]
        parties = {c for p in targets if not _place(p, by_idx) and (c := _country(p, by_idx))}
        drop = {
            id(p)
            for p in targets
            if (m := by_idx.get(p.get("mention_idx"))) is not None
            and located(doc, m)
            and _country(p, by_idx) in parties
        }
        if drop:
            cand["participants"] = [p for p in parts if id(p) not in drop]


def _country(p: dict, by_idx: dict) -> str | None:
    """The country a participant carries: its own, its mention's, or the country its place's name is in."""
    m = by_idx.get(p.get("mention_idx")) or {}
    found = p.get("country_iso3") or m.get("country_iso3")
    if found or m.get("label") not in PLACE_LABELS:
        return found
    return place_country(m.get("surface") or "")


def _place(p: dict, by_idx: dict) -> bool:
    """A participant naming a place: a place's mention, or the pseudo-mention of a place's country."""
    m = by_idx.get(p.get("mention_idx"))
    if m is not None:
        return m.get("label") in PLACE_LABELS
    return p.get("group_type") in PLACE_LABELS
