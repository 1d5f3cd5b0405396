"""Which development rows judged fully RIGHT the current code codes otherwise (a right -> wrong check for actor rules).

usage (from the project root): .venv/bin/python bench/right_rows32.py [--work DIR] [--show] [--skip F] [--match RE]

The counterpart of ``bench/role_audit.py`` for the rows of ``bench/precision/dev_judged*.tsv`` whose three
verdicts are ``y``: each row's article is run through the current code (the parsed Docs are cached in --work, which
may be role_audit's folder) and the events of the row's type told by its sentence are compared with the row: ``same``
(an event names the row's sources and targets), ``changed`` (an event of that type names other actors: to be judged
again by hand) or ``gone``. Only counts are printed; --show prints each changed or gone row with what is coded now.
A change may come from resolution over the audit's articles together rather than from a rule (see role_audit).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import role_audit as ra  # noqa: E402
from precision_sample import read_tsv  # noqa: E402


def right_rows(skip: frozenset[str]) -> list[dict[str, str]]:
    rows = []
    for path in sorted(ra.PRECISION.glob("dev_judged*.tsv")):
        if path.name.endswith(".left.tsv") or path.name in skip:
            continue
        rows += [
            {**r, "file": path.name}
            for r in read_tsv(path)
            if all(r.get(v) == "y" for v in ("verdict_type", "verdict_source", "verdict_target"))
        ]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--skip", action="append", default=[])
    parser.add_argument("--match", default=None, help="only rows whose sentence matches this regular expression")
    args = parser.parse_args(argv)

    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp

    rows = right_rows(frozenset(args.skip))
    if args.match:
        rows = [r for r in rows if re.search(args.match, r["sentence"], re.IGNORECASE)]
    nlp = load_nlp(DEFAULT_MODEL)
    articles = ra.load_articles({r["article_id"] for r in rows})
    _, run = ra.analyse(articles, args.work, nlp)
    found = ra.current_events(run["tables"])
    counts: Counter = Counter()
    for r in rows:
        evs = found.get((r["article_id"], ra.norm(r["sentence"]), r["event_type"]), [])
        same = any(ev["sources"] == ra.names(r["sources"]) and ev["targets"] == ra.names(r["targets"]) for ev in evs)
        st = "same" if same else ("changed" if evs else "gone")
        counts[st] += 1
        if args.show and st != "same":
            now = " | ".join(f"{'; '.join(sorted(e['sources']))} -> {'; '.join(sorted(e['targets']))}" for e in evs)
            print(f"{st:8} {r['file']} {r['article_id']} {r['event_type']} {r['sources']} -> {r['targets']}")
            print(f"         {r['sentence'][:250]}\n         now: {now or '-'}")
    print(f"{len(rows)} development rows judged right; {len(articles)} articles")
    print(", ".join(f"{k} {counts[k]}" for k in ("same", "changed", "gone")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
