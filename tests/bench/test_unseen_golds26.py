"""The eleventh hand-coded collection (bench/unseen/newsarticles11_gold.json) is in place with its build script and
README, keeps README_newsarticles11.md's conventions, and names corpus records that exist and that no evaluation or
development sample draws (when ../shared is present).

Annotations only (no pipeline); test_unseen_golds23.py checks every gold's events, quotes and records (no corpus
record annotated in two collections) and test_unseen_golds24.py every numbered collection's script and README.
"""

from __future__ import annotations

import csv
import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from tests.bench.bench_modules import load_bench

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "bench" / "unseen"
GOLD = UNSEEN / "newsarticles11_gold.json"
CORPUS = ROOT.parent / "shared" / "corpora" / "newsarticles2017.jsonl.gz"
DEV_SEEDS = range(1515, 4040, 101)  # every fresh development seed of the rounds so far (README_newsarticles11.md)


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def half_of(key: str) -> str:
    return load_bench("event_split").half_of(key)


def test_the_collection_is_there() -> None:
    assert GOLD.exists()
    assert "collection_main(sys.argv, 11)" in (UNSEEN / "build_docs11.py").read_text(encoding="utf-8")
    assert (UNSEEN / "README_newsarticles11.md").exists()
    assert "README_newsarticles11.md" in (UNSEEN / "README.md").read_text(encoding="utf-8")


def test_balanced_and_dated(gold: dict) -> None:
    main = [ev for ev in gold["events"] if not ev.get("background")]
    stories = {d["story"] for d in gold["documents"] if not d.get("distractor")}
    assert 20 <= len(gold["documents"]) <= 30 and len(stories) >= 8 and len(main) >= 25
    for s in stories:  # every story has two or more reports from two or more outlets
        assert len({d["outlet"] for d in gold["documents"] if d["story"] == s}) >= 2, s
    for ev in gold["events"]:  # a weekday word, when noted, is the date's weekday
        if ev.get("weekday"):
            assert date.fromisoformat(ev["date"]).strftime("%A") == ev["weekday"], ev["event"]
        assert ev["modality"] in ("reported", "planned", "denied"), ev["event"]
        assert ev["certainty"] in ("high", "medium", "low"), ev["event"]
        assert ev["note"].strip(), ev["event"]
    assert len({ev["type"] for ev in main}) >= 6  # acts beyond accusations


def test_distractors_duplicates_and_halves(gold: dict) -> None:
    story_of = {d["doc"]: d["story"] for d in gold["documents"]}
    distractors = [d for d in gold["documents"] if d.get("distractor")]
    assert sorted(half_of(d["story"]) for d in distractors) == ["held-out", "tune"]  # one per half
    for ev in gold["events"]:
        assert not {story_of[d] for d in ev["docs"]} & {d["story"] for d in distractors}, ev["event"]
    for d in gold["documents"]:
        assert d["doc"].startswith("y") and d["published"] <= "2017-03-31", d["doc"]
        if d["near_duplicate_of"]:
            assert story_of[d["near_duplicate_of"]] == d["story"], d["doc"]
    per_half = {"tune": 0, "held-out": 0}
    for ev in gold["events"]:
        if not ev.get("background"):
            per_half[half_of(ev["story"])] += 1
    assert abs(per_half["tune"] - per_half["held-out"]) <= 3, per_half  # about half the events each


def test_quotes_are_whole_phrases(gold: dict) -> None:
    docs = {d["doc"] for d in gold["documents"]}
    for q in gold["quotes"]:
        assert q["doc"] in docs and len(q["text"].split()) >= 5, q


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpora/newsarticles2017.jsonl.gz")
def test_records_exist_and_are_in_no_sample(gold: dict) -> None:
    ps = load_bench("precision_sample")

    wanted = {d["corpus_id"]: d for d in gold["documents"]}
    found = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in wanted:
                found[rec["id"]] = rec
    assert set(found) == set(wanted)
    for cid, d in wanted.items():
        assert found[cid]["body"].strip(), cid
        assert found[cid]["published"][:10] == d["published"], cid
        assert found[cid]["source"] == d["outlet"], cid
    excluded = {r["id"] for r in ps.sample_articles(CORPUS, ps.N_ARTICLES, ps.SEED)}
    excluded |= {r["id"] for r in ps.dev_articles(CORPUS)}
    for seed in DEV_SEEDS:
        excluded |= {r["id"] for r in ps.fresh_articles(CORPUS, ps.DEV_ARTICLES, seed)}
    for tsv in (ROOT / "bench" / "precision").glob("*.tsv"):
        with tsv.open(encoding="utf-8") as fh:
            excluded |= {row["article_id"] for row in csv.DictReader(fh, delimiter="\t") if row.get("article_id")}
    assert not set(wanted) & excluded
