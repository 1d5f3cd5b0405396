"""Which trigger entry codes each hand-judged development event, and how often each entry is right.

usage (from the project root):
    .venv/bin/python bench/trigger_audit.py [--min 3] [--by entry|lemma|type] [--show LABEL] [--save F] [--compare F]
        [--undated]

For every row of the DEVELOPMENT samples (``bench/precision/dev_judged*.tsv``, their shelves ``*.left.tsv``
included; never ``judged.tsv`` nor ``judged.left.tsv``, the evaluation sample) the row's sentence is run alone
through the real extraction (``events.doc_event_candidates``, as the tests do) and the candidate of the row's
event type is traced to what coded it:

- ``lex:<lemma>[+<object>] <origin>[:<cameo>]``: the trigger lexicon (``event_triggers``): the verb or noun lemma,
  the object noun that selected the reading, and where the reading comes from (``cameo`` verb default or
  pattern of ``trigger_verbs.tsv``/``trigger_patterns.tsv``, ``curated`` ``triggers_curated.tsv``, ``intent`` a
  complement reading, ``clause``/... other reading modules);
- ``rule:<lemma>``: the meeting/aid rules (``meeting_rules.trigger_type``);
- ``other:<trigger>``: a candidate made by another module (quoted verdicts, ...);
- ``gone``: the current code codes no event of the row's type in the sentence.

Rows are de-duplicated on (article, offsets, type, sources, targets). The table prints per label: rows, gone,
not-an-event, wrong-type, and the type-right rate among the rows still coded. ``--save`` writes the row -> label
map (JSON) and ``--compare`` prints, against such a saved map, how many type-wrong rows and how many type-right
rows left (no sentence in the output unless ``--show``).

Each sentence runs under its article's publication date as the pipeline gives it (``record_article``'s
``published_at`` of the article's record in ``../shared/corpora/newsarticles2017.jsonl.gz`` or
``reuters21578.jsonl.gz``, chosen by the id's prefix), so the rules that need the report's date (an act of a year long
before the report is history, relative dates) fire as in the pipeline. ``--undated`` runs each sentence with no date,
as the audit did up to round 36. A saved map records whether it was made dated (``"_run"``); a map with no such
record (made before round 36) is an undated run, and ``--compare`` says so when the two runs differ in that.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PRECISION = ROOT / "bench" / "precision"
EVALUATION = {"judged.tsv", "judged.left.tsv"}
#: the corpora the development samples are drawn from, by the prefix of an article id (``SITREP_CORPORA`` overrides
#: their folder, for a copy of the tree run elsewhere)
CORPORA_DIR = Path(os.environ.get("SITREP_CORPORA", ROOT.parent / "shared" / "corpora"))
CORPORA = {"newsarticles2017": "newsarticles2017.jsonl.gz", "reuters21578": "reuters21578.jsonl.gz"}
#: the key of a saved map that tells how it was made (not a row)
RUN_KEY = "_run"


def dev_rows(skip: tuple[str, ...] = ()) -> list[dict]:
    """Judged development rows (verdict_type y/n), de-duplicated; files whose name holds a ``skip`` text left out."""
    out: dict[tuple, dict] = {}
    for path in sorted(PRECISION.glob("dev_judged*.tsv")):
        if path.name in EVALUATION or any(k in path.name for k in skip):
            continue
        lines = path.read_text().rstrip("\n").split("\n")  # plain tab split: sentences hold quote marks
        head = lines[0].split("\t")
        for r in (dict(zip(head, line.split("\t"), strict=False)) for line in lines[1:]):
            if r.get("verdict_type") not in {"y", "n"}:
                continue
            key = (r["article_id"], r["start"], r["end"], r["event_type"], r["sources"], r["targets"])
            out.setdefault(key, {**r, "file": path.name})
    return list(out.values())


def corpus_records(ids: set[str]):
    """The corpus records (JSON objects) of the article ids asked, from the corpus each id's prefix names."""
    for prefix, name in CORPORA.items():
        want = {i for i in ids if i.rsplit("-", 1)[0] == prefix}
        if not want:
            continue
        with gzip.open(CORPORA_DIR / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("id") in want:
                    yield rec


def as_day(value) -> date | None:  # noqa: ANN001
    """A ``published_at`` value as the pipeline reads it: a date, or None."""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    return value if isinstance(value, date) else None


def article_dates(ids: set[str]) -> dict[str, date]:
    """article id -> the publication date the pipeline gives the article (``record_article``), for the ids asked
    whose record has one."""
    from sitrep.ingest.readers import record_article

    out = {}
    for rec in corpus_records(ids):
        if day := as_day(record_article(rec).get("published_at")):
            out[rec["id"]] = day
    return out


def _annotate():
    """Wrap the two candidate makers of ``event_candidates`` so that each candidate says what coded it."""
    from sitrep.extract import event_candidates as ec
    from sitrep.extract.event_triggers import verb_lemma
    from sitrep.extract.token_lemma import lemma

    lex, rule = ec._lexicon_candidate, ec.rule_candidate

    def lexicon_candidate(ctx, trig, sent):
        cand = lex(ctx, trig, sent)
        if cand:
            tok, rd = trig.token, trig.reading
            word = verb_lemma(tok) if tok.pos_ in {"VERB", "AUX"} else lemma(tok)
            obj = f"+{lemma(trig.object)}" if trig.object is not None and trig.object.i != tok.i else ""
            cand["_audit"] = f"lex:{word}{obj} {rd.origin}" + (f":{rd.cameo}" if rd.cameo else "")
            cand["_lemma"] = f"lex:{word}"
        return cand

    def rule_candidate(ctx, trig, sent, etype, mode, obj_noun):
        cand = rule(ctx, trig, sent, etype, mode, obj_noun)
        if cand:
            obj = f"+{lemma(obj_noun)}" if obj_noun is not None and obj_noun.i != trig.i else ""
            cand["_audit"] = f"rule:{lemma(trig)}{obj}"
            cand["_lemma"] = f"rule:{lemma(trig)}"
        return cand

    ec._lexicon_candidate, ec.rule_candidate = lexicon_candidate, rule_candidate


def _names(cell: str) -> set[str]:
    return {p.split(":")[0].removesuffix(" (participant)").strip() for p in cell.split(";") if p.strip()} - {""}


def row_candidates(rows: list[dict], dates: dict[str, date] | None = None):
    """Each row with the candidate of its type in its sentence that holds most of the row's source names (None when
    the sentence codes none) and the sentence's Doc: each sentence run once per publication date through the real
    extraction, under its article's date in ``dates`` (no date when the article is not there or ``dates`` is None)."""
    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract import entities, events
    from sitrep.extract.nlp import load_nlp

    nlp = load_nlp(DEFAULT_MODEL)
    dates = dates or {}
    by_sentence: dict[tuple[str, date | None], list[dict]] = {}
    for r in rows:
        by_sentence.setdefault((r["sentence"], dates.get(r["article_id"])), []).append(r)
    for n, ((text, day), group) in enumerate(by_sentence.items()):
        doc = nlp(text)
        ments = entities.doc_mentions(doc)
        by_idx = {m["idx"]: m for m in ments}
        cands = events.doc_event_candidates(doc, ments, day)
        for r in group:
            same = [c for c in cands if c["event_type"] == r["event_type"]]
            want = _names(r["sources"])
            yield r, max(same, key=lambda c, want=want: _overlap(c, want, by_idx), default=None), doc
        if n % 100 == 99:
            print(f"  {n + 1}/{len(by_sentence)} sentences", file=sys.stderr)


def trace(rows: list[dict], dates: dict[str, date] | None = None) -> dict[str, tuple[str, str]]:
    """row id -> (entry label, lemma label) of the candidate of the row's type in its sentence (under its article's
    date in ``dates``)."""
    _annotate()
    out: dict[str, tuple[str, str]] = {}
    for r, best, _doc in row_candidates(rows, dates):
        if best is None:
            out[row_id(r)] = ("gone", "gone")
        else:
            label = best.get("_audit") or f"other:{best.get('trigger', '?').lower()}"
            out[row_id(r)] = (label, best.get("_lemma") or label)
    return out


def _overlap(cand: dict, want: set[str], by_idx: dict) -> int:
    """How many of the row's source names the candidate's participants hold."""
    return len({by_idx[p["mention_idx"]]["surface"] for p in cand["participants"] if p["mention_idx"] in by_idx} & want)


def row_id(r: dict) -> str:
    return "|".join((r["article_id"], r["start"], r["end"], r["event_type"], r["sources"], r["targets"]))


def table(rows: list[dict], labels: dict[str, tuple[str, str]], by: str, least: int) -> None:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        entry, lem = labels[row_id(r)]
        key = {"entry": entry, "lemma": lem, "type": f"{r['event_type']} {r['event_mode'] or '-'}"}[by]
        if by != "type" and entry != "gone":
            key = f"{r['event_type']:<9} {key}"
        groups[key].append((r, entry))
    print(f"{'label':<58} rows gone n-a-e w-type type-right")
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if len(items) < least:
            continue
        kept = [r for r, e in items if e != "gone"]
        gone = len(items) - len(kept)
        nae = sum(r["error"] == "not-an-event" for r in kept)
        wt = sum(r["error"] == "wrong-type" for r in kept)
        right = sum(r["verdict_type"] == "y" for r in kept)
        rate = f"{right / len(kept):.2f}" if kept else "-"
        print(f"{key[:58]:<58} {len(items):>4} {gone:>4} {nae:>5} {wt:>6} {rate:>10}")


def verdict_kind(r: dict) -> str:
    """A judged row's verdict on its type: 'not an event', 'type right' or 'wrong type'."""
    if r["error"] == "not-an-event":
        return "not an event"
    return "type right" if r["verdict_type"] == "y" else "wrong type"


def totals(rows: list[dict], labels: dict[str, tuple[str, str]], title: str) -> None:
    kept = [r for r in rows if labels[row_id(r)][0] != "gone"]
    c = Counter(r["error"] or "right" for r in kept)
    right = sum(r["verdict_type"] == "y" for r in kept)
    print(
        f"{title}: {len(rows)} rows, {len(kept)} still coded ({right} type right, {len(kept) - right} type wrong: "
        f"not an event {c['not-an-event']}, wrong type {c['wrong-type']}); gone {len(rows) - len(kept)} "
        f"(type right {sum(r['verdict_type'] == 'y' for r in rows if labels[row_id(r)][0] == 'gone')})"
    )


def read_map(path: Path) -> tuple[dict[str, tuple[str, str]], dict]:
    """A saved map: row id -> labels, and how it was made (``{"dated": False}`` for a map saved before round 36)."""
    data = json.loads(path.read_text())
    run = data.pop(RUN_KEY, None) or {"dated": False}
    return {k: tuple(v) for k, v in data.items()}, run


def write_map(path: Path, labels: dict[str, tuple[str, str]], dated: bool) -> None:
    path.write_text(json.dumps({RUN_KEY: {"dated": dated}, **labels}, indent=0, sort_keys=True))


def compare(rows: list[dict], before: dict[str, list], after: dict[str, tuple[str, str]], show: bool) -> None:
    moved = Counter()
    for r in rows:
        b, a = before.get(row_id(r), ["gone"])[0], after[row_id(r)][0]
        if (b == "gone") == (a == "gone"):
            continue
        kind = "left" if a == "gone" else "back"
        moved[(kind, r["verdict_type"], r["error"] or "right")] += 1
        if show:
            verdict = f"{r['verdict_type']}/{r['error'] or 'right'}"
            print(f"  {kind} [{verdict}] {r['event_type']} {b} -> {a}: {r['sentence']}")
    for (kind, vt, err), n in sorted(moved.items()):
        print(f"{kind:<5} verdict_type={vt} {err:<14} {n}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--by", choices=("entry", "lemma", "type"), default="lemma")
    ap.add_argument("--min", type=int, default=3, help="labels with at least this many rows")
    ap.add_argument("--show", default=None, help="print the rows whose label contains this text")
    ap.add_argument("--save", type=Path, default=None, help="write the row -> label map (JSON)")
    ap.add_argument("--load", type=Path, default=None, help="read the labels from a saved map instead of running")
    ap.add_argument("--skip", action="append", default=[], help="leave out sample files whose name holds this")
    ap.add_argument("--compare", type=Path, default=None, help="a saved map of an earlier run: rows that moved")
    ap.add_argument("--undated", action="store_true", help="run each sentence with no publication date (before 36)")
    args = ap.parse_args()
    rows = dev_rows(tuple(args.skip))
    dated = not args.undated
    if args.load:
        labels, run = read_map(args.load)
        dated = run["dated"]
    else:
        dates = article_dates({r["article_id"] for r in rows}) if dated else {}
        if dated:
            print(f"dated: {sum(r['article_id'] in dates for r in rows)} of {len(rows)} rows", file=sys.stderr)
        labels = trace(rows, dates)
    if args.save:
        write_map(args.save, labels, dated)
    table(rows, labels, args.by, args.min)
    totals(rows, labels, f"development rows ({'dated' if dated else 'undated'})")
    if args.compare:
        before, run = read_map(args.compare)
        if run["dated"] != dated:
            made = "dated" if run["dated"] else "undated (or saved before round 36)"
            print(
                f"note: {args.compare} was made {made}, this run is {'dated' if dated else 'undated'}: rows move "
                "by the date too; re-make the base the same way to see the code's change alone"
            )
        compare(rows, before, labels, args.show is not None)
    if args.show:
        for r in rows:
            entry = labels[row_id(r)][0]
            if args.show in entry or args.show == r["event_type"]:
                verdict = f"{r['verdict_type']}/{r['error'] or 'right'}"
                print(f"[{verdict}] {r['event_type']} {r['event_mode'] or '-'} {entry} :: {r['sentence']}")
                if r["note"]:
                    print(f"      note: {r['note']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
