"""Drop-in faster versions of two rule-based spaCy components, with exactly the stock components' output.

spaCy's ``attribute_ruler`` runs a ``Matcher`` of all its patterns (179 in the English small pipeline) over every
token, and its rule ``lemmatizer`` lemmatizes every token in Python: together about a fifth of the pipeline's
CPU time on news articles, while the statistical components take the rest. Both answers depend only on a few
attributes of a token, so they are computed once per distinct combination and reused:

- ``FastAttributeRuler``: a one-token pattern's match depends only on the attributes it tests (tag, lower-case
  form, dependency label, ...); which rules match a token is looked up by those attributes, and the real
  ``Matcher`` decides on a token not seen before. In the look-up key, every value that no pattern names (and
  no pattern's regular expression matches) is one value: a word form outside the patterns' few hundred words
  never costs a new look-up. Multi-token patterns ("gon na") run in a ``Matcher`` of their own, only on short
  windows where one of their named values puts a start. The matches are then sorted and applied in the order
  the stock ``set_annotations`` applies them (one-token matches set their token directly, the rest through it).
- ``FastLemmatizer``: a rule lemma depends only on the token's form, part of speech and morphology (spaCy caches
  it under that key itself); lemmas are looked up by that key and written back in one ``Doc.from_array``. The
  lemma is the one spaCy 3.8.18's rule gives (``rule_lemmas``), whatever spaCy release is installed. The
  rule lemmatizer's word index (lists, scanned on each question) is turned into sets with the same members.

``speed_up(nlp)`` swaps them in when the stock components are configured as these wrappers expect (else it
leaves the pipeline alone). ``tests/sitrep/extract/test_fast_pipes.py`` checks the output is identical, attribute
for attribute; ``bench/check_fast_pipes.py`` does the same on a real corpus.
"""

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from sitrep.extract.rule_lemmas import rule_lemmas

#: token attributes a one-token pattern may test for the look-up to be exact (each a function of the token alone)
_TOKEN_KEYS = {"ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "MORPH", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT"}
_PREDICATES = {"IN", "NOT_IN", "REGEX"}
#: string attributes whose value (a string hash) a look-up key may fold (see ``_Fold``)
_FOLDABLE = {"ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA"}

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


#: stands for every value of an attribute that no pattern names (no real string hash is all ones)
_OTHER = numpy.uint64(2**64 - 1)


class _Fold:
    """One tested string attribute of the one-token patterns, whose values they compare for equality,
    (non-)membership or by regular expression: a value no pattern names and no expression matches matches
    exactly the same patterns as any other such value, so all of them are one value (``_OTHER``) in the
    look-up key. Which values are special is decided once per distinct value."""

    def __init__(self, column: int, named: set[int], regexes: list[re.Pattern]) -> None:
        self.column, self.named, self.regexes = column, named, regexes
        self.special = numpy.asarray(sorted(named), dtype=numpy.uint64)
        self.checked: set[int] = set(named)

    def apply(self, table: numpy.ndarray, strings) -> None:  # noqa: ANN001 - spaCy StringStore
        values = table[:, self.column]
        if self.regexes:
            new = [v for v in numpy.unique(values).tolist() if v not in self.checked]
            if new:
                self.checked.update(new)
                hits = [v for v in new if any(r.search(strings[v]) for r in self.regexes)]
                if hits:
                    self.special = numpy.union1d(self.special, numpy.asarray(hits, dtype=numpy.uint64))
        table[:, self.column] = numpy.where(numpy.isin(values, self.special), values, _OTHER)


