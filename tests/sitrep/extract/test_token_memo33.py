"""Round 33's per-Doc answers about tokens (``token_memo``): ``group_of`` and ``group_actor`` are kept while an
article's events are read, and give the answers they give computed afresh: per token, per the article's US-state
names, a copy per caller, nothing kept outside the span, and the same event candidates as without the table."""

import json

from sitrep.extract import event_candidates, events, gazetteer, glued_objects, state_namesakes, token_memo
from sitrep.extract.entities import doc_mentions
from sitrep.extract.event_arg_groups import group_actor, group_of

TEXT = (
    "Kenyan police arrested dozens of protesters in the capital on Monday, and thousands of farmers marched. "
    "The rebel commanders met army officers of Georgia, while Georgia police said the militia leaders had fled. "
    "Officials slammed President Ana Ruiz Tuesday night after the soldiers left."
)


def _answers(doc):
    return [(group_of(t), group_actor(t)) for t in doc]


def test_kept_answers_are_the_answers_computed_afresh(nlp):
    doc = nlp(TEXT)
    fresh = _answers(doc)
    assert any(a is not None for _g, a in fresh)  # the text has group actors to keep
    with token_memo.memoized(doc):
        first = _answers(doc)
        again = _answers(doc)
        assert doc.user_data[token_memo._KEY]  # answers are kept inside the span
    assert first == fresh and again == fresh
    assert token_memo._KEY not in doc.user_data  # and dropped when it closes


def test_each_caller_gets_its_own_copy(nlp):
    doc = nlp(TEXT)
    police = next(t for t in doc if t.text == "police")
    with token_memo.memoized(doc):
        actor = group_actor(police)
        actor["country_iso3"] = "XXX"  # a caller that edits its pseudo-mention
        assert group_actor(police)["country_iso3"] == "KEN"


def test_the_us_state_reading_is_part_of_the_key(nlp):
    doc = nlp(TEXT)
    police = [t for t in doc if t.text == "police"][1]  # 'Georgia police'
    as_country = group_actor(police)["country_iso3"]
    token = gazetteer.ARTICLE_NOT_COUNTRIES.set(frozenset({"Georgia"}))
    try:
        as_state = group_actor(police)["country_iso3"]
    finally:
        gazetteer.ARTICLE_NOT_COUNTRIES.reset(token)
    assert as_country == "GEO" and as_state != as_country
    with token_memo.memoized(doc):
        assert group_actor(police)["country_iso3"] == as_country
        token = gazetteer.ARTICLE_NOT_COUNTRIES.set(frozenset({"Georgia"}))
        try:
            assert group_actor(police)["country_iso3"] == as_state
        finally:
            gazetteer.ARTICLE_NOT_COUNTRIES.reset(token)


def test_a_parse_changed_outside_the_span_is_read_afresh(nlp):
    doc = nlp(TEXT)
    officers = next(t for t in doc if t.text == "officers")
    with token_memo.memoized(doc):
        assert group_of(officers) == ("military", "ORG")  # 'army officers': the military
    army = officers.doc[officers.i - 1]
    army.head, army.dep_ = army, "ROOT"  # the modifier no longer hangs on the noun: bare 'officers' are police
    assert group_of(officers) == ("police", "ORG")


def test_event_candidates_are_the_same_with_and_without_kept_answers(nlp):
    doc = nlp(TEXT)
    mentions = doc_mentions(doc)
    kept = events.doc_event_candidates(doc, mentions, None)
    assert kept and token_memo._KEY not in doc.user_data
    fresh_doc = nlp(TEXT)
    fresh_mentions = doc_mentions(fresh_doc)
    glued_objects.repair(fresh_doc)
    with state_namesakes.reading(fresh_mentions):  # as events.doc_event_candidates, with no table
        fresh = event_candidates.doc_event_candidates(fresh_doc, fresh_mentions, None)
    assert json.dumps(kept, sort_keys=True, default=str) == json.dumps(fresh, sort_keys=True, default=str)


def test_frame_reasons_are_kept_per_token_and_type(nlp):
    from sitrep.extract.event_frames import frame_reason

    doc = nlp("If Ruritania attacked the port, Freedonia would impose sanctions. The army attacked the port on Monday.")
    fresh = [(t.i, frame_reason(t, "ASSAULT"), frame_reason(t, "COERCE")) for t in doc if t.pos_ == "VERB"]
    assert any(r for _i, r, _c in fresh) and any(r is None for _i, r, _c in fresh)  # framed and real acts
    with token_memo.memoized(doc):
        kept = [(t.i, frame_reason(t, "ASSAULT"), frame_reason(t, "COERCE")) for t in doc if t.pos_ == "VERB"]
        assert any(k[0] == "sitrep.extract.event_frames.frame_reason" for k in doc.user_data[token_memo._KEY])
        assert kept == [(t.i, frame_reason(t, "ASSAULT"), frame_reason(t, "COERCE")) for t in doc if t.pos_ == "VERB"]
    assert kept == fresh


def test_an_inner_fresh_span_drops_older_answers_and_the_outer_keeps_the_new(nlp):
    doc = nlp(TEXT)
    officers = next(t for t in doc if t.text == "officers")
    with token_memo.memoized(doc):
        assert group_of(officers) == ("military", "ORG")
        army = doc[officers.i - 1]
        army.head, army.dep_ = army, "ROOT"  # a repair inside the outer span, then a fresh inner one
        with token_memo.memoized(doc, fresh=True):
            assert group_of(officers) == ("police", "ORG")
        assert group_of(officers) == ("police", "ORG")  # kept by the outer span
        assert token_memo._KEY in doc.user_data
    assert token_memo._KEY not in doc.user_data


def test_an_articles_analysis_is_the_same_with_and_without_kept_answers(nlp, monkeypatch):
    from contextlib import nullcontext

    from sitrep.extract.pipeline import analyze_doc

    article = {"article_id": "a1", "published_at": "2026-03-02"}
    doc = nlp(TEXT)
    kept = analyze_doc(article, doc)
    assert kept["group_phrases"] and kept["event_candidates"] and token_memo._KEY not in doc.user_data
    monkeypatch.setattr(token_memo, "memoized", lambda doc, fresh=False: nullcontext())
    fresh = analyze_doc(article, nlp(TEXT))
    assert json.dumps(kept, sort_keys=True, default=str) == json.dumps(fresh, sort_keys=True, default=str)
