"""Which verb a word is a form of, by the pipeline's own rule lemmatizer tables (not by a list of inflections).

The tagger decides a word's part of speech before the lemmatizer runs, so a verb it tags a noun ('Iran taunts
Trump': 'taunts' NNS) gets a noun's lemma, and nothing says the word could be a verb. ``share`` copies the rule
lemmatizer's verb tables (irregular forms, suffix rules, the index of known verbs) into the vocabulary's look-ups
when the pipeline is loaded (``nlp.load_nlp``), so code holding any ``Doc`` of that pipeline can ask
``verb_readings`` what a word would be as a verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.vocab import Vocab

TABLE = "sitrep_verb_forms"
#: the suffixes of the rule lemmatizer's verb rules that make a third person singular present ('taunts', 'tries')
PRESENT_SUFFIXES = frozenset({"s", "es", "ies"})


class VerbReading(NamedTuple):
    lemma: str
    form: str  # 'present' (third person singular: 'taunts'), 'base' ('hijack'), 'other' ('seized', 'ran')


def share(nlp: Language) -> None:
    """Put the rule lemmatizer's verb tables into ``nlp.vocab.lookups`` (nothing without a rule lemmatizer)."""
    rules = (getattr(p, "lemmatizer", p) for _, p in nlp.pipeline)
    lemmatizer = next((p for p in rules if hasattr(p, "lookups")), None)
    if lemmatizer is None or nlp.vocab.lookups.has_table(TABLE):
        return
    tables = lemmatizer.lookups
    nlp.vocab.lookups.add_table(
        TABLE,
        {
            "index": sorted(tables.get_table("lemma_index", {}).get("verb", ())),
            "exc": dict(tables.get_table("lemma_exc", {}).get("verb", {})),
            "rules": [list(r) for r in tables.get_table("lemma_rules", {}).get("verb", [])],
        },
    )


#: per shared table (by id, the table kept alive beside it): its index as a set
_INDEXES: dict[int, tuple[object, frozenset[str]]] = {}


def _tables(vocab: Vocab) -> tuple[frozenset[str], dict, list] | None:
    if not vocab.lookups.has_table(TABLE):
        return None
    table = vocab.lookups.get_table(TABLE)
    if id(table) not in _INDEXES:
        _INDEXES[id(table)] = (table, frozenset(table["index"]))
    return _INDEXES[id(table)][1], table["exc"], table["rules"]


def verb_readings(vocab: Vocab, word: str) -> list[VerbReading]:
    """Every verb ``word`` (lower case) can be a form of, as the rule lemmatizer would read it tagged a verb:
    an irregular form of its table, a suffix rule making a known verb, the known verb itself."""
    tables = _tables(vocab)
    if tables is None:
        return []
    index, exc, rules = tables
    out = [VerbReading(lemma, "other") for lemma in exc.get(word, []) if lemma != word]
    for old, new in rules:
        if word.endswith(old) and (lemma := word[: len(word) - len(old)] + new) in index:
            out.append(VerbReading(lemma, "present" if old in PRESENT_SUFFIXES else "other"))
    if word in index:
        out.append(VerbReading(word, "base"))
    return list(dict.fromkeys(out))
