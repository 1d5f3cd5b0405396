"""Precision of event coding on general news: 60 coded events from 300 real articles, judged by hand.

usage (from the project root; needs ../shared/corpora):
    .venv/bin/python bench/precision_sample.py [--no-run] [--show]
    .venv/bin/python bench/precision_sample.py --figures-only      # the figures of the committed TSV, no corpus
    .venv/bin/python bench/precision_sample.py --dev [--no-run] [--show]   # the development sample (below)

What it does:
1. draws 300 articles with a fixed seed from ../shared/corpora/newsarticles2017.jsonl.gz (records with a body),
   writes them to a temporary JSONL and runs `sitrep run` on it into a throwaway warehouse under /tmp/precision/;
2. gives each coded event one evidence sentence (its first mention) and draws 60 events: each event is ranked
   by a seeded hash of (article, sentence offsets, event type), so a sentence's events stay in the sample when
   other events come and go after a code change;
3. writes bench/precision/judged.tsv and run.json (the commit the run used). A row's verdicts are kept when the
   same (article id, offsets, event type, sources, targets) was judged before; new or changed rows get blank
   verdicts, to be judged by hand;
4. prints the precision over judged rows (type right; type, source and target right), the error classes and
   how many rows still need judging.

Verdicts are `y` or `n`. A row is right when its type is a correct PLOVER 2021 reading of the sentence and its
sources and targets are the right actors (no target is right only when the sentence names none). `error` names
the main failure of a wrong row (one of ERROR_CLASSES); `note` says what went wrong.

`--dev` draws the DEVELOPMENT sample instead: 150 other articles of the same corpus (none of the 300 above, seed
DEV_SEED), 40 events, kept in bench/precision/dev_judged.tsv (and dev_run.json). Rules are developed by looking
at the development sample; the 60 rows of judged.tsv are only re-judged to measure, never read to write rules.

The corpus is research/benchmark data (../shared/corpora/README.md): only the judged sentences are kept here.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "newsarticles2017.jsonl.gz"
TSV = ROOT / "bench" / "precision" / "judged.tsv"
RUN_INFO = ROOT / "bench" / "precision" / "run.json"
REUTERS_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
WORK = Path("/tmp/precision")
N_ARTICLES = 300
N_EVENTS = 60
SEED = 2017
DEV_TSV = ROOT / "bench" / "precision" / "dev_judged.tsv"
DEV_RUN_INFO = ROOT / "bench" / "precision" / "dev_run.json"
DEV_ARTICLES = 150
DEV_EVENTS = 40
DEV_SEED = 4242

COLUMNS = [
    "article_id",
    "start",
    "end",
    "sentence",
    "event_type",
    "event_mode",
    "event_status",
    "sources",
    "targets",
    "verdict_type",
    "verdict_source",
    "verdict_target",
    "error",
    "note",
]
KEY = ("article_id", "start", "end", "event_type", "sources", "targets")
VERDICTS = ("verdict_type", "verdict_source", "verdict_target")
VERDICT_VALUES = {"y", "n"}
# the main failure of a wrong row, in the order they are checked when judging
ERROR_CLASSES = {
    "not-an-event": "the sentence reports no event (a noun, a quote of an opinion, a hypothetical, background)",
    "wrong-type": "an event, but of another PLOVER category",
    "wrong-source": "the type is right; the source is wrong, missing or extra",
    "wrong-target": "the type and source are right; the target is wrong, missing or extra",
    "wrong-actors": "the type is right; both source and target are wrong",
}

EVENTS_SQL = """
with ev as (
    select e.event_id, e.event_type, coalesce(e.event_mode, '') as event_mode,
           coalesce(e.event_status, '') as event_status, a.source_record_id as record_id, a.body,
           m.start_char, m.end_char, m.sentence,
           row_number() over (partition by e.event_id order by a.source_record_id, m.start_char) as k
    from curated.events e
    join curated.event_mentions m using (event_id)
    join curated.articles a using (article_id)
)
select event_id, event_type, event_mode, event_status, record_id, body, start_char, end_char, sentence
from ev where k = 1
"""
ACTORS_SQL = """
select p.event_id, p.role, n.canonical_name, coalesce(n.country_iso3, '-') as country
from curated.event_participants p join curated.entities n using (entity_id)
order by p.event_id, p.role, n.canonical_name
"""


@dataclass
class Figures:
    rows: int
    judged: int
    type_right: int
    all_right: int
    errors: Counter

    def lines(self) -> list[str]:
        out = [f"rows {self.rows}, judged {self.judged}, still to judge {self.rows - self.judged}"]
        if self.judged:
            out.append(f"type right: {self.type_right}/{self.judged} = {self.type_right / self.judged:.3f}")
            out.append(
                f"type, source and target right: {self.all_right}/{self.judged} = {self.all_right / self.judged:.3f}"
            )
            for name, count in self.errors.most_common():
                out.append(f"  {name}: {count}")
        return out


def row_key(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(str(row[c]) for c in KEY)


def read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t") if lines else []
    if header != COLUMNS:
        raise ValueError(f"{path}: columns {header} are not {COLUMNS}")
    rows = []
    for line_no, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise ValueError(f"{path}:{line_no}: {len(cells)} cells, expected {len(COLUMNS)}")
        rows.append(dict(zip(COLUMNS, cells, strict=True)))
    return rows


def write_tsv(path: Path, rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(clean_cell(str(row.get(c, ""))) for c in COLUMNS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def clean_cell(text: str) -> str:
    """One line, no tabs: a TSV cell."""
    return " ".join(text.replace("\t", " ").split())


def row_problems(row: dict[str, str]) -> list[str]:
    """What is wrong with a judged row (empty when it is well-formed; an unjudged row has all verdicts blank)."""
    verdicts = [row[v] for v in VERDICTS]
    if all(v == "" for v in verdicts):
        return []
    problems = [f"{name}={row[name]!r} is not y/n" for name in VERDICTS if row[name] not in VERDICT_VALUES]
    wrong = any(v == "n" for v in verdicts)
    if wrong and row["error"] not in ERROR_CLASSES:
        problems.append(f"a wrong row needs an error class, got {row['error']!r}")
    if wrong and not row["note"].strip():
        problems.append("a wrong row needs a note")
    if not wrong and row["error"]:
        problems.append(f"a right row has error {row['error']!r}")
    return problems


def figures(rows: list[dict[str, str]]) -> Figures:
    judged = [r for r in rows if all(r[v] in VERDICT_VALUES for v in VERDICTS)]
    return Figures(
        rows=len(rows),
        judged=len(judged),
        type_right=sum(r["verdict_type"] == "y" for r in judged),
        all_right=sum(all(r[v] == "y" for v in VERDICTS) for r in judged),
        errors=Counter(r["error"] for r in judged if r["error"]),
    )


def merge_verdicts(new_rows: list[dict[str, str]], old_rows: list[dict[str, str]]) -> tuple[int, int]:
    """Copy verdicts, error and note from old rows with the same key; return (kept, dropped judged rows)."""
    old = {row_key(r): r for r in old_rows}
    kept = 0
    for row in new_rows:
        prev = old.pop(row_key(row), None)
        for col in (*VERDICTS, "error", "note"):
            row[col] = prev[col] if prev else ""
        kept += prev is not None and prev["verdict_type"] != ""
    dropped = sum(r["verdict_type"] != "" for r in old.values())
    return kept, dropped


def left_path(tsv: Path) -> Path:
    """Where the judged rows that left a sample are shelved: beside it, ``judged.tsv`` -> ``judged.left.tsv``."""
    return tsv.with_name(tsv.stem + ".left.tsv")


def shelve_left(new_rows: list[dict[str, str]], old_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The judged rows of ``old_rows`` whose key is not in ``new_rows``, one per key (the first). A re-run can drop a
    row and a later run draw it back (a merge across articles that changes and changes back); shelved, it gets its
    verdicts back (``merge_verdicts`` over the shelf and the sample) instead of being judged again."""
    keys = {row_key(r) for r in new_rows}
    shelf: dict[tuple[str, ...], dict[str, str]] = {}
    for row in old_rows:
        if row["verdict_type"] and row_key(row) not in keys:
            shelf.setdefault(row_key(row), row)
    return list(shelf.values())


