"""Targets of an act about a happening told earlier: 'Brazil condemned the test' blames whoever tested.

An act of speech (``acts`` of ``data/event_anaphora.json``) with no target of its own whose object is a
definite event noun naming no actor ('the attack', 'such tests', 'the meeting was requested by X') refers back
to an earlier happening of the noun's categories: that happening's sources are the act's targets. Without an
earlier event of those categories, the nearest earlier phrase of such a noun with its own actor serves ('X's
tests', 'the Ruritanian test', 'X carried out tests').
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract.deed_nominals import nominal_targets
from sitrep.extract.event_addressees import answered_noun, carried_targets
from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_summaries import summary_noun, summary_targets
from sitrep.extract.event_syntax import lemma as _lemma
from sitrep.extract.gazetteer import country_iso3, demonym_iso3, metonym_iso3
from sitrep.extract.happening_refs import deed_targets
from sitrep.extract.spoken_words import speakers
from sitrep.extract.thing_owners import maker_actors
from sitrep.extract.untagged_states import untagged_state

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "event_anaphora.json"
#: prepositions an act is about its object with ('spoke out against', 'opposed to', 'protested over')
ABOUT_PREPS = {"against", "to", "over", "about", "for", "on", "of"}
#: modifiers that name the noun's own actor ('Iran's test', 'the Iranian test')
OWNER_DEPS = {"poss", "amod", "compound", "nmod"}
#: subjects of a said clause that judges an act ('said the ruling was flawed')
SUBJ = {"nsubj", "nsubjpass"}
#: determiners of a new happening, not one told before
NEW_DETS = {"a", "an", "another", "any", "no", "some", "every", "each"}


@lru_cache(maxsize=1)
def data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def noun_types(noun: Token) -> set[str]:
    """Categories of the happening an event noun (or its compound modifier: 'launch activities') names."""
    nouns = data()["nouns"]
    out = set(nouns.get(_lemma(noun), ()))
    for c in noun.children:
        if c.dep_ == "compound":
            out |= set(nouns.get(_lemma(c), ()))
    return out


def _refers_back(noun: Token) -> bool:
    dets = {c.lower_ for c in noun.children if c.dep_ in {"det", "amod", "predet"}}
    if dets & NEW_DETS:
        return False
    if dets & set(data()["determiners"]):
        return True
    if any(c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in noun.children):
        return True  # "Sunday's test"
    if _pronoun_owned(noun):
        return True  # "their arrest", "his imprisonment": the one told before
    return noun.tag_ == "NNS" and not any(c.dep_ == "det" for c in noun.children)


def _pronoun_owned(noun: Token) -> bool:
    """A happening owned by a pronoun ('their arrest', 'his imprisonment', 'its test') is the one told before: whether
    'their' stands for the ones acted on or the doers, the doer is the earlier event's."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def about_noun(trig: Token) -> Token | None:
    """The event noun an act is about: its object, its passive subject or the object of 'against', 'to', ..."""
    heads = [c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"}]
    heads += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS for g in c.children
              if g.dep_ == "pobj"]  # fmt: skip
    heads += [s for c in trig.children if c.dep_ == "ccomp" and _judging(c) for s in c.children if s.dep_ in SUBJ]
    for head in heads:
        if head.pos_ == "NOUN" and noun_types(head) and _refers_back(head):
            return head
    return None


def _judging(clause: Token) -> bool:
    """A said clause that tells what an act was ('said the ruling was flawed'): a copula or a participle."""
    return _lemma(clause) == "be" or clause.tag_ == "VBN"


def owner_actors(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The actors a noun's own modifiers name as its owner ('X's test', 'the Ruritanian test')."""
    return [m for c in noun.children if c.dep_ in OWNER_DEPS for m in np_actors(mention_of, c)]


def _own_actors(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The actor an event noun names itself ('X's test', 'the Ruritanian test', 'X carried out tests')."""
    found = owner_actors(mention_of, noun)
    if found or noun.dep_ != "dobj" or _lemma(noun.head) not in data()["doing_verbs"]:
        return found
    subj, passive = subject_token(noun.head)
    return [] if subj is None or passive else np_actors(mention_of, subj)


def _key(row: dict, mentions: dict[int, dict]) -> tuple:
    """Who a participant row stands for: a state however it is written ('Iran', 'Iranian', 'Tehran', 'the Kremlin'),
    else a person by surname, else the mention, else the group and its country."""
    named = row.get("mention_idx")
    if state := untagged_state(row):  # 'Chile again demanded ...' with 'Chile' untagged: the state
        return state
    if row.get("group"):
        return ("group", row["group"], row.get("country_iso3"))
    surface = mentions[named]["surface"] if named in mentions else ""
    state = row.get("country_iso3") or demonym_iso3(surface) or country_iso3(surface) or metonym_iso3(surface)
    if state:
        return ("state", state)
    if named in mentions and mentions[named].get("label") == "PERSON":
        return ("person", _full_name(surface, mentions))  # 'Xi Jinping' and later 'Xi'
    return ("mention", named)


def _home(row: dict, mentions: dict[int, dict]) -> tuple | None:
    """The state a person row acts for: its name's country, or that of the fuller name it repeats ('Guajardo')."""
    m = mentions.get(row.get("mention_idx"))
    if m is None or m.get("label") != "PERSON":
        return None
    full = _full_name(m["surface"], mentions)
    countries = [n.get("country_iso3") for n in mentions.values() if n.get("label") == "PERSON"
                 and n["surface"].lower() in {full, m["surface"].lower()} and n.get("country_iso3")]  # fmt: skip
    return ("state", m.get("country_iso3") or countries[0]) if m.get("country_iso3") or countries else None


