"""An official named only in a description of someone or something else does not act for the state in the act.

``state_agents`` joins to a state's act each official of that state the act's sentence names. A sentence also names
officials inside what it says about another party, and those are no agents of the act: 'Turkey detained soldiers
accused of plotting against President X' (a participle describing the detained), 'Russia expelled diplomats who had
met Minister Y's deputy' (a relative clause), 'the sheriff, Z, a supporter of President X' (what an apposition says
of a name), 'Iran arrested X's rival' (the owner of what the act is done to). Each event candidate carries the
character ranges of such descriptions around its trigger (``asides``: a relative clause or a participle on a noun
that does not hold the trigger; the phrases, clauses and owner inside an apposition; the possessor of the act's
object); an official whose mention starts in a range of every candidate of that type in the sentence is not joined.
The speaker of the act ('..., Interior Minister X said'), an official in the act's own clause and one in apposition
to a name ('the Interior Minister, X, said') stay agents.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sitrep.extract.doc_text import subtree_chars

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: links of a clause that describes the noun it hangs on ('soldiers accused of ...', 'diplomats who had met ...')
DESCRIPTION_DEPS = frozenset({"relcl", "acl"})
#: links inside an apposition that describe its name ('X, a supporter of Y'; 'X, Y's deputy')
APPOSITION_PARTS = frozenset({"prep", "relcl", "acl", "poss"})
#: links of the noun an act is done to or aimed at, whose possessor is only its owner ('arrested X's rival')
OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})

Range = tuple[int, int]


def _holds(tok: Token, trig: Token) -> bool:
    return tok.left_edge.i <= trig.i <= tok.right_edge.i


def aside_ranges(trig: Token) -> list[Range]:
    """Character ranges of the sentence of ``trig`` that only describe another party."""
    out: list[Range] = []
    for t in trig.sent:
        if t.dep_ in DESCRIPTION_DEPS and not _holds(t, trig):
            out.append(subtree_chars(t))
        elif t.dep_ == "appos":
            out += [subtree_chars(c) for c in t.children if c.dep_ in APPOSITION_PARTS and not _holds(c, trig)]
        elif t.dep_ == "poss" and t.head.dep_ in OBJECT_DEPS and t.head != trig and not _holds(t, trig):
            out.append(subtree_chars(t))
    return out


def _trigger_tokens(doc: Doc, cand: dict) -> list[Token]:
    """The tokens of the candidate's sentence written as its trigger's first word."""
    word = (cand.get("trigger") or "").split(" ")[0]
    span: Span | None = doc.char_span(cand["start_char"], cand["end_char"], alignment_mode="expand")
    if not word or span is None or span.text != cand.get("sentence", span.text):
        return []
    return [t for t in span if t.text == word]


def mark(doc: Doc, cands: Iterable[dict]) -> None:
    """Give each candidate of ``doc`` its ``asides`` (only where some description is found): the ranges that are
    asides for every token its trigger may be."""
    for cand in cands:
        tokens = _trigger_tokens(doc, cand)
        if not tokens:
            continue
        ranges = [set(aside_ranges(t)) for t in tokens]
        common = set.intersection(*ranges)
        if common:
            cand["asides"] = sorted(common)


def by_sentence(analyses: Iterable[dict]) -> dict[tuple[str, int, str], list[list[Range]]]:
    """(article id, sentence start, event type) -> the aside ranges of each candidate told there."""
    out: dict[tuple[str, int, str], list[list[Range]]] = {}
    for a in analyses:
        for c in a.get("event_candidates", []):
            key = (a["article_id"], c["start_char"], c["event_type"])
            out.setdefault(key, []).append([tuple(r) for r in c.get("asides", [])])
    return out


def aside(ranges: list[list[Range]] | None, start: int) -> bool:
    """Whether a mention starting at ``start`` is inside a description for every candidate of its sentence."""
    return bool(ranges) and all(any(lo <= start < hi for lo, hi in rs) for rs in ranges)
