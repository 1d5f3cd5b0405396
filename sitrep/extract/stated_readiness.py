"""Stated readiness as a promise: 'Freedonia and Ruritania are ready to continue their work on a treaty'.

PLOVER 2021 codes indicating willingness to cooperate as AGREE. A word of readiness (``data/stated_readiness.tsv``)
that is the adjective complement of a verb ('are ready', 'stands ready', 'remained willing') with an infinitive
clause makes that verb an AGREE trigger, its subject the source. The infinitive's own verb wins when the lexicon
codes it ('is willing to negotiate with X' is a planned meeting, 'is ready to attack' a threat): then no reading
here. Negated ('is not ready to reopen the border') the promise is a refusal, REJECT. Keen to say something ('was
keen to point out that ...', a verb of saying of ``quote_lexicon`` with its clause) is a manner of saying, no promise.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon
from sitrep.extract.data_files import read_tsv
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: a promise of cooperation (CAMEO 03, "express intent to cooperate"); negated, a refusal
READINESS = ("AGREE", "", "REJECT")
#: verbs through which a complement's act is reached ('ready to resume talks', 'willing to continue fighting')
ASPECT_VERBS = frozenset({"resume", "continue", "keep", "begin", "start"})


#: named-entity labels of a party a wish's clause may name
PARTY_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})


@lru_cache(maxsize=1)
def readiness_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv("stated_readiness.tsv"))


@lru_cache(maxsize=1)
def wish_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv("stated_readiness.tsv") if r["kind"] == "wish")


def names_party(clause: Token) -> bool:
    """The clause names a party, as a name or a national word ('deepen its ties with Ruritania', 'see European
    countries pay more'), or one to act with ('work with the government'): 'eager to dispel the reviews' names none."""
    return any(
        t.ent_type_ in PARTY_LABELS
        or (t.dep_ == "pobj" and t.head.lower_ == "with" and t.pos_ in {"PROPN", "NOUN", "PRON"})
        for t in clause.subtree
        if t.i != clause.i
    )


def read(tok: Token):
    """An AGREE trigger on a verb whose adjective complement is a word of readiness with an infinitive clause
    whose acts the lexicon does not code, else None."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    word = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in readiness_words()), None)
    clause = next((c for c in word.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) if word else None
    if clause is None or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
        return None
    if _saying(clause):
        return None  # 'was keen to point out that ...', 'is eager to stress that': a manner of saying, no promise
    if word.lower_ in wish_words() and not names_party(clause):
        return None  # 'is eager to attract foreign funds': an aim, no promise to anyone
    from sitrep.extract.event_triggers import read_verb  # (event_triggers reads this module)

    acts = [clause] + [c for c in clause.children if c.dep_ in {"xcomp", "conj"} and c.pos_ == "VERB"]
    if any(read_verb(v) is not None for v in acts):
        return None
    plover, cameo, negated = READINESS
    return Trigger(tok, Reading(plover, None, cameo, negated=negated, origin="curated"), None)


def _saying(verb: Token) -> bool:
    """A verb of saying (``quote_lexicon``) with what is said as its clause ('point out that ...'), or followed by
    'that' (the parser may hang the that-clause elsewhere)."""
    said = quote_lexicon.VERB_FORMS.get(verb.lower_) or quote_lexicon.VERB_FORMS.get(verb.lemma_.lower())
    after = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
    return bool(said) and (
        any(c.dep_ == "ccomp" for c in verb.children) or (after is not None and after.lower_ == "that")
    )
