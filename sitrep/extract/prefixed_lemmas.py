"""Lemmas of prefixed irregular verbs that the rule lemmatizer leaves as written ('retook', 'foresaw').

spaCy's rule lemmatizer knows an irregular past form only when its exceptions table lists that exact form: it
lists 'took' -> 'take' and 'retaken' -> 'retake', but not 'retook', so the lexicon's lemma patterns ('retake
the town': ASSAULT seize) miss the simple past. A past form left unchanged whose remainder after a verb prefix
is an irregular form the same table knows takes the prefix plus that lemma ('re' + 'took' -> 'retake'). The
same holds with no prefix: the rule lemmatizer takes a verb tagged as a present (VBP, VB) for its own base form,
so an irregular past the tagger mistakes for one ('France forgave Mali's debt': 'forgave' VBP) kept its text and
missed the lexicon ('FORGIVE: * DEBT', AID); a form the table lists as inflected ('forgave' -> 'forgive') that is
no verb of its own ('saw', 'found', 'lay' are) takes the table's lemma. Only verbs whose lemma the lemmatizer left
as written are touched, so every other lemma is the stock one.
"""

import numpy
from spacy import symbols
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "sitrep_prefixed_lemmas"
#: verb prefixes that keep the stem's irregular inflection (retake/retook, foresee/foresaw, overtake/overtook)
PREFIXES = ("", "re", "fore", "over", "under", "out", "mis", "with", "up")
#: parts of speech of a verb form (the tagger may take an unknown past form for a present: 'retook' as VBP)
VERB_POS = frozenset({"VERB", "AUX"})


class PrefixedLemmas:
    """The pipeline component: irregular past forms after a prefix, from the lemmatizer's own exception table."""

    def __init__(self, verb_exceptions: dict[str, list[str]], verb_lemmas: frozenset[str] = frozenset()) -> None:
        self.exceptions = verb_exceptions
        self.verb_lemmas = verb_lemmas  # verbs of their own ('resent', 'rebound'): never split
        self.verb_pos = [getattr(symbols, p) for p in VERB_POS]

    def lemma(self, lower: str) -> str | None:
        """The lemma of an irregular past form left as written, prefixed or not ('retook' -> 'retake', 'forgave' ->
        'forgive'), or None."""
        if lower in self.verb_lemmas:
            return None
        for prefix in PREFIXES:
            rest = lower[len(prefix) :]
            lemmas = self.exceptions.get(rest) if lower.startswith(prefix) and len(rest) > 2 else None
            if lemmas and lemmas[0] != rest:  # an inflected form of the table ('took'), not a lemma itself
                return prefix + lemmas[0]
        return None

    def __call__(self, doc: Doc) -> Doc:
        table = doc.to_array([POS, LEMMA, LOWER])
        verbs = numpy.isin(table[:, 0], self.verb_pos)
        for i in numpy.flatnonzero(verbs & (table[:, 1] == table[:, 2])).tolist():
            lemma = self.lemma(doc[i].lower_)
            if lemma is not None:
                doc[i].lemma_ = lemma
        return doc


@Language.factory(COMPONENT)
def make_prefixed_lemmas(nlp: Language, name: str) -> PrefixedLemmas:
    # the stock rule lemmatizer, or the look-up one of fast_pipes that wraps it
    rules = (getattr(p, "lemmatizer", p) for _, p in nlp.pipeline)
    lemmatizer = next((p for p in rules if hasattr(p, "lookups")), None)
    if lemmatizer is None:
        return PrefixedLemmas({})
    exceptions = lemmatizer.lookups.get_table("lemma_exc", {}).get("verb", {})
    index = lemmatizer.lookups.get_table("lemma_index", {}).get("verb", ())
    return PrefixedLemmas(dict(exceptions), frozenset(index))


def add_component(nlp: Language, after: str) -> None:
    """Add the component right after the lemmatizer named ``after`` (idempotent; nothing without one)."""
    if COMPONENT not in nlp.pipe_names and after in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after=after)
