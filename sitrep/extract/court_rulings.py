"""A court's ruling against an act or a policy: PLOVER 2021 SANCTION convict ("find an entity or behavior guilty,
unconstitutional, or liable in a court of law"). A verb of stopping or voiding whose subject (or passive agent) is
a court or a judge ('a federal judge blocked the travel ban', 'the court struck down the law', 'the ban was halted
by a judge'), or a court ruling an act unlawful ('the court ruled the ban unconstitutional'). The words are data
(``data/court_rulings.tsv``); the lexicon reads such verbs otherwise (COERCE 'block', REJECT 'strike down') or not
at all ('halt', 'annul')."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how a court's word hangs on the subject: 'Judge Derrick Watson', 'Derrick Watson, a federal judge'
TITLE_DEPS = {"compound", "appos"}
SUBJECT_DEPS = {"nsubj"}
#: tags of a relative pronoun subject ('who', 'that', 'which')
RELATIVE_TAGS = {"WP", "WDT"}
OBJECT_DEPS = {"dobj", "obj", "nsubjpass"}
RULING_VERB = "rule"
CONVICT = ("SANCTION", "convict")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("court_rulings.tsv")


def _is_court(noun: Token) -> bool:
    courts = _words()["court"]
    return _lemma(noun) in courts or any(c.dep_ in TITLE_DEPS and _lemma(c) in courts for c in noun.children)


def _deciders(verb: Token) -> list[Token]:
    """The verb's subject, or its passive agent ('was blocked by a judge'); the noun a relative clause hangs on
    for a relative pronoun ('a judge who blocked the order')."""
    subj = [verb.head if c.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl" else c for c in verb.children
            if c.dep_ in SUBJECT_DEPS]  # fmt: skip
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return subj + agents


def _key(verb: Token) -> str:
    parts = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return f"{_lemma(verb)} {parts[0]}" if parts else _lemma(verb)


def _voids(verb: Token) -> bool:
    """A verb of stopping or voiding with something it acts on."""
    verbs = _words()["verb"]
    return (_key(verb) in verbs or _lemma(verb) in verbs) and any(c.dep_ in OBJECT_DEPS for c in verb.children)


def _rules_unlawful(verb: Token) -> bool:
    """'ruled the ban unconstitutional', 'ruled that the ban was illegal'; not a verdict word that only describes
    a thing ('ruled that buildings in the illegal outpost must go')."""
    if _lemma(verb) != RULING_VERB:
        return False
    verdicts = _words()["verdict"]
    return any(t.lower_ in verdicts and t.dep_ != "amod" for t in verb.subtree if t.i > verb.i)


def ruling(tok: Token) -> tuple[str, str] | None:
    """(SANCTION, convict) when the verb is a court's ruling against an act, else None."""
    if tok.pos_ not in {"VERB", "AUX"} or not any(map(_is_court, _deciders(tok))):
        return None
    return CONVICT if _voids(tok) or _rules_unlawful(tok) else None


def read(tok: Token, current=None):
    """The court's ruling as a trigger over the lexicon's reading of the verb (a SANCTION it had keeps its mode:
    'the court froze the assets' stays discontinue; a reading the curated lexicon gives the verb with its object
    stays too: 'the court blocked the government's request to extradite him' is a refusal, REJECT); None when
    the verb is no ruling."""
    if ruling(tok) is None or (current is not None and current.reading.plover == CONVICT[0]):
        return None
    if current is not None and current.reading.origin == "curated" and current.object is not None:
        return None

    obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS), None)
    return Trigger(tok, Reading(*CONVICT, "", origin="curated"), obj)
