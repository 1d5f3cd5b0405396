"""How evenly two (or N) NLP workers finish, simulated from the articles' lengths: work units of whole batches
against sitrep's guided units (``sitrep.extract.parallel.unit_sizes``), same articles, same batch size.

A worker's time for a unit is taken as the unit's words plus a per-article constant (spaCy's time is about linear
in tokens), and a fixed per-unit cost (``--unit-cost``, in words: the process-pool round trip and the analyses
pickled back); the pool hands the next unit to whichever worker is free. Prints the makespan (when the last
worker ends) over an even split of all the work, and the share of the makespan the last worker spends alone.
Load-independent, unlike wall-clock timings on a shared machine.

usage: .venv/bin/python bench/unit_balance.py [--n 100,200,400,1000] [--workers 2] [--batch-size 32]
       [--unit-cost 200] [--corpus newsarticles2017|reuters]
"""

from __future__ import annotations

import argparse
import heapq
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_throughput import FILES, load_articles  # noqa: E402
from sitrep.extract.parallel import unit_sizes  # noqa: E402

#: per-article cost in words beyond its own words (a Doc's set-up, the per-article extraction's fixed part)
ARTICLE_COST = 30


def schedule(costs: list[int], sizes: list[int], workers: int, unit_cost: float) -> tuple[float, float]:
    """(last end, first end) of ``workers`` greedy workers taking consecutive units of ``sizes``."""
    free, i = [0.0] * workers, 0
    for size in sizes:
        t = heapq.heappop(free) + sum(costs[i : i + size]) + unit_cost
        heapq.heappush(free, t)
        i += size
    return max(free), min(free)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", default="100,200,400,1000")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--unit-cost", type=float, default=200.0)
    ap.add_argument("--corpus", choices=sorted(FILES), default="newsarticles2017")
    args = ap.parse_args()
    sizes_n = [int(s) for s in args.n.split(",")]
    articles = load_articles(args.corpus, max(sizes_n))
    b = args.batch_size
    for n in sizes_n:
        costs = [len(a["body"].split()) + ARTICLE_COST for a in articles[:n]]
        even = sum(costs) / args.workers
        whole = [b] * (n // b) + ([n % b] if n % b else [])
        for name, sizes in (("whole batches", whole), ("guided", unit_sizes(n, b))):
            last, first = schedule(costs, sizes, args.workers, args.unit_cost)
            print(
                f"n={n:<5} {name:<14} units={len(sizes):<3} makespan/even={last / even:.3f} "
                f"last worker alone={(last - first) / last:.3f}"
            )


if __name__ == "__main__":
    main()
