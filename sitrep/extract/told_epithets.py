"""An actor told to be what a pejorative epithet names: 'the minister said Peru's president was a liar', 'Chile said
Peru was a threat to regional peace'. The speaker criticises the actor (PLOVER ACCUSE disapprove), as calling it one
does ('called the governor a thief': the ``@epithet`` class of ``data/trigger_objects.tsv``); nouns of menace that
calling alone does not take are kind ``epithet`` of ``data/told_epithets.tsv``. The said clause is a copula, not
negated, whose subject is a named party (no pronoun: 'said he was a threat' may be the speaker's own side) and whose
attribute is such a noun. Read by ``told_appraisals.told_reading``; the said clause's subject is the target."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon
from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the said clause under the verb of saying
SAID_DEPS = frozenset({"ccomp"})
#: entity labels of a named party
PARTY_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})


@lru_cache(maxsize=1)
def epithets() -> frozenset[str]:
    rows = read_tsv("told_epithets.tsv")
    called = [r["lemma"] for r in read_tsv("trigger_objects.tsv") if r["class"] == "@epithet"]
    return frozenset([r["lemma"] for r in rows if r["kind"] == "epithet"] + called)


def told_epithet(tok: Token):
    """An ACCUSE disapprove trigger on a verb of saying whose said clause gives a named party a pejorative epithet."""
    if not quote_lexicon.tells_clause(tok) or not any(_epithet_clause(c) for c in tok.children if c.dep_ in SAID_DEPS):
        return None

    return Trigger(tok, Reading("ACCUSE", "disapprove", "", origin="curated"), None)


def _epithet_clause(clause: Token) -> bool:
    if _lemma(clause) != "be" or any(c.dep_ == "neg" for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not any(t.ent_type_ in PARTY_LABELS for t in subj.subtree):
        return False
    return any(c.dep_ == "attr" and _lemma(c) in epithets() for c in clause.children)