def write_sample(tsv: Path, rows: list[dict[str, str]], old_rows: list[dict[str, str]]) -> tuple[int, int, int]:
    """Write a re-run's rows with the verdicts of the previous sample and of the shelf, and shelve the judged rows
    that left; return (verdicts kept, verdicts back from the shelf, judged rows that left)."""
    shelf_path = left_path(tsv)
    shelf = read_tsv(shelf_path)
    kept, dropped = merge_verdicts(rows, old_rows)
    returned = merge_verdicts([r for r in rows if not r["verdict_type"]], shelf)[0]
    write_tsv(tsv, rows)
    left = shelve_left(rows, old_rows + shelf)
    if left:
        write_tsv(shelf_path, left)
    elif shelf_path.exists():
        shelf_path.unlink()
    return kept, returned, dropped


def sample_articles(corpus: Path, n: int, seed: int) -> list[dict]:
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    with_body = [r for r in records if r.get("body", "").strip()]
    return sorted(random.Random(seed).sample(with_body, n), key=lambda r: r["id"])


def dev_articles(corpus: Path) -> list[dict]:
    """The development articles: drawn with DEV_SEED from the records the evaluation sample does not use."""
    used = {r["id"] for r in sample_articles(corpus, N_ARTICLES, SEED)}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    rest = [r for r in records if r.get("body", "").strip() and r["id"] not in used]
    return sorted(random.Random(DEV_SEED).sample(rest, DEV_ARTICLES), key=lambda r: r["id"])