def _full_name(surface: str, mentions: dict[int, dict]) -> str:
    """The longest person name of the document that holds every word of ``surface`` ('Xi' -> 'xi jinping')."""
    words = set(surface.lower().split())
    names = [m["surface"].lower() for m in mentions.values() if m.get("label") == "PERSON"]
    return max((n for n in names if words <= set(n.split())), key=len, default=surface.lower())


def back_targets(
    mention_of: Callable[[Token], dict | None],
    trig: Token,
    cand: dict,
    history: list[tuple[int, dict]],
    to_rows: Callable[[list[dict]], list[dict]],
    mentions: list[dict],
) -> list[dict]:
    """Target rows for ``cand`` (the act of ``trig``) from the happening its object noun refers back to, else the
    addressee its speaker's last act had (``event_addressees``); ``history``: (trigger index, candidate) of the
    events coded before it in the document."""
    found = _noun_targets(mention_of, trig, cand, history, to_rows, mentions)
    if found:
        return found
    by_idx = {m["idx"]: m for m in mentions}
    if not any(p["role"] == "target" for p in cand["participants"]):  # 'France condemned the law': its maker
        own = {_key(p, by_idx) for p in cand["participants"]}
        makers = maker_actors(mention_of, trig, cand["event_type"])
        rows = [r for r in to_rows([{"mention": m, "role": "target"} for m in makers]) if _key(r, by_idx) not in own]
        if rows:
            return rows
    answered = answered_noun(trig, cand)  # 'In response to Trump's threats, Mexico ...': Trump
    if answered is not None:
        own = {_key(p, by_idx) for p in cand["participants"]}
        owners = [m for m in owner_actors(mention_of, answered) if not m.get("unnamed")]
        rows = [r for r in to_rows([{"mention": m, "role": "target"} for m in owners]) if _key(r, by_idx) not in own]
        if rows:
            return rows
    deed = deed_targets(mention_of, trig, cand, history, lambda row: _key(row, by_idx))  # 'criticised the move'
    if deed:
        return deed
    # 'X banned rallies. Y condemned the ban': the deed the noun of its verb names
    named = nominal_targets(mention_of, trig, cand, history, lambda row: _key(row, by_idx), to_rows)
    if named:
        return named
    spoken = _speaker_targets(mention_of, trig, cand, to_rows, by_idx)  # '"...," X said. Y condemned the remarks'
    if spoken:
        return spoken
    return carried_targets(trig, cand, history, lambda row: _key(row, by_idx), lambda row: _home(row, by_idx))


def _speaker_targets(
    mention_of: Callable[[Token], dict | None],
    trig: Token,
    cand: dict,
    to_rows: Callable[[list[dict]], list[dict]],
    by_idx: dict[int, dict],
) -> list[dict]:
    """Target rows from the last speaker of the words the act is about (``spoken_words``), none of the act's side."""
    if any(p["role"] == "target" for p in cand["participants"]):
        return []
    own = {_key(p, by_idx) for p in cand["participants"]} | {_home(p, by_idx) for p in cand["participants"]}
    own.discard(None)

    def of_own_side(m: dict) -> bool:
        row = {"mention_idx": m.get("idx"), "group": m.get("group"), "country_iso3": m.get("country_iso3")}
        return _key(row, by_idx) in own or _home(row, by_idx) in own

    found = speakers(mention_of, trig, cand["event_type"], of_own_side)
    return [r for r in to_rows([{"mention": m, "role": "target"} for m in found]) if _key(r, by_idx) not in own]


def _noun_targets(
    mention_of: Callable[[Token], dict | None],
    trig: Token,
    cand: dict,
    history: list[tuple[int, dict]],
    to_rows: Callable[[list[dict]], list[dict]],
    mentions: list[dict],
) -> list[dict]:
    allowed = data()["acts"].get(cand["event_type"])
    if allowed is None or any(p["role"] == "target" for p in cand["participants"]):
        return []
    by_idx = {m["idx"]: m for m in mentions}
    own = {_key(p, by_idx) for p in cand["participants"]}
    summed = summary_noun(trig)  # '..., a move condemned by Y'
    if summed is not None:
        return [r for r in summary_targets(mention_of, summed, history, to_rows) if _key(r, by_idx) not in own]
    noun = about_noun(trig)
    if noun is None or (_own_actors(mention_of, noun) and not _pronoun_owned(noun)):
        return []
    types = noun_types(noun) if allowed == "*" else noun_types(noun) & set(allowed)
    if not types:
        return []
    for i, prior in sorted(history, key=lambda h: h[0], reverse=True):
        if i < noun.i and prior["event_type"] in types:
            rows = [{**p, "role": "target"} for p in prior["participants"] if p["role"] == "source"]
            rows = [r for r in rows if _key(r, by_idx) not in own]
            if rows:
                return rows
    for tok in reversed(trig.doc[: min(noun.i, trig.i)]):
        if tok.pos_ == "NOUN" and noun_types(tok) & types:
            found = [m for m in _own_actors(mention_of, tok) if not m.get("unnamed")]
            rows = [r for r in to_rows([{"mention": m, "role": "target"} for m in found]) if _key(r, by_idx) not in own]
            if rows:
                return rows
    return []
