"""Work units fanned out to worker processes give the same analyses, in the same order, as one process."""

from __future__ import annotations

from sitrep.config import DEFAULT_MODEL
from sitrep.extract.parallel import analyze_all, units
from tests.conftest import SEEDS


def _articles() -> list[dict]:
    out = []
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        out.append({"article_id": f"a{i}", "body": path.read_text(encoding="utf-8"), "published_at": None})
    return out


def test_units_keep_order_and_size():
    assert [len(u) for u in units(list(range(7)), 3)] == [3, 3, 1]
    assert [x for u in units(list(range(7)), 3) for x in u] == list(range(7))
    assert units([], 4) == []


def test_two_worker_processes_match_one_process():
    articles = _articles()
    one = [a for _u, analyses in analyze_all(articles, DEFAULT_MODEL, 2, workers=1) for a in analyses]
    two = [a for _u, analyses in analyze_all(articles, DEFAULT_MODEL, 2, workers=2) for a in analyses]
    assert [a["article_id"] for a in two] == [a["article_id"] for a in articles]
    assert sum(len(a["mentions"]) for a in one) > 20  # the seeds are real articles: plenty to compare
    assert two == one
