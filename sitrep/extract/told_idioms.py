"""Wrongs told by an idiom or by hostile speech: 'the union leader said the government has blood on its hands',
'"Bordurian ministers are making anti-Ruritanian statements," the minister said' (``data/told_idioms.tsv``).

``told_misdeeds`` asks ``idiom_misdeed`` of each said clause (and ``quoted_verdicts`` of each clause of a
quotation): the speaker alleges the wrong of the clause's subject (PLOVER ACCUSE allege). An idiom is a verb with
its object and, for most, a phrase of a preposition ('have blood on ... hands', 'stab ... in the back'); hostile
speech is a verb of uttering whose object, a noun of speech, carries a prefix of hostility ('anti-Ruritanian
statements', 'anti-government propaganda'). The clause's subject must be a noun or a name, not a pronoun.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the object to the clause's verb, of a subject to it, and of a prefix to its noun
OBJECT_DEPS = frozenset({"dobj", "obj"})
SUBJECT_DEPS = frozenset({"nsubj"})
PREFIX_DEPS = frozenset({"amod", "compound", "nmod"})
#: an idiom's object left open ('stabbed us in the back')
ANY = "*"


@lru_cache(maxsize=1)
def rows() -> dict[str, tuple[tuple[str, str, str, str], ...]]:
    """kind -> (verb, object, prep, noun) of each row of ``data/told_idioms.tsv``."""
    out: dict[str, list] = {}
    for r in read_tsv("told_idioms.tsv"):
        out.setdefault(r["kind"], []).append((r["verb"], r["object"], r["prep"], r["noun"]))
    return {k: tuple(v) for k, v in out.items()}


def idiom_misdeed(clause: Token) -> bool:
    """The clause (not negated) tells its subject's wrong by an idiom or hostile speech (module doc)."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for c in clause.children):
        return False
    verb = _lemma(clause)
    objs = [c for c in clause.children if c.dep_ in OBJECT_DEPS]
    for v, obj, prep, noun in rows().get("idiom", ()):
        if v == verb and (obj == ANY or any(_lemma(o) == obj for o in objs)) and _phrase(clause, objs, prep, noun):
            return True
    return any(
        v == verb and _lemma(o) == obj and _prefixed(o, prefix)
        for v, obj, prefix, _ in rows().get("speech", ())
        for o in objs
    )


def _phrase(clause: Token, objs: list[Token], prep: str, noun: str) -> bool:
    """A phrase of ``prep`` on the verb or its object whose noun is ``noun`` (none asked: true)."""
    if not prep:
        return True
    heads = [clause, *objs]
    return any(
        c.dep_ == "prep" and c.lower_ == prep and any(_lemma(g) == noun for g in c.children if g.dep_ == "pobj")
        for h in heads
        for c in h.children
    )


def _prefixed(noun: Token, prefix: str) -> bool:
    """The noun carries the prefix: a modifier 'anti' (the tokenizer's 'anti - Ruritanian') or one word
    'anti-government'."""
    for c in noun.children:
        low = c.lower_
        if c.dep_ in PREFIX_DEPS and (low == prefix or low.startswith(prefix + "-")):
            return True
    return False