def unseen_articles() -> set[str]:
    """The corpus records of the hand-coded unseen collections (bench/unseen/*_gold.json): never development text."""
    ids: set[str] = set()
    for gold in (ROOT / "bench" / "unseen").glob("*_gold.json"):
        ids |= {d["corpus_id"] for d in json.loads(gold.read_text(encoding="utf-8"))["documents"] if d.get("corpus_id")}
    return ids


def fresh_articles(corpus: Path, n: int, seed: int, reuters: int = 0) -> list[dict]:
    """A fresh development sample with its own seed: n articles of the corpus outside the evaluation sample, less
    any article of an unseen collection, plus `reuters` articles of REUTERS_CORPUS (records with a body) when asked."""
    used = {r["id"] for r in sample_articles(corpus, N_ARTICLES, SEED)}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    rest = [r for r in records if r.get("body", "").strip() and r["id"] not in used]
    # the unseen collections' articles leave the draw after it, so the rest of a seed's draw stays as it was
    unseen = unseen_articles()
    picked = [r for r in random.Random(seed).sample(rest, n) if r["id"] not in unseen]
    if reuters:
        picked += sample_articles(REUTERS_CORPUS, reuters, seed)
    return sorted(picked, key=lambda r: r["id"])


def run_sitrep(articles: list[dict], work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    source = work / "news300.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for record in articles:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    warehouse = work / "news300.duckdb"
    for stale in (warehouse, warehouse.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    env = {"PREFECT_HOME": str(work / "prefect"), "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "false"}
    env |= {"PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    # A loaded machine may need a longer server start-up: the caller's setting wins.
    startup = os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    env["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = startup
    sitrep = Path(sys.executable).parent / "sitrep"
    subprocess.run(
        [str(sitrep), "run", "--source", str(source), "--warehouse", str(warehouse), "--workers", "1"],
        check=True,
        env=os.environ | env,
        cwd=ROOT,
    )
    return warehouse


def rank(seed: int, record_id: str, start: int, end: int, event_type: str) -> str:
    return hashlib.sha256(f"{seed}|{record_id}|{start}|{end}|{event_type}".encode()).hexdigest()


def actor_cell(actors: list[tuple[str, str]]) -> str:
    return "; ".join(f"{name}:{country}" for name, country in actors)


def sources_cell(sources: list[tuple[str, str]], participants: list[tuple[str, str]]) -> str:
    """The sources, then the parties with no side ('a meeting between A and B'), marked '(participant)'."""
    marked = [f"{name}:{country} (participant)" for name, country in participants]
    return "; ".join([actor_cell(sources), *marked] if sources else marked)


def coded_events(warehouse: Path, articles: list[dict], n: int, seed: int) -> tuple[list[dict[str, str]], int]:
    """n events of the warehouse (and how many it has), one evidence sentence each, offsets into the record body."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    events = con.sql(EVENTS_SQL).fetchall()
    roles: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for event_id, role, name, country in con.sql(ACTORS_SQL).fetchall():
        roles.setdefault((event_id, role), []).append((name, country))
    con.close()
    bodies = {r["id"]: r["body"] for r in articles}
    events.sort(key=lambda e: (rank(seed, e[4], e[6], e[7], e[1]), e[0]))
    rows = []
    for event_id, etype, mode, status, record_id, body, start, end, sentence in events[:n]:
        start, end = corpus_offsets(bodies.get(record_id, ""), body, start, end)
        rows.append(
            {
                "article_id": record_id,
                "start": str(start),
                "end": str(end),
                "sentence": sentence,
                "event_type": etype,
                "event_mode": mode,
                "event_status": status,
                "sources": sources_cell(roles.get((event_id, "source"), []), roles.get((event_id, "participant"), [])),
                "targets": actor_cell(roles.get((event_id, "target"), [])),
            }
        )
    return sorted(rows, key=lambda r: (r["article_id"], int(r["start"]), *(r[c] for c in KEY[3:]))), len(events)


def corpus_offsets(record_body: str, curated_body: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the evidence span in the corpus record's own body (the cleaner may have shifted them)."""
    span = curated_body[start:end]
    if record_body[start:end] == span:
        return start, end
    found = record_body.find(span)
    return (found, found + len(span)) if found >= 0 else (start, end)


def write_run_info(n_events: int, path: Path = RUN_INFO, articles: int = N_ARTICLES, seed: int = SEED) -> None:
    """The code the sample was drawn from: the commit, and whether the tree had uncommitted changes."""
    git = ["git", "-C", str(ROOT)]
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    code = subprocess.run([*git, "log", "-1", "--format=%H", "--", "sitrep"], capture_output=True, text=True)
    dirty = subprocess.run([*git, "status", "--porcelain", "--", "sitrep"], capture_output=True, text=True).stdout
    info = {"commit": commit, "last_commit_changing_sitrep": code.stdout.strip()}
    info |= {"uncommitted_changes_in_sitrep": bool(dirty.strip())}
    info |= {"corpus": CORPUS.name, "articles": articles, "seed": seed, "events_coded": n_events}
    path.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")


#: the file of a development sample drawn with its own seed ('dev_judged_4040.tsv')
DRAWN_WITH_SEED = re.compile(r"dev_judged_(\d+)\.tsv")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tsv", type=Path, default=None, help="default: judged.tsv (dev_judged.tsv with --dev)")
    parser.add_argument("--dev", action="store_true", help="the development sample (other articles, other seed)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--work", type=Path, default=WORK, help="throwaway folder for the JSONL and warehouse")
    parser.add_argument("--no-run", action="store_true", help="reuse the warehouse of the last run in --work")
    parser.add_argument("--figures-only", action="store_true", help="only print the figures of --tsv")
    parser.add_argument("--show", action="store_true", help="print the rows still to judge")
    parser.add_argument("--seed", type=int, default=None, help="a fresh sample with this seed (needs --tsv)")
    parser.add_argument("--articles", type=int, default=DEV_ARTICLES, help="with --seed: news articles drawn")
    parser.add_argument("--reuters", type=int, default=0, help="with --seed: Reuters-21578 articles added")
    parser.add_argument("--events", type=int, default=N_EVENTS, help="with --seed: coded events drawn")
    args = parser.parse_args(argv)
    default_tsv = DEV_TSV if args.dev else TSV
    args.tsv = args.tsv or default_tsv
    n_events, seed = (DEV_EVENTS, DEV_SEED) if args.dev else (N_EVENTS, SEED)
    if args.seed is not None:
        if args.tsv in (TSV, DEV_TSV):
            parser.error("--seed needs its own --tsv")
        n_events, seed = args.events, args.seed
    drawn = DRAWN_WITH_SEED.fullmatch(args.tsv.name)
    if drawn and args.seed is None and not args.figures_only:
        parser.error(
            f"{args.tsv.name} is the development sample of seed {drawn[1]}: re-run it with --seed {drawn[1]} and the"
            " --articles and --events it was drawn with (without --seed the evaluation sample's events would replace"
            " its rows)"
        )
    if args.dev:
        args.work = args.work / "dev"

    old_rows = read_tsv(args.tsv)
    if not args.figures_only:
        if not args.corpus.exists():
            print(f"corpus not found: {args.corpus}", file=sys.stderr)
            return 2
        if args.seed is not None:
            articles = fresh_articles(args.corpus, args.articles, args.seed, args.reuters)
        elif args.dev:
            articles = dev_articles(args.corpus)
        else:
            articles = sample_articles(args.corpus, N_ARTICLES, SEED)
        warehouse = args.work / "news300.duckdb"
        if not args.no_run:
            warehouse = run_sitrep(articles, args.work)
        rows, n_coded = coded_events(warehouse, articles, n_events, seed)
        kept, returned, dropped = write_sample(args.tsv, rows, old_rows)
        if args.tsv == default_tsv and not args.no_run:
            info = DEV_RUN_INFO if args.dev else RUN_INFO
            write_run_info(n_coded, info, len(articles), seed)
        print(
            f"{args.tsv}: {len(rows)} rows, verdicts kept for {kept}, {returned} back from the shelf,"
            f" {dropped} judged rows left the sample (shelved in {left_path(args.tsv).name})"
        )
        old_rows = read_tsv(args.tsv)
    bad = [(i, p) for i, r in enumerate(old_rows, start=2) for p in row_problems(r)]
    for line_no, problem in bad:
        print(f"line {line_no}: {problem}", file=sys.stderr)
    if args.show:
        for r in old_rows:
            if r["verdict_type"] == "":
                print(f"\n{r['article_id']} {r['start']}-{r['end']}: {r['sentence']}")
                print(f"  {r['event_type']}/{r['event_mode']}/{r['event_status']}  {r['sources']} -> {r['targets']}")
    print("\n".join(figures(old_rows).lines()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
