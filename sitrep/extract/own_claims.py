"""Claims of one's own deeds: a verb of claiming (``claim_verbs`` of ``data/event_frames.json``) whose clause has
the claimer's own side as its doer ('the army claimed it had killed 20 rebels', 'Peru claims its missiles downed
a jet', 'the minister claimed he had never met the envoy') tells what the claimer did, so it accuses no one; the
clause is then an act of its own (a claimed attack is the claimer's attack). A clause whose doer is another actor
('claimed the opposition had rigged the vote') or whose own side is acted on ('claimed it was attacked by X')
stays an accusation. Denied claims (``denied_claim``) are statements, unless a named party made them. Used by
``event_frames.frame_reason``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma as _lemma
from sitrep.extract.told_appraisals import owner_named

if TYPE_CHECKING:
    from spacy.tokens import Token

#: subject pronouns that point back to the claimer ('claimed it had killed', 'claimed they shot down')
OWN_SUBJECTS = {"it", "they", "we", "i", "he", "she"}
#: possessives of the claimer's own people or means ('claimed its missiles downed', 'their fighters captured')
OWN_POSSESSIVES = {"its", "their", "our", "my", "his", "her"}


def own_deed_claim(trig: Token, etype: str, v: dict[str, frozenset[str]]) -> bool:
    """An accusation read from a verb of claiming whose clause's active subject is the claimer's own side."""
    if etype != "ACCUSE" or _lemma(trig) not in v["claim_verbs"]:
        return False
    return any(c.dep_ == "ccomp" and _own_doer(c) for c in trig.children)


def _own_doer(clause: Token) -> bool:
    for s in clause.children:
        if s.dep_ != "nsubj":
            continue
        if s.lower_ in OWN_SUBJECTS:
            return True
        return any(d.dep_ == "poss" and d.lower_ in OWN_POSSESSIVES for d in s.children)
    return False


def denied_claim(trig: Token, etype: str, v: dict[str, frozenset[str]]) -> bool:
    """'dismissed suggestions that the scandal forced him out', 'rejected claims that it had jailed reporters':
    denying that something is so is a statement (CAMEO 016, which PLOVER does not code by default), no rejection
    of a proposal or a demand ('rejected the demand that he resign' is one). A claim a named party made is that
    party's ('denied Russia's claims that ...', 'rejected claims by Peru that ...'): rejecting it answers the
    party, a REJECT of it, as 'denied Russia's claims' is."""
    if etype != "REJECT":
        return False
    objects = [c for c in trig.children if c.dep_ == "dobj"]
    objects += [c for c in trig.children if c.dep_ == "nsubjpass"]  # 'the claims were dismissed'
    return any(
        _lemma(o) in v["claim_nouns"]
        and not owner_named(o)
        and any(
            k.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children)
            for k in o.children
        )
        for o in objects
    )
