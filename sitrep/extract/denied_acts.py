"""The parties of a deed that a subject denies doing are no targets of the denial.

'Peru denied ever meeting Chilean spies' rejects a charge; the Chilean spies are the parties of the deed denied
(which is coded, if at all, by its own trigger, as denied), not the ones the denial rejects. A verb of
``data/denied_acts.tsv`` whose complement is a gerund ('denied making ...', 'disputed having met ...') keeps no target
named inside that gerund. An infinitive stays what it is ('refused to meet X' rejects X), and so does a clause with
its own subject ('denied that X had ...').
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.denied_claims import without_content_parties
from sitrep.extract.doc_text import subtree_chars
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of a verb's complement clause ('denied making', 'denied ever having met')
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pcomp", "advcl"})


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv("denied_acts.tsv"))


def _gerund(tok: Token) -> bool:
    """A gerund ('making contact'), a perfect one ('having met X'), or a noun the parser gave the gerund to as a
    modifier ('denied holding talks with X')."""
    if tok.tag_ == "VBG" or (tok.tag_ == "VBN" and any(a.dep_ == "aux" and a.tag_ == "VBG" for a in tok.children)):
        return True
    return tok.dep_ == "dobj" and tok.left_edge.tag_ == "VBG" and tok.left_edge.dep_ == "amod"


def _gerunds(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and _gerund(c)]
    out += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp" and _gerund(g)]
    return [g for g in out if not any(s.dep_ in {"nsubj", "nsubjpass"} for s in g.children)]


def without_deed_parties(verb: Token, targets: list[dict]) -> list[dict]:
    """``targets`` less those named inside the gerund of a denied deed, when ``verb`` denies one, and inside the
    'that' clause of a denied claim (``denied_claims``)."""
    targets = without_content_parties(verb, targets)
    if verb.pos_ not in {"VERB", "AUX"} or lemma(verb) not in verbs():
        return targets
    spans = [subtree_chars(g) for g in _gerunds(verb)]
    return [m for m in targets if not any(lo <= m["start_char"] < hi for lo, hi in spans)]
