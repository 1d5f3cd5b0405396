"""Round 35's answers kept per Doc for the workers' CPU: a Doc's sentences found once (``sentence_index``) and a
noun phrase's tokens kept per token (``event_arg_groups.np_tokens`` through ``token_memo``). Both give spaCy's /
the rule's own answer, also after the parse changes (a glued object re-hung, a head set by hand), and an article's
analysis is the same with and without them."""

import json
from contextlib import nullcontext

from sitrep.extract import glued_objects, sentence_index, token_memo
from sitrep.extract.event_arg_groups import np_tokens
from sitrep.extract.pipeline import analyze_doc

TEXT = (
    "Kenyan police arrested dozens of protesters in the capital on Monday. The rebel commanders met army officers "
    "of the northern province. Officials slammed President Ana Ruiz Tuesday night after the soldiers left. "
    "Mr. Ruiz said the talks would resume."
)


def _spacy_sent(obj) -> tuple[int, int]:  # noqa: ANN001 - a Token or a Span
    """The sentence spaCy itself finds (its own walk, the hooks set aside)."""
    doc = obj.doc
    token_hook = doc.user_token_hooks.pop("sent", None)
    span_hook = doc.user_span_hooks.pop("sent", None)
    try:
        sent = obj.sent
        return sent.start, sent.end
    finally:
        if token_hook is not None:
            doc.user_token_hooks["sent"] = token_hook
        if span_hook is not None:
            doc.user_span_hooks["sent"] = span_hook


def _all_sents(doc) -> list[tuple[int, int]]:  # noqa: ANN001
    return [(t.sent.start, t.sent.end) for t in doc] + [
        (doc[i : i + 2].sent.start, doc[i : i + 2].sent.end) for i in range(len(doc) - 1)
    ]


def test_indexed_sentences_are_spacys(nlp):
    doc = nlp(TEXT)
    fresh = _all_sents(doc)
    assert len({s for s in fresh}) >= 4  # the text has several sentences
    with sentence_index.indexed(doc):
        assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
        assert _all_sents(doc) == fresh
        assert [(t.sent.start, t.sent.end) for t in doc] == [_spacy_sent(t) for t in doc]
        assert doc[len(doc) : len(doc)].sent == doc[len(doc) : len(doc)].sent  # a span past the tokens: spaCy's
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks
    assert sentence_index._KEY not in doc.user_data


def test_a_head_set_inside_the_span_is_read_afresh(nlp):
    doc = nlp("Ana met Bo in Paris. Cy left the city.")
    left = next(t for t in doc if t.text == "left")
    met = next(t for t in doc if t.text == "met")
    with sentence_index.indexed(doc):
        assert left.sent.start == 6  # two sentences
        left.head = met  # the second sentence's root hung on the first's: spaCy joins them
        sentence_index.changed(doc)
        assert (left.sent.start, left.sent.end) == _spacy_sent(left) == (0, len(doc))
        assert _all_sents(doc) == [(0, len(doc))] * (2 * len(doc) - 1)


def test_a_repair_of_the_parse_is_read_afresh(nlp, monkeypatch):
    doc = nlp("Ana met Bo in Paris. Cy left the city.")
    bo, left = doc[2], next(t for t in doc if t.text == "left")
    # the repair's own code re-hangs a word chosen here: the second sentence's root as an object of 'met'
    monkeypatch.setattr(glued_objects, "glued_name", lambda tok: left if tok.i == bo.i else None)
    with sentence_index.indexed(doc), token_memo.memoized(doc):
        assert left.sent.start == 6 and [t.i for t in np_tokens(bo)] == [2]
        glued_objects.repair(doc)
        assert (left.sent.start, left.sent.end) == _spacy_sent(left) == (0, len(doc))
        assert [(t.sent.start, t.sent.end) for t in doc] == [_spacy_sent(t) for t in doc]
        with token_memo.memoized(doc, fresh=True):  # as events.doc_event_candidates after its repair
            kept = {t.i: [x.i for x in np_tokens(t)] for t in doc}
    assert kept == {t.i: [x.i for x in np_tokens(t)] for t in doc}  # the phrases of the repaired parse


def test_each_caller_gets_its_own_phrase_list(nlp):
    doc = nlp(TEXT)
    police = next(t for t in doc if t.text == "police")
    with token_memo.memoized(doc):
        phrase = np_tokens(police)
        phrase.clear()
        assert [t.text for t in np_tokens(police)] == ["Kenyan", "police"]


def test_an_articles_analysis_is_the_same_with_and_without_the_index(nlp, monkeypatch):
    article = {"article_id": "a1", "published_at": "2026-03-02"}
    kept = analyze_doc(article, nlp(TEXT))
    assert kept["event_candidates"] and kept["mentions"]
    monkeypatch.setattr(sentence_index, "indexed", lambda doc: nullcontext())
    monkeypatch.setattr(token_memo, "memoized", lambda doc, fresh=False: nullcontext())
    fresh = analyze_doc(article, nlp(TEXT))
    assert json.dumps(kept, sort_keys=True, default=str) == json.dumps(fresh, sort_keys=True, default=str)


def test_a_span_across_a_sentence_end_gets_spacys_answer(nlp):
    doc = nlp("Chile recalled its envoy. Peru protested on Monday.")
    across = doc[2:7]
    expected = (across.sent.start, across.sent.end)
    with sentence_index.indexed(doc):
        assert (across.sent.start, across.sent.end) == expected
        assert (doc[0:2].sent.start, doc[0:2].sent.end) == (0, 5)
