"""The second hand-coded Reuters collection (bench/unseen/reuters2_gold.json) is in place with its build script and
README, keeps README_reuters2.md's conventions, and names corpus records that exist (when ../shared is present).

Annotations only (no pipeline); test_unseen_golds23.py checks every gold's events, quotes and records (no corpus
record annotated in two collections).
"""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from tests.bench.bench_modules import load_bench

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "bench" / "unseen"
GOLD = UNSEEN / "reuters2_gold.json"
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def half_of(key: str) -> str:
    return load_bench("event_split").half_of(key)


def test_the_collection_is_there() -> None:
    assert GOLD.exists()
    assert "reuters2_gold.json" in (UNSEEN / "build_reuters2_docs.py").read_text(encoding="utf-8")
    assert (UNSEEN / "README_reuters2.md").exists()
    assert "README_reuters2.md" in (UNSEEN / "README.md").read_text(encoding="utf-8")


def test_balanced_and_dated(gold: dict) -> None:
    main = [ev for ev in gold["events"] if not ev.get("background")]
    stories = {d["story"] for d in gold["documents"] if not d.get("distractor")}
    assert 20 <= len(gold["documents"]) <= 30 and len(stories) >= 8 and len(main) >= 20
    for s in stories:  # every story has two or more reports
        assert sum(d["story"] == s for d in gold["documents"]) >= 2, s
    for ev in gold["events"]:  # a weekday word, when noted, is the date's weekday
        if ev.get("weekday"):
            assert date.fromisoformat(ev["date"]).strftime("%A") == ev["weekday"], ev["event"]
        assert ev["modality"] in ("reported", "planned", "denied"), ev["event"]
        assert ev["certainty"] in ("high", "medium", "low"), ev["event"]


def test_distractors_duplicates_and_halves(gold: dict) -> None:
    story_of = {d["doc"]: d["story"] for d in gold["documents"]}
    distractors = [d for d in gold["documents"] if d.get("distractor")]
    assert sorted(half_of(d["story"]) for d in distractors) == ["held-out", "tune"]  # one per half
    for ev in gold["events"]:
        assert not {story_of[d] for d in ev["docs"]} & {d["story"] for d in distractors}, ev["event"]
    for d in gold["documents"]:
        if d["near_duplicate_of"]:
            assert story_of[d["near_duplicate_of"]] == d["story"], d["doc"]
    per_half = {"tune": 0, "held-out": 0}
    for ev in gold["events"]:
        if not ev.get("background"):
            per_half[half_of(ev["story"])] += 1
    assert abs(per_half["tune"] - per_half["held-out"]) <= 3, per_half  # about half the events each


def test_no_article_of_reuters_1(gold: dict) -> None:
    earlier = json.loads((UNSEEN / "reuters_gold.json").read_text(encoding="utf-8"))
    assert not {d["corpus_id"] for d in gold["documents"]} & {d["corpus_id"] for d in earlier["documents"]}


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpora/reuters21578.jsonl.gz")
def test_records_exist_with_their_dates(gold: dict) -> None:
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
        assert d["doc"] == f"r{int(cid.rsplit('-', 1)[1]):05d}.json", cid
