"""Commitments said to be broken or not worth keeping, read on the verb of saying that tells them.

- A breach told by another party: 'the minister said Freedonia has not honoured its obligations', 'Ruritania
  said Freedonia had failed to honour the accord', 'said Freedonia had violated the accord' (a verb of breaking).
  The speaker criticises the party said to break its word (PLOVER ACCUSE disapprove, as CAMEO 111 'criticize or
  denounce'): its subject is the source and the said clause's subject the target (``complement_targets``).
- Keeping a commitment told pointless: 'there is no reason for us to continue implementing the agreement with
  the EU, the minister said', 'Ruritania sees no point in continuing the deal with Freedonia'. The speaker warns
  that its side may quit (PLOVER THREATEN, as CAMEO 13 'threaten'), aimed at the commitment's other party (the
  trigger's object is the commitment noun, whose 'with' phrase names it).
Vocabulary in ``data/told_breaches.tsv``: verbs of keeping a commitment and of continuing, nouns of a commitment
and of a purpose, quantifiers before a commitment ('any of its obligations')."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon
from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the said clause under the verb of saying ('said Freedonia has not complied', '..., the minister said')
SAID_DEPS = frozenset({"ccomp"})
#: links of a commitment to the verb of keeping: its object, or the noun after 'with' / 'by' ('complied with'), 'on'
#: ('reneged on')
OBJECT_DEPS = frozenset({"dobj", "obj"})
COMMITMENT_PREPS = frozenset({"with", "by", "on"})
#: links of the act of continuing to the noun of purpose ('no reason to continue', 'no sense for us to continue')
PURPOSE_DEPS = frozenset({"acl", "relcl", "advcl"})
#: pronouns that stand for a commitment named before them in the sentence ('has not complied with any of them')
REFERRING = frozenset({"them", "it", "those"})
#: entity labels of a party that can be said to break its word (a state, an organisation, a person)
PARTY_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    rows = read_tsv("told_breaches.tsv")
    kinds = ("keep", "commitment", "continue", "purpose", "quantifier", "break")
    return {kind: frozenset(r["lemma"] for r in rows if r["kind"] == kind) for kind in kinds}


def told_breach(tok: Token):
    """An ACCUSE trigger on a verb of saying whose said clause tells a named party's breach of a commitment, or a
    THREATEN trigger on one whose said clause tells keeping a commitment pointless."""
    if not quote_lexicon.tells_clause(tok):
        return None

    said = [c for c in tok.children if c.dep_ in SAID_DEPS]
    if any(_breach(c) for c in said):
        return Trigger(tok, Reading("ACCUSE", "disapprove", "", origin="curated"), None)
    kept = next((n for c in said if (n := _pointless(c)) is not None), None)
    return Trigger(tok, Reading("THREATEN", None, "", origin="curated"), kept) if kept is not None else None


def _breach(clause: Token) -> bool:
    """The clause's named subject has not kept (or failed to keep) a commitment."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not any(t.ent_type_ in PARTY_LABELS for t in subj.subtree):
        return False
    keep, negated = clause, any(c.dep_ == "neg" for c in clause.children)
    if _lemma(clause) in vocab()["break"]:  # 'said Freedonia had violated the accord', 'reneged on its pledge'
        return not negated and _commitment(clause) is not None
    if _lemma(clause) == "fail":
        keep = next((c for c in clause.children if c.dep_ == "xcomp"), None)
    elif not negated:
        return False
    return keep is not None and _lemma(keep) in vocab()["keep"] and _commitment(keep) is not None


def _commitment(verb: Token) -> Token | None:
    """The noun of a commitment the verb keeps ('complied with its obligations', 'honour the accord')."""
    nouns = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in COMMITMENT_PREPS for p in c.children]
    nouns += [p for n in list(nouns) if n.lower_ in vocab()["quantifier"] for c in n.children for p in c.children]
    found = next((n for n in nouns if _lemma(n) in vocab()["commitment"]), None)
    if found is None and any(n.pos_ == "PRON" and n.lower_ in REFERRING for n in nouns):
        before = verb.doc[verb.sent.start : verb.i]  # 'we fulfilled our obligations while X has not met them'
        found = next((n for n in reversed(before) if n.pos_ == "NOUN" and _lemma(n) in vocab()["commitment"]), None)
    return found


def _pointless(clause: Token) -> Token | None:
    """The commitment noun (or the verb keeping it that names its other party) of a clause that tells keeping it
    pointless: a noun of purpose with 'no' ('there is no reason', 'sees no point') on which continuing the
    commitment hangs ('to continue implementing the agreement', 'in continuing the deal')."""
    for noun in clause.children:
        if _lemma(noun) not in vocab()["purpose"] or not any(d.lower_ == "no" for d in noun.children):
            continue
        acts = [v for v in noun.children if v.dep_ in PURPOSE_DEPS]
        acts += [v for p in noun.children if p.dep_ == "prep" and p.lower_ == "in" for v in p.children]
        for act in (a for a in acts if _lemma(a) in vocab()["continue"]):
            kept = [act] + [x for x in act.children if x.dep_ == "xcomp" and _lemma(x) in vocab()["keep"]]
            found = next((n for v in kept if (n := _commitment(v)) is not None), None)
            if found is not None:  # (the word whose 'with' names the other party: 'keeping the accord with X')
                return next((t for t in [found, *kept] if any(_partner(c) for c in t.children)), found)
    return None


def _partner(tok: Token) -> bool:
    return tok.dep_ == "prep" and tok.lower_ == "with"
