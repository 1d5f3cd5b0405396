"""A threat or a warning whose content is a danger no party states ('faces the threat of terrorism', 'the threat of
Islamization', 'warned of the threat of famine'; ``data/danger_nouns.tsv``): a danger felt or foreseen, no coercive
warning an actor made against a party (PLOVER THREATEN), so no THREATEN."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: nouns that carry a threat's content in their 'of' phrase ('the threat of terrorism', 'the danger of famine')
THREAT_NOUNS = {"threat", "danger", "menace", "spectre", "specter", "risk"}


@lru_cache(maxsize=1)
def dangers() -> dict[str, str]:
    """noun -> its example sentence."""
    return {r["noun"]: r["example"] for r in read_tsv("danger_nouns.tsv")}


def _of_objects(tok: Token) -> list[Token]:
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _contents(tok: Token) -> list[Token]:
    """What a threat tells: the 'of' object of the word, and of a threat noun in that 'of' phrase ('warned of
    the threat of famine'); with the word before a noun ('a cholera epidemic': the epidemic)."""
    out = _of_objects(tok)
    return out + [g for n in out if lemma(n) in THREAT_NOUNS for g in _of_objects(n)]


def danger_threat(trig: Token, obj: Token | None, etype: str) -> bool:
    """The THREATEN trigger (a threat noun, its verb, or a warning verb) tells a danger, no actor's threat."""
    if etype != "THREATEN":
        return False
    words = dangers()
    holders = [t for t in (trig, obj) if t is not None and (t is trig or lemma(t) in THREAT_NOUNS)]
    return any(lemma(g) in words for t in holders for g in _contents(t))
