"""Drop-in faster versions of two rule-based spaCy components, with exactly the stock components' output.

spaCy's ``attribute_ruler`` runs a ``Matcher`` of all its patterns (179 in the English small pipeline) over every
token, and its rule ``lemmatizer`` lemmatizes every token in Python: together about a fifth of the pipeline's
CPU time on news articles, while the statistical components take the rest. Both answers depend only on a few
attributes of a token, so they are computed once per distinct combination and reused:

- ``FastAttributeRuler``: a one-token pattern's match depends only on the attributes it tests (tag, lower-case
  form, dependency label, ...); which rules match a token is looked up by those attributes, and the real
  ``Matcher`` decides on a token not seen before. Multi-token patterns ("gon na") run in a ``Matcher`` of their
  own. The matches are then sorted and applied by the stock component's own ``set_annotations``, in the order
  it would apply them.
- ``FastLemmatizer``: a rule lemma depends only on the token's form, part of speech and morphology (spaCy caches
  it under that key itself); lemmas are looked up by that key and written back in one ``Doc.from_array``.

``speed_up(nlp)`` swaps them in when the stock components are configured as these wrappers expect (else it
leaves the pipeline alone). ``tests/extract/test_fast_pipes.py`` checks the output is identical, attribute
for attribute; ``bench/check_fast_pipes.py`` does the same on a real corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

#: token attributes a one-token pattern may test for the look-up to be exact (each a function of the token alone)
_TOKEN_KEYS = {"ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "MORPH", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT"}
_PREDICATES = {"IN", "NOT_IN", "REGEX"}

RULER_NAME = "sitrep_attribute_ruler"
LEMMATIZER_NAME = "sitrep_lemmatizer"


def _one_token(pattern: list[dict]) -> bool:
    """A pattern of exactly one token that tests only attributes of that token (no operator, no extension)."""
    if len(pattern) != 1:
        return False
    for key, value in pattern[0].items():
        if key.upper() not in _TOKEN_KEYS:
            return False
        if isinstance(value, dict) and not set(value) <= _PREDICATES:
            return False
    return True


def _rules(ruler: AttributeRuler) -> Iterator[tuple[int, int, list[list[dict]]]]:
    """(attr_id, match key, patterns) of every rule, in the ruler's order."""
    for attr_id in range(len(ruler.attrs)):
        key = ruler.vocab.strings[str(attr_id)]
        _on_match, patterns = ruler.matcher.get(key)
        yield attr_id, key, patterns


class FastAttributeRuler:
    """The stock ``AttributeRuler``'s matches, found by look-up per distinct token instead of a full ``Matcher``."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        vocab = ruler.vocab
        self.single = Matcher(vocab, validate=False)
        self.multi = Matcher(vocab, validate=False)
        tested: set[str] = set()
        for _attr_id, key, patterns in _rules(ruler):
            ones = [p for p in patterns if _one_token(p)]
            rest = [p for p in patterns if not _one_token(p)]
            if ones:
                self.single.add(key, ones)
                tested |= {k.upper() for p in ones for k in p[0]}
            if rest:
                self.multi.add(key, rest)
        tested = {"ORTH" if k == "TEXT" else k for k in tested}
        self.attr_ids = [IDS[k] for k in sorted(tested)] or [ORTH]
        self.has_multi = len(self.multi) > 0
        self._hits: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def _rules_for(self, doc: Doc, i: int) -> tuple[tuple[int, int], ...]:
        """(attr_id, match key) of the one-token rules that match token ``i`` (the real Matcher decides)."""
        strings = self.ruler.vocab.strings
        found = self.single(doc[i : i + 1], allow_missing=True, as_spans=False)
        return tuple(sorted({(int(strings[m_id]), m_id) for m_id, _s, _e in found}))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The stock ``AttributeRuler.match(doc)``: ``(attr_id, match key, start, end)``, sorted."""
        matches = []
        hits = self._hits
        for i, row in enumerate(doc.to_array(self.attr_ids).tolist()):
            key = tuple(row)
            rules = hits.get(key)
            if rules is None:
                rules = hits[key] = self._rules_for(doc, i)
            for attr_id, m_id in rules:
                matches.append((attr_id, m_id, i, i + 1))
        if self.has_multi:
            strings = self.ruler.vocab.strings
            for m_id, start, end in self.multi(doc, allow_missing=True, as_spans=False):
                matches.append((int(strings[m_id]), m_id, start, end))
        matches.sort()
        return matches

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            self.ruler.set_annotations(doc, self.match(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class FastLemmatizer:
    """The stock rule ``Lemmatizer``: one lemma per distinct (form, part of speech, morphology), written at once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lem = self.lemmatizer
        if not lem._validated:  # noqa: SLF001 - the stock component's own once-only table check
            lem._validate_tables()  # noqa: SLF001
        strings = lem.vocab.strings
        known = self._lemmas
        out = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma:  # set earlier (the attribute ruler's exceptions): the stock component keeps it
                out.append(lemma)
                continue
            key = (orth, pos, morph)
            value = known.get(key)
            if value is None:
                value = known[key] = strings.add(lem.lemmatize(doc[i])[0])
            out.append(value)
        doc.from_array([LEMMA], numpy.asarray(out, dtype=numpy.uint64))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(RULER_NAME)
def make_fast_attribute_ruler(nlp: Language, name: str, source: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe(source))


@Language.factory(LEMMATIZER_NAME)
def make_fast_lemmatizer(nlp: Language, name: str, source: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.get_pipe(source))


def speed_up(nlp: Language) -> Language:
    """Replace ``attribute_ruler`` and a rule-mode, non-overwriting ``lemmatizer`` by their look-up versions."""
    for source, name, fits in (
        ("attribute_ruler", RULER_NAME, lambda p: type(p) is AttributeRuler),
        ("lemmatizer", LEMMATIZER_NAME, lambda p: isinstance(p, Lemmatizer) and p.mode == "rule" and not p.overwrite),
    ):
        if source in nlp.pipe_names and fits(nlp.get_pipe(source)):
            nlp.add_pipe(name, name=name, after=source, config={"source": source})
            nlp.remove_pipe(source)
    return nlp
