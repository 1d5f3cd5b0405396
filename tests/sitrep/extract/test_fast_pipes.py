"""The look-up attribute ruler and lemmatizer give exactly the stock spaCy components' output."""

import os

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, TAG

from sitrep.config import DEFAULT_MODEL
from sitrep.extract import entities, events
from sitrep.extract.fast_pipes import LEMMATIZER_NAME, RULER_NAME, speed_up
from sitrep.extract.nlp import model_location
from sitrep.extract.rule_lemmas import use_on

ATTRS = [ORTH, NORM, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]

# our own sentences: inflections, contractions and the ruler's multi-token exceptions ("gonna", "let's")
TEXTS = [
    "The ministers were meeting in Geneva on Tuesday, and they've agreed to hold further talks next month.",
    "She said: \"We're gonna build it, let's not wait.\" Officials ain't sure whether the bridges will reopen.",
    "Rebels seized three towns; the army's counter-offensive stalled after heavier fighting near the border.",
    "  \n\nIt was better, the best of the results so far -- Dr. Smith's studies showed the mice ran faster.",
    "Prime Minister Ana Lopes visited Nairobi and Kampala, signing accords on trade and water sharing.",
    "Y'all ain't seen nothin' yet: there were gotta be more of them, c'mon, there's time, they're here.",
    "",
]


@pytest.fixture(scope="module")
def pipelines():
    model = os.environ.get("SITREP_SPACY_MODEL", DEFAULT_MODEL)
    stock = spacy.load(model_location(model))
    use_on(stock.get_pipe("lemmatizer"))  # spaCy 3.8.18's rule, as sitrep's lemmas whatever release runs
    fast = spacy.load(model_location(model))
    for nlp in (stock, fast):
        for module in (entities, events):
            module.add_components(nlp)
    return stock, speed_up(fast)


def test_swapped_in_place(pipelines):
    stock, fast = pipelines
    assert RULER_NAME in fast.pipe_names and LEMMATIZER_NAME in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    # same position in the pipeline as the components they replace
    assert fast.pipe_names.index(RULER_NAME) == stock.pipe_names.index("attribute_ruler")
    assert fast.pipe_names.index(LEMMATIZER_NAME) == stock.pipe_names.index("lemmatizer")


def test_identical_annotations(pipelines):
    stock, fast = pipelines
    # twice over, so the second pass runs on the look-up tables filled by the first
    for _ in range(2):
        for s, f in zip(stock.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
            assert s.to_array(ATTRS).tolist() == f.to_array(ATTRS).tolist()
            assert [t.lemma_ for t in s] == [t.lemma_ for t in f]
            assert [str(t.morph) for t in s] == [str(t.morph) for t in f]
            assert [(e.start, e.end, e.label_) for e in s.ents] == [(e.start, e.end, e.label_) for e in f.ents]


def test_multi_token_exception_applied(pipelines):
    _stock, fast = pipelines
    doc = fast("We are gonna win.")
    assert [t.lemma_ for t in doc if t.lower_ in {"gon", "na"}] == ["go", "to"]


def test_load_nlp_uses_fast_pipes(nlp):
    assert RULER_NAME in nlp.pipe_names and LEMMATIZER_NAME in nlp.pipe_names


def test_windowed_multi_token_matches_are_the_whole_document_matches(pipelines):
    _stock, fast = pipelines
    ruler = fast.get_pipe(RULER_NAME)
    assert ruler.anchors is not None  # the English patterns all have a fixed length and a named value
    for doc in fast.pipe(TEXTS):
        whole = ruler.multi(doc, allow_missing=True, as_spans=False)
        assert sorted(set(ruler._multi_matches(doc))) == sorted(set(whole))
    assert ruler._multi_matches(fast("There is a way.")), "the expletive pattern should match here"


def test_folded_key_keeps_regex_values_apart(pipelines):
    _stock, fast = pipelines
    doc = fast("Nothin' changed and nothing moved.")
    assert [t.lemma_ for t in doc][:1] == ["nothing"]


def test_lemma_index_as_sets(pipelines):
    _stock, fast = pipelines
    table = fast.get_pipe(LEMMATIZER_NAME).lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(v, frozenset) for v in table.values())
