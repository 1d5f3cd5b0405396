"""The hand-coded unseen golds (bench/unseen/*_gold.json) keep the layout and conventions their READMEs state.

Checks the annotations only (no corpus, no pipeline): every event's actors are gold entities (for the NewsArticles
collections, named in each of its evidence documents: README.md; two Reuters events keep Iran on a report that does
not name it), its documents belong to the collection, its type is a PLOVER 2021 category and its date
matches its precision; no corpus record is annotated in two collections.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

UNSEEN = Path(__file__).resolve().parents[2] / "bench" / "unseen"
GOLDS = sorted(UNSEEN.glob("*_gold.json"))
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
DATE_FORMS = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_collections_are_there() -> None:
    names = {p.name for p in GOLDS}
    assert {"newsarticles_gold.json", "newsarticles8_gold.json", "newsarticles9_gold.json"} <= names


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_documents_and_stories(path: Path) -> None:
    gold = load(path)
    docs = [d["doc"] for d in gold["documents"]]
    assert len(docs) == len(set(docs))
    for d in gold["documents"]:
        assert d["story"] in gold["stories"], d
        assert d["near_duplicate_of"] in (None, *docs), d


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_events_follow_the_conventions(path: Path) -> None:
    gold = load(path)
    docs = {d["doc"] for d in gold["documents"]}
    named_in = {e["canonical"]: set(e["docs"]) for e in gold["entities"]}
    for ev in gold["events"]:
        assert ev["type"] in PLOVER, ev["event"]
        assert ev["story"] in gold["stories"], ev["event"]
        assert set(ev.get("source", [])) | set(ev.get("target", [])) <= set(ev["actors"]), ev["event"]
        assert set(ev["docs"]) <= docs and set(ev.get("mention_docs", [])) <= docs, ev["event"]
        assert re.fullmatch(DATE_FORMS[ev["date_precision"]], ev["date"]), ev["event"]
        if ev["date_precision"] == "day":
            date.fromisoformat(ev["date"])
        for actor in ev["actors"]:
            assert actor in named_in, (ev["event"], actor)
            if path.name.startswith("newsarticles"):  # README.md's rule; README_reuters.md does not state it
                assert set(ev["docs"]) <= named_in[actor], (ev["event"], actor)


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_quotes_name_gold_speakers(path: Path) -> None:
    gold = load(path)
    docs = {d["doc"] for d in gold["documents"]}
    canon = {e["canonical"] for e in gold["entities"]}
    for q in gold.get("quotes", []):
        assert q["doc"] in docs and q["text"].strip(), q
        assert q["speaker"] is None or q["speaker"] in canon, q


def test_no_record_is_annotated_twice() -> None:
    seen: dict[str, str] = {}
    for path in GOLDS:
        for d in load(path)["documents"]:
            cid = d.get("corpus_id")
            if cid is None:
                continue
            assert cid not in seen, (cid, seen.get(cid), path.name)
            seen[cid] = path.name
