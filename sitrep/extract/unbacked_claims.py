"""Claims said to have no evidence: 'X said it had seen no evidence to support Y's claim' is X rejecting Y's
claim (PLOVER REJECT), not X supporting anything.

A verb of bearing out (``data/unbacked_claims.tsv`` kind `verb`: support, back, confirm) whose object is a claim
noun (kind `claim`) and that is the infinitive on an evidence noun (kind `evidence`) denied by 'no' ('no
evidence') or by a negated verb ('did not find any evidence') is read as REJECT. Its argument finder takes the
claim's holder as the target (as for 'dismissed Y's claim'); the source is the subject of the verb that has the
evidence noun as object ('X had seen no evidence'), found through the trigger's clause."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: determiners and adverbs that deny an evidence noun ('no evidence', 'not any evidence')
DENIALS = frozenset({"no", "not", "never", "n't"})


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The lemmas of ``data/unbacked_claims.tsv`` by kind."""
    rows = read_tsv("unbacked_claims.tsv")
    return {k: frozenset(r["lemma"] for r in rows if r["kind"] == k) for k in ("verb", "claim", "evidence")}


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def denied_evidence(noun: Token) -> bool:
    """``noun`` is an evidence noun told as absent: 'no evidence', 'did not see any evidence'."""
    if _lemma(noun) not in words()["evidence"]:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    verb = noun.head
    return noun.dep_ in {"dobj", "attr"} and any(c.dep_ == "neg" and c.lower_ in DENIALS for c in verb.children)


def evidence_holder(tok: Token) -> Token | None:
    """The denied evidence noun whose infinitive ``tok`` is ('no evidence to support'), else None."""
    noun = tok.head
    if tok.dep_ not in {"acl", "relcl", "xcomp"} or noun.i == tok.i or not denied_evidence(noun):
        return None
    return noun


def read(tok: Token) -> Trigger | None:
    """The REJECT a verb of bearing out a claim on denied evidence tells, else None."""
    w = words()
    if _lemma(tok) not in w["verb"] or evidence_holder(tok) is None:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and _lemma(c) in w["claim"]), None)
    if obj is None:
        prt = [c for c in tok.children if c.dep_ == "prt"]  # 'to back up the claim'
        obj = next((c for p in prt for c in p.children if c.dep_ == "pobj" and _lemma(c) in w["claim"]), None)
    return Trigger(tok, Reading("REJECT", None, "", False, None, "curated"), obj) if obj is not None else None


def without_evidence_verbs(seen: dict[int, Trigger]) -> None:
    """Drop the trigger of the verb that has the denied evidence as its object ('found no evidence' is read as a
    denied finding) when the evidence's infinitive is read as an unbacked claim: the rejection is the event."""
    for trig in list(seen.values()):
        if trig.reading.origin != "curated" or trig.reading.plover != "REJECT" or read(trig.token) is None:
            continue
        noun = evidence_holder(trig.token)
        if noun is not None and noun.head.i in seen and noun.head.i != noun.i:
            del seen[noun.head.i]
