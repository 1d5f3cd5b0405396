"""Breaches of a commitment told by another party: 'the minister said the EU has not complied with its
obligations', 'Ruritania said Freedonia had failed to honour the accord'. The speaker criticises the party said to
break its word (PLOVER ACCUSE disapprove, as CAMEO 111 'criticize or denounce'): the verb of saying is read as the
trigger, so its subject is the source and the said clause's subject the target (``complement_targets``).
Vocabulary in ``data/told_breaches.tsv``: verbs of keeping a commitment and nouns of a commitment."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from sitrep.extract import quote_lexicon
from sitrep.extract.data_files import read_tsv

#: links of the said clause under the verb of saying ('said the EU has not complied', '..., the minister said')
SAID_DEPS = frozenset({"ccomp"})
#: links of a commitment to the verb of keeping: its object, or the noun after 'with' / 'by' ('complied with')
OBJECT_DEPS = frozenset({"dobj", "obj"})
COMMITMENT_PREPS = frozenset({"with", "by"})
#: entity labels of a party that can be said to break its word (a state, an organisation, a person)
PARTY_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    rows = read_tsv("told_breaches.tsv")
    return {kind: frozenset(r["lemma"] for r in rows if r["kind"] == kind) for kind in ("keep", "commitment")}


def told_breach(tok: Token):
    """An ACCUSE trigger on a verb of saying whose said clause tells a named party's breach of a commitment."""
    if tok.pos_ not in {"VERB", "AUX"} or quote_lexicon.VERB_KINDS.get(_saying(tok)) != "say":
        return None
    if not any(c.dep_ in SAID_DEPS and _breach(c) for c in tok.children):
        return None
    from sitrep.extract.event_triggers import Reading, Trigger  # (event_triggers reads this module)

    return Trigger(tok, Reading("ACCUSE", "disapprove", "", origin="curated"), None)


def _saying(tok: Token) -> str:
    return quote_lexicon.VERB_FORMS.get(tok.lower_) or quote_lexicon.VERB_FORMS.get(tok.lemma_.lower()) or ""


def _breach(clause: Token) -> bool:
    """The clause's named subject has not kept (or failed to keep) a commitment."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not any(t.ent_type_ in PARTY_LABELS for t in subj.subtree):
        return False
    keep = clause
    if _lemma(clause) == "fail":
        keep = next((c for c in clause.children if c.dep_ == "xcomp"), None)
    elif not any(c.dep_ == "neg" for c in clause.children):
        return False
    return keep is not None and _lemma(keep) in vocab()["keep"] and _commitment(keep)


def _commitment(verb: Token) -> bool:
    nouns = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in COMMITMENT_PREPS for p in c.children]
    nouns += [p for n in list(nouns) if n.lower_ in {"any", "all", "none"} for c in n.children for p in c.children]
    return any(_lemma(n) in vocab()["commitment"] for n in nouns)


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()
