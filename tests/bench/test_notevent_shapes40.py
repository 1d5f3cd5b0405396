"""bench/notevent_shapes40.py: the shape features of a trigger token and the per-shape counts, on invented
sentences and invented dump rows."""

from __future__ import annotations

from tests.bench.bench_modules import load_bench

shapes = load_bench("notevent_shapes40")


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_gerund_under_of_on_a_noun(nlp):
    feats = shapes.shape_features(
        _tok(nlp("Officials in Borduria stressed the priority of fighting the rebels."), "fighting")
    )
    assert "pcomp of 'of'" in feats and "pcomp 'of' on NOUN" in feats
    assert "verb tense=bare VBG" in feats and "clause=pcomp" in feats


def test_a_past_main_verb_with_a_named_subject(nlp):
    feats = shapes.shape_features(_tok(nlp("Borduria expelled the Syldavian envoy on Monday."), "expelled"))
    assert {"dep=ROOT", "verb tense=past", "clause=main", "clause subject=PROPN"} <= set(feats)
    assert "inside quotation" not in feats and "headline-like line" not in feats


def test_a_verb_inside_a_quotation(nlp):
    feats = shapes.shape_features(_tok(nlp('The envoy said: "We will expel the smugglers."'), "expel"))
    assert "inside quotation" in feats and "verb tense=modal" in feats


def test_counts_by_shape(capsys):
    items = [
        {"kind": "not an event", "article": "a1", "features": ["x"]},
        {"kind": "not an event", "article": "a2", "features": ["x"]},
        {"kind": "type right", "article": "a3", "features": ["x", "y"]},
    ]
    shapes.count(items, pairs=False, least=2)
    lines = {ln.split()[0]: ln.split()[1:] for ln in capsys.readouterr().out.splitlines()[1:]}
    assert lines["x"] == ["2", "2", "1", "0"]
    assert "y" not in lines
