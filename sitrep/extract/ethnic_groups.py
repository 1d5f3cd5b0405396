"""The country of an ethnic minority named by its people's demonym ('ethnic Ruritanians', 'ethnic Ruritanian
rebels'): CAMEO and PLOVER code a minority with the state it lives in, not the state its name comes from. That
state is the first other country its sentence names (by name, demonym, capital or a city the gazetteer places:
'ethnic Ruritanians in Borduria', 'Bordurian police arrested ethnic Ruritanians', 'ethnic Ruritanian rebels
attacked a post near <a Bordurian town>'); with none named, the demonym's own country stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.event_arg_groups import group_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the modifier that makes a demonym name a minority rather than a state's people
ETHNIC_WORDS = {"ethnic"}
#: labels of the mentions that name a country
COUNTRY_LABELS = {"GPE", "NORP"}


def _ethnic(tok: Token) -> bool:
    """The token, or the noun it modifies, carries 'ethnic' ('ethnic Ruritanians', 'ethnic Ruritanian rebels')."""
    heads = [tok] + ([tok.head] if tok.dep_ in {"amod", "compound"} else [])
    return any(c.dep_ == "amod" and c.lower_ in ETHNIC_WORDS for h in heads for c in h.children)


def ethnic_token(tok: Token) -> bool:
    """A demonym naming an ethnic minority ('ethnic Ruritanians', 'ethnic Ruritanian rebels'): it names no
    state."""
    return bool(places.demonym_iso3(tok.text)) and _ethnic(tok)


def _mention_iso3(m: dict) -> str | None:
    if m.get("unnamed"):
        return m.get("country_iso3")
    text = m["surface"]
    return (
        places.country_cue(text)
        or places.capital_iso3(text)
        or (places.place_country(text) if m["label"] == "GPE" else None)
    )


def _residence(mention_of: Callable[[Token], dict | None], tok: Token, own: str) -> str | None:
    """The first country other than ``own`` that the token's sentence names."""
    for t in tok.sent:
        m = mention_of(t) if t.i != tok.i else None
        if m is None or m["label"] not in COUNTRY_LABELS:
            continue
        iso3 = _mention_iso3(m)
        if iso3 and iso3 != own:
            return iso3
    return None


def minority_of(mention_of: Callable[[Token], dict | None], head: Token, m: dict) -> dict:
    """``m`` (an actor of the noun phrase headed by ``head``) as the minority it names, with the state it lives
    in, when it is an ethnic minority's demonym; else ``m`` unchanged. A people mention becomes a group actor of
    its own ('Ruritanians' of Borduria); a group actor ('rebels' of 'ethnic Ruritanian rebels') keeps its group
    with the state it lives in."""
    span = head.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    tok = head if m.get("unnamed") else (span.root if span is not None else None)
    return m if tok is None else _minority(mention_of, m, tok)


def _minority(mention_of: Callable[[Token], dict | None], m: dict, tok: Token) -> dict:
    if m.get("unnamed"):
        cues = [c for c in tok.children if c.dep_ in {"amod", "compound"} and places.demonym_iso3(c.text)]
        if not m.get("group") or not cues or not _ethnic(cues[0]):
            return m
        own = places.demonym_iso3(cues[0].text)
        return {**m, "country_iso3": _residence(mention_of, tok, own) or m.get("country_iso3")}
    own = places.demonym_iso3(m["surface"])
    if m["label"] != "NORP" or not own or not _ethnic(tok):
        return m
    where = _residence(mention_of, tok, own)
    if where is None:
        return m
    group = group_actor(tok.head) if tok.dep_ in {"amod", "compound"} else None
    if group is not None:  # 'ethnic Ruritanian rebels': the rebels, of the state they live in
        return {**group, "country_iso3": where}
    return {
        "unnamed": True,
        "group": m["surface"],
        "label": "NORP",
        "surface": m["surface"],
        "idx": -1 - tok.i,
        "start_char": m["start_char"],
        "end_char": m["end_char"],
        "country_iso3": where,
        "phrase": m["surface"],
        "phrase_start": m["start_char"],
    }
