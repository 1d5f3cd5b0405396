"""The tenth hand-coded collection (bench/unseen/newsarticles10_gold.json) is in place with its build script and README,
and every numbered collection's distractors and near duplicates keep the conventions of README_newsarticles7.md.

Annotations only (no corpus, no pipeline); test_unseen_golds23.py checks every gold's events, quotes and records.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

UNSEEN = Path(__file__).resolve().parents[2] / "bench" / "unseen"
NUMBERED = sorted(UNSEEN.glob("newsarticles*_gold.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def number(path: Path) -> str:
    return re.fullmatch(r"newsarticles(\d*)_gold\.json", path.name).group(1)


def test_the_tenth_collection_is_there() -> None:
    assert (UNSEEN / "newsarticles10_gold.json").exists()
    assert "collection_main(sys.argv, 10)" in (UNSEEN / "build_docs10.py").read_text(encoding="utf-8")
    assert (UNSEEN / "README_newsarticles10.md").exists()


@pytest.mark.parametrize("path", NUMBERED, ids=lambda p: p.stem)
def test_each_collection_has_its_script_and_readme(path: Path) -> None:
    n = number(path)
    assert (UNSEEN / f"build_docs{n}.py").exists()
    assert (UNSEEN / (f"README_newsarticles{n}.md" if n else "README.md")).exists()


@pytest.mark.parametrize("path", NUMBERED, ids=lambda p: p.stem)
def test_distractors_carry_no_event_and_duplicates_share_a_story(path: Path) -> None:
    gold = load(path)
    story_of = {d["doc"]: d["story"] for d in gold["documents"]}
    distractors = {d["doc"] for d in gold["documents"] if d.get("distractor")}
    for ev in gold["events"]:
        assert not set(ev["docs"]) & distractors, ev["event"]
    for d in gold["documents"]:
        if d["near_duplicate_of"]:
            assert story_of[d["near_duplicate_of"]] == d["story"], d["doc"]


def test_collection_ten_is_balanced_and_dated() -> None:
    gold = load(UNSEEN / "newsarticles10_gold.json")
    main = [ev for ev in gold["events"] if not ev.get("background")]
    stories = {d["story"] for d in gold["documents"] if not d.get("distractor")}
    assert len(gold["documents"]) >= 20 and len(stories) >= 8 and len(main) >= 20
    for s in stories:  # every story has two or more reports from two or more outlets
        outlets = {d["outlet"] for d in gold["documents"] if d["story"] == s}
        assert len(outlets) >= 2, s
    for ev in main:  # a weekday word, when noted, is the date's weekday
        if ev.get("weekday"):
            assert date.fromisoformat(ev["date"]).strftime("%A") == ev["weekday"], ev["event"]
