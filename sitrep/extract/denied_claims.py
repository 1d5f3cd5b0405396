"""A denial of a claim answers the claim, and rejects only who made it.

'Y denied the accusation' after 'X accused Y of spying' rejects X (``event_addressees``' answer); but 'Y worked for
Z. Y denied those claims.' does not reject Z: a denial of a claim does not continue the denier's own last act, as
a demand or a promise does. And the parties named inside what is denied ('denied that Z had funded
him', 'rejected the claim that Z had paid him') are what the claim says, not anyone the denial rejects.
PLOVER's TAR of REJECT is the actor whose proposal or claim is rejected; a denial whose claimant is not named codes
no target. The verbs of denying and the nouns of a claim are ``data/denied_claims.tsv``; the claimant named in the
claim's own phrase ('made by X', 'X's claims', 'claims by X') stays a target."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.doc_text import subtree_chars
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of a clause that tells what is denied ('denied that X ...', 'the claim that X ...')
CONTENT_DEPS = frozenset({"ccomp", "acl"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("denied_claims.tsv")


def _that_clause(tok: Token) -> bool:
    """``tok`` heads a clause of content opened by 'that' ('that X had paid him'), not a relative clause."""
    return tok.dep_ in CONTENT_DEPS and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _claims(verb: Token) -> list[Token]:
    """The claim nouns ``verb`` takes as its object ('denied the allegations', 'rejected those claims')."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objs += [g for o in objs for g in o.conjuncts]
    return [o for o in objs if lemma(o) in _words()["claim"]]


def claim_denial(verb: Token) -> bool:
    """``verb`` denies a claim: a verb of denying whose object is a claim noun or whose clause tells what is
    denied ('denied the accusation', 'denied that X had ...')."""
    if verb.pos_ not in {"VERB", "AUX"} or lemma(verb) not in _words()["verb"]:
        return False
    return bool(_claims(verb)) or any(_that_clause(c) for c in verb.children)


def content_spans(verb: Token) -> list[tuple[int, int]]:
    """The character ranges of what ``verb`` denies, when it denies a claim: its 'that' clause and the 'that'
    clause of its claim noun ('denied that X ...', 'rejected the claim that X ...')."""
    if not claim_denial(verb):
        return []
    heads = [verb, *_claims(verb)]
    return [subtree_chars(c) for h in heads for c in h.children if _that_clause(c)]


def without_content_parties(verb: Token, targets: list[dict]) -> list[dict]:
    """``targets`` less the parties named inside the claim ``verb`` denies."""
    spans = content_spans(verb)
    return [m for m in targets if not any(lo <= m["start_char"] < hi for lo, hi in spans)]
