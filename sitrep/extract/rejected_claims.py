"""Claims a reply rejects: 'Chile dismissed Peru's claim that Chilean jets had bombed a border village' reports
Chile's rejection and Peru's claim, an accusation of Chile (PLOVER ACCUSE) that the rejection presupposes was made.
The claim noun is coded as its own event, not swallowed by the rejection that governs it, when it has a claimant
and accuses in a clause of its own: a noun of claiming with a hostile content (``claimed_accusations.accusing_claim``),
or another noun of the data file with a claimant. An unattributed claim ('rejected allegations that ...') and a
claim whose content names no one ('rebutted Chile's allegations of spying') stay the rejection's content.
Vocabulary: ``data/rejected_claims.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.claimed_accusations import accusing_claim, claimant, words
from sitrep.extract.data_files import read_tsv, word_sets
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "rejected_claims.tsv"
#: links by which the rejected claim hangs on the rejecting verb ('dismissed the claim', 'the claim was rejected')
CLAIM_DEPS = frozenset({"dobj", "nsubjpass"})
#: links by which a claim's own clause hangs on the noun ('the claim that ...')
CONTENT_DEPS = frozenset({"acl", "ccomp"})


@lru_cache(maxsize=1)
def nouns() -> frozenset[str]:
    return word_sets(DATA).get("noun", frozenset())


def examples() -> list[dict]:
    return [r for r in read_tsv(DATA) if r["example"]]


def accusing_object(noun: Token) -> bool:
    """``noun`` is a claim with a claimant that accuses, the object of the verb it hangs on: its denial or
    dismissal presupposes it was made (no denied act)."""
    if noun.dep_ not in CLAIM_DEPS or noun.pos_ != "NOUN" or lemma(noun) not in nouns():
        return False
    return accusing_claim(noun) if lemma(noun) in words()["noun"] else claimant(noun)


def made_claim(noun: Token) -> bool:
    """``noun`` is such a claim owned by its claimant ('Trump's claim that X wiretapped ...', 'the claim by Peru
    that ...'): told as made, whatever the verb it is the object of plans ('no evidence to support Trump's claim')."""
    owned = any(c.dep_ == "poss" or (c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}) for c in noun.children)
    return owned and accusing_object(noun)


def told_content(noun: Token) -> bool:
    """``noun``'s content is a clause of its own ('the claim that Chilean jets bombed ...'), which names the accused
    as its doer; an of-phrase ('allegations of spying') names no one, and the rejection alone carries it."""
    return any(c.dep_ in CONTENT_DEPS and c.pos_ in {"VERB", "AUX"} for c in noun.children)


def rejected_claim(noun: Token, reading: str, governor: str) -> bool:
    """``noun``, read as ``reading``, is a claim with a claimant that accuses, told in a clause of its own, the
    object of a verb read as ``governor`` REJECT: an act of its own beside the rejection."""
    return governor == "REJECT" and reading == "ACCUSE" and accusing_object(noun) and told_content(noun)
