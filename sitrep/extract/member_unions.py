"""A group of working people acts through the union the article names for them: 'Striking nurses rejected the
pay offer. The Ruritanian Nurses Union said ...' is the union's rejection.

PLOVER codes a strike, a walkout or a rejected contract offer as the act of the union its members act in, and the
news names that union in the sentence or a few sentences on. An act's party that is a group of working people
(``group`` rows of ``data/member_unions.tsv``: workers such as nurses or dock workers, students, farmers) is read
as the organisation the article names whose name holds a union word ('X Union', 'X Federation', 'Federation of
X': ``head`` rows) and the group's noun or one of its ``alias`` words ('miners' -> 'Mine Workers Federation').
When several unions fit, the one sharing most words with the group's phrase, then the one named nearest the act,
is taken. A group of another kind ('mail carriers', read as a military group) is read so only when the union's
name holds two words of its phrase. tests/sitrep/extract/test_member_unions30.py runs every example.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract.data_files import read_tsv
from sitrep.extract.singular_forms import singular

DATA = "member_unions.tsv"
#: kinds of group whose members a union speaks for: people, not institutions
PEOPLE = "NORP"


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """(union words, groups of working people, member noun -> other words of their unions' names)."""
    heads, groups, aliases = set(), set(), {}
    for row in read_tsv(DATA):
        if row["kind"] == "head":
            heads.add(row["word"])
        elif row["kind"] == "group":
            groups.add(row["word"])
        elif row["kind"] == "alias":
            aliases.setdefault(row["word"], set()).update(row["names"].split())
    return frozenset(heads), frozenset(groups), {k: frozenset(v) for k, v in aliases.items()}


def examples() -> list[dict]:
    return read_tsv(DATA)


def _singular(word: str) -> str:
    return singular(word.lower().strip("'\u2019").removesuffix("'s").removesuffix("\u2019s"))


def _words(text: str) -> set[str]:
    return {_singular(w) for w in text.replace("-", " ").split() if w}


def _union(surface: str) -> set[str] | None:
    """The words of an organisation's name when it is a union's ('Nurses Union', 'Federation of Teachers')."""
    words = _words(surface)
    return words if words & _vocab()[0] else None


def _member_union(part: dict, unions: list[tuple[dict, set[str]]], at: int) -> dict | None:
    """The union named for the group ``part`` (see the module doc), else None."""
    noun = _singular(part.get("surface") or "")
    if not noun or not part.get("group") or part.get("mention_idx") is not None:
        return None
    _, groups, aliases = _vocab()
    wanted = {noun} | aliases.get(noun, frozenset())
    phrase = _words(part.get("phrase") or "") | {noun}
    least = 1 if part["group"] in groups and part.get("group_type") == PEOPLE else 2
    fits = [
        (len(words & phrase), -abs(m["start_char"] - at), m)
        for m, words in unions
        if words & wanted and len(words & (phrase | wanted)) >= least
    ]
    return max(fits, key=lambda f: (f[0], f[1]))[2] if fits else None


def credit_unions(mentions: list[dict], cands: list[dict]) -> None:
    """Replace in every candidate each party that is a group of working people by the union the article names for
    them (see the module doc); a candidate that names the union already just loses the group."""
    unions = [(m, w) for m in mentions if m.get("label") == "ORG" and (w := _union(m.get("surface") or ""))]
    if not unions:
        return
    for cand in cands:
        parts = []
        for p in cand["participants"]:
            union = _member_union(p, unions, cand.get("start_char", 0))
            if union is None:
                parts.append(p)
            elif not any(q.get("mention_idx") == union["idx"] and q["role"] == p["role"] for q in parts):
                parts.append({"mention_idx": union["idx"], "role": p["role"]})
        cand["participants"] = parts
