"""An attack verb that describes an instrument of policy, law or surveillance ('executive orders targeting drug
cartels', 'executive actions including targeting cartels', 'surveillance operations targeting suspected spies';
``data/policy_instruments.tsv``) tells what the instrument is aimed at: no attack, whoever signed or ran it.

``event_agency.doer`` gives a participle on the object of a verb the verb's subject as its doer ('parliament passed
a law banning rallies': parliament bans them), right for a ban; an order or a law strikes no one, so the category
the table names is no event when the participle, the clause after 'including', or the relative clause describes
such a noun."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the links of a word that describes the noun it hangs on
DESCRIBING_DEPS = {"acl", "relcl"}
#: prepositions whose clause describes the noun they hang on ('three actions including targeting cartels')
LISTING_PREPS = {"including", "like", "such"}
#: the links of a modifier that makes a noun an instrument ('surveillance operations')
MODIFIER_DEPS = {"compound", "amod", "nmod"}


@lru_cache(maxsize=1)
def instruments() -> dict[tuple[str, str], frozenset[str]]:
    """(kind, category) -> the words of the table."""
    out: dict[tuple[str, str], set[str]] = {}
    for r in read_tsv("policy_instruments.tsv"):
        out.setdefault((r["kind"], r["plover"]), set()).update(r["words"].split())
    return {k: frozenset(v) for k, v in out.items()}


def described_noun(trig: Token) -> Token | None:
    """The noun the trigger describes: a participle's or a relative clause's head, the noun a listing preposition
    hangs on ('actions including targeting')."""
    if trig.dep_ in DESCRIBING_DEPS and trig.head.pos_ in {"NOUN", "PROPN"}:
        return trig.head
    if trig.dep_ == "pcomp" and trig.head.lower_ in LISTING_PREPS and trig.head.head.pos_ in {"NOUN", "PROPN"}:
        return trig.head.head
    return None


def instrument_act(trig: Token, etype: str) -> bool:
    """The trigger, read as ``etype``, describes an instrument of the table: no event of that category."""
    table = instruments()
    nouns, modifiers = table.get(("noun", etype)), table.get(("modifier", etype))
    if not (nouns or modifiers) or trig.pos_ not in {"VERB", "AUX"}:
        return False
    noun = described_noun(trig)
    if noun is None:
        return False
    if nouns and (lemma(noun) in nouns or noun.lower_ in nouns):
        return True
    return bool(modifiers) and any(
        c.dep_ in MODIFIER_DEPS and (lemma(c) in modifiers or c.lower_ in modifiers) for c in noun.children
    )
