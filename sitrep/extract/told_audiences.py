"""The audience of a told clause is no target of it: 'X told reporters that Y had violated the truce', 'X told a news
conference that Y was lying', 'X told state television that Y was meddling' tell of Y as 'X said that Y ...' does.
The told verb's addressee (its object, its dative, or 'said to reporters') only hears the clause when it is an
audience: the press and its people, an occasion of speaking, a body or crowd a speech is given to, or a named news
outlet (``data/told_audiences.tsv``, and the national agencies of ``data/news_agencies.tsv``). A named state or
person told the clause ('X told Peru that ...') or told to act ('X told Peru to withdraw': no said clause) stays a
target. Dropped before the said clause is asked for its target (``event_arg_clauses.complement_targets``)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon
from sitrep.extract.data_files import read_tsv
from sitrep.extract.entity_names import fold
from sitrep.extract.outlet_countries import agency_key, agency_table
from sitrep.extract.token_lemma import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "told_audiences.tsv"
#: links of the addressee to the verb of saying ('told reporters', 'told them', 'said to reporters')
ADDRESSEE_DEPS = frozenset({"dobj", "obj", "dative"})
#: the preposition of an addressee ('said to reporters')
ADDRESSEE_PREPS = frozenset({"to"})
#: links of the said clause
SAID_DEPS = frozenset({"ccomp"})


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str]]:
    """(head noun lemmas, folded outlet names)."""
    rows = read_tsv(DATA)
    nouns = frozenset(r["word"] for r in rows if r["kind"] != "outlet")
    outlets = frozenset(fold(r["word"]) for r in rows if r["kind"] == "outlet")
    return nouns, outlets


def examples() -> list[dict]:
    return read_tsv(DATA)


def audience(noun: Token) -> bool:
    """The noun is an audience: a listed head noun, or a named outlet or national news agency."""
    nouns, outlets = _vocab()
    if _lemma(noun) in nouns or noun.lower_ in nouns:
        return True
    name = fold(" ".join(t.text for t in noun.subtree if t.dep_ in {"compound", "flat"} or t.i == noun.i))
    name = name.removeprefix("the ")
    return name in outlets or agency_key(name) in agency_table()


def audiences(verb: Token) -> list[Token]:
    """The addressees of a verb of saying that tells a clause and that are audiences (none otherwise)."""
    if not quote_lexicon.tells_clause(verb) or not any(c.dep_ in SAID_DEPS for c in verb.children):
        return []
    heads = [c for c in verb.children if c.dep_ in ADDRESSEE_DEPS]
    heads += [p for c in verb.children if c.lower_ in ADDRESSEE_PREPS for p in c.children if p.dep_ == "pobj"]
    return [h for h in heads if h.pos_ in {"NOUN", "PROPN"} and audience(h)]


def without_audiences(verb: Token, targets: list[dict]) -> list[dict]:
    """The targets less those that overlap an audience addressee of ``verb`` ('told reporters in Tehran')."""
    spans = [(min(t.idx for t in h.subtree), max(t.idx + len(t) for t in h.subtree)) for h in audiences(verb)]
    if not spans:
        return targets
    return [m for m in targets if not any(m["start_char"] < b and a < m["end_char"] for a, b in spans)]