def _folds(vocab, patterns: list[list[dict]], names: list[str]) -> list[_Fold]:  # noqa: ANN001
    """A ``_Fold`` for each of ``names`` (the key's columns) that the one-token ``patterns`` test only with
    strings (not ``IS_SPACE``: a bool) and that holds a string hash."""
    named: dict[str, set[int]] = {name: set() for name in names if name in _FOLDABLE}
    regexes: dict[str, list[re.Pattern]] = {name: [] for name in named}
    for pattern in patterns:
        for key, value in pattern[0].items():
            name = "ORTH" if key.upper() == "TEXT" else key.upper()
            if name not in named:
                continue
            tests = value.items() if isinstance(value, dict) else [("==", [value])]
            for op, operand in tests:
                if op == "REGEX" and isinstance(operand, str):
                    regexes[name].append(re.compile(operand))
                elif op in ("==", "IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
                    named[name] |= {vocab.strings.add(v) for v in operand}
                else:  # anything else: this attribute keeps its raw values
                    named.pop(name)
                    regexes.pop(name)
                    break
    return [_Fold(col, named[name], regexes[name]) for col, name in enumerate(names) if name in named]


def _anchors(vocab, patterns: list[list[dict]]) -> list[tuple[int, int, numpy.ndarray]] | None:  # noqa: ANN001
    """For each multi-token pattern, one token test that names its values (``(attr id, offset in the
    pattern, value hashes)``, the fewest values of the pattern's tests): a match starts ``offset`` tokens
    before a token with one of those values. None when a pattern has an operator (its length varies) or no
    such test."""
    out = []
    for pattern in patterns:
        best = None
        for offset, token in enumerate(pattern):
            if "OP" in token:
                return None
            for key, value in token.items():
                name = "ORTH" if key.upper() == "TEXT" else key.upper()
                if name not in _FOLDABLE:
                    continue
                if isinstance(value, str):
                    values = [value]
                elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                    values = list(value["IN"])
                else:
                    continue
                if best is None or len(values) < len(best[2]):
                    best = (IDS[name], offset, values)
        if best is None:
            return None
        attr, offset, values = best
        out.append((attr, offset, numpy.asarray(sorted({vocab.strings.add(v) for v in values}), dtype=numpy.uint64)))
    return out


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
        names = sorted(tested) or ["ORTH"]
        self.attr_ids = [IDS[k] for k in names]
        self.folds = _folds(vocab, [p for _a, _k, ps in _rules(ruler) for p in ps if _one_token(p)], names)
        self.has_multi = len(self.multi) > 0
        longer = [p for _a, _k, ps in _rules(ruler) for p in ps if not _one_token(p)]
        self.anchors = _anchors(vocab, longer)
        self.longest = max((len(p) for p in longer), default=1)
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
        table = doc.to_array(self.attr_ids)
        for fold in self.folds:
            fold.apply(table, self.ruler.vocab.strings)
        for i, row in enumerate(table.tolist()):
            key = tuple(row)
            rules = hits.get(key)
            if rules is None:
                rules = hits[key] = self._rules_for(doc, i)
            for attr_id, m_id in rules:
                matches.append((attr_id, m_id, i, i + 1))
        if self.has_multi:
            strings = self.ruler.vocab.strings
            for m_id, start, end in self._multi_matches(doc):
                matches.append((int(strings[m_id]), m_id, start, end))
        matches.sort()
        return matches

    def _multi_matches(self, doc: Doc) -> Iterable[tuple[int, int, int]]:
        """The multi-token ``Matcher``'s matches, found in short windows starting where an anchor puts a
        pattern's start (the whole document when a pattern has no anchor): the same matches, a few tokens read."""
        if self.anchors is None:
            return self.multi(doc, allow_missing=True, as_spans=False)
        order = sorted({attr for attr, _o, _v in self.anchors})
        columns = doc.to_array(order)
        starts: set[int] = set()
        for attr, offset, values in self.anchors:
            at = numpy.flatnonzero(numpy.isin(columns[:, order.index(attr)], values)) - offset
            starts.update(at[at >= 0].tolist())
        found = set()
        n = len(doc)
        for start in sorted(starts):
            window = doc[start : min(n, start + self.longest)]
            for m_id, s, e in self.multi(window, allow_missing=True, as_spans=False):
                if s == 0:
                    found.add((m_id, start, start + e))
        return found

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            self.set_annotations(doc, self.match(doc))
        return doc

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """The stock ``set_annotations``, in its order: a one-token match sets its token directly (the stock code
        builds a ``Span`` per match only to find that token); a longer match goes through the stock code."""
        ruler = self.ruler
        attrs, indices = ruler.attrs, ruler.indices
        for match in matches:
            attr_id, _m_id, start, end = match
            if end - start == 1 and indices[attr_id] in (0, -1):
                set_token_attrs(doc[start], attrs[attr_id])
            else:
                ruler.set_annotations(doc, [match])

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class FastLemmatizer:
    """The stock rule ``Lemmatizer``: one lemma per distinct (form, part of speech, morphology), written at once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        _index_sets(lemmatizer)
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lem = self.lemmatizer
        if not lem._validated:  # noqa: SLF001 - the stock component's own once-only table check
            lem._validate_tables()  # noqa: SLF001
            _index_sets(lem)
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
                value = known[key] = strings.add(rule_lemmas(lem, doc[i])[0])
            out.append(value)
        doc.from_array([LEMMA], numpy.asarray(out, dtype=numpy.uint64))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _index_sets(lemmatizer: Lemmatizer) -> None:
    """The rule lemmatizer asks ``form in index`` of each candidate form, and its ``lemma_index`` table holds
    lists (57k nouns): a scan per question, most of the lemmatizer's time. The same words as sets give the same
    answers at once."""
    table = lemmatizer.lookups.get_table("lemma_index", {})
    for key in list(table.keys()):
        value = table[key]
        if isinstance(value, list):
            table[key] = frozenset(value)


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
