"""Help lent to a state's or a body's win of a vote ('X helped Y win the vote', 'helped Y secure a council seat'):
political backing, PLOVER SUPPORT, not material AID. Vocabulary: ``data/backed_votes.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "backed_votes.tsv"
#: links of the helped act to the verb of helping ('helped Y win', 'helped Y to win')
ACT_DEPS = {"xcomp", "ccomp"}
#: links of what the act wins ('win the vote', 'win approval for', 'secure a seat')
PRIZE_DEPS = {"dobj", "obj"}


@lru_cache(maxsize=8)
def _words(kind: str) -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA) if r["kind"] == kind)


def examples() -> list[dict]:
    return read_tsv(DATA)


def backed_vote(trig: Token, etype: str) -> bool:
    """The AID trigger is a verb of helping whose act wins a vote, a seat, a bid or an approval."""
    if etype != "AID" or trig.pos_ != "VERB" or lemma(trig) not in {"help", "assist"}:
        return False
    acts = [c for c in trig.children if c.dep_ in ACT_DEPS and lemma(c) in _words("verb")]
    prizes = _words("prize")
    return any(lemma(o) in prizes for a in acts for o in a.children if o.dep_ in PRIZE_DEPS)
