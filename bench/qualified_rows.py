"""How many coded events come from CAMEO pattern rows whose reading the qualifiers change (round 31).

usage (from the project root):
    .venv/bin/python bench/qualified_rows.py [--rev REV] [--rows] WAREHOUSE|bench/precision/dev_judged_N.tsv ...

``scripts/build_triggers.py`` used to drop what a pattern asks beyond its first object element ('* VOTE (OF {NO
CONFIDENCE})' coded any vote); it now keeps it as the row's ``qualifier``. A row of the lexicon at REV (default
``main``) is affected when the current lexicon reads its key (block, preposition, object, words) only under a
qualifier, puts a qualified row with another reading beside it, or has no row for it any more. Each event
mention's sentence is parsed alone and its triggers found with the lexicon at REV; an event counts when a trigger
of one of its mention sentences was read through an affected row with the event's category (or the category its
intent or refusal is coded as). A development sample of bench/precision (never judged.tsv) is read the same way,
its rows split into right and wrong by their verdicts. Printed per input: events (or rows), those from affected
rows, and how many of these the current lexicon no longer codes so. --rows adds the affected rows that coded
them with their counts (CAMEO patterns, never a text); use it on development and tuning warehouses only.
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = "sitrep/extract/data/trigger_patterns.tsv"


def _rows(text: str) -> list[dict]:
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _key(r: dict) -> tuple[str, str, str, str]:
    return (r["block"], r["prep"], r["object"], r["words"])


def affected_keys(old: list[dict], new: list[dict]) -> set[tuple[str, str, str, str]]:
    """Keys of the old rows that the new rows read otherwise (see the module docstring)."""
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for r in new:
        by_key[_key(r)].append(r)
    read = lambda r: (r["plover"], r["mode"], r["reversed"])  # noqa: E731
    out = set()
    for r in old:
        rows = by_key.get(_key(r), [])
        bare = [x for x in rows if not x.get("qualifier")]
        if not bare or any(read(x) != read(bare[0]) for x in rows):
            out.add(_key(r))
    return out


class Reader:
    """The triggers of a sentence under the lexicon at REV (its patterns without qualifiers) or the current one;
    look-ups at REV that went through an affected row are recorded by the verb token they coded."""

    def __init__(self, old: list[dict], keys: set[tuple]):
        from sitrep.config import DEFAULT_MODEL
        from sitrep.extract import event_triggers as et
        from sitrep.extract.nlp import load_nlp

        self.et, self.keys, self.hits, self.old_on = et, keys, {}, False
        self.lex = et.lexicon()
        self.new_patterns, self.old_patterns = self.lex.patterns, {}
        for r in old:
            if rd := et._cameo_reading(r):
                entry = (tuple(r["words"].split()), (), rd)
                self.old_patterns.setdefault((r["block"], r["prep"], r["object"]), []).append(entry)
        for readings in self.old_patterns.values():
            readings.sort(key=lambda wr: -len(wr[0]))
        self.real_pattern = et.Lexicon.pattern
        et.Lexicon.pattern = lambda lex, *a: self._pattern(lex, *a)
        self.nlp = load_nlp(DEFAULT_MODEL)
        self.matcher = et.build_matcher(self.nlp.vocab)

    def _pattern(self, lex, block, prep, noun, verb=None):
        rd = self.real_pattern(lex, block, prep, noun, verb)
        if rd is not None and verb is not None and self.old_on:
            lemma = self.et._lemma(noun)
            for words, _, r in lex.patterns.get((block, prep, lemma), ()):
                if r is rd:
                    if (key := (block, prep, lemma, " ".join(words))) in self.keys:
                        self.hits[verb.i] = (key, rd)
                    break
        return rd

    def _use(self, old: bool) -> None:
        self.old_on = old
        self.lex.patterns = self.old_patterns if old else self.new_patterns

    def affected(self, sentence: str, etype: str) -> tuple[tuple, bool] | None:
        """(affected key, whether the current lexicon still reads that verb so) of the sentence's trigger of the
        event's category, else None."""
        et, doc = self.et, self.nlp(sentence)
        self.hits.clear()
        self._use(True)
        found = et.find_triggers(doc, self.matcher)
        self._use(False)
        for t in found:
            key, rd = self.hits.get(t.token.i, (None, None))
            if key and etype in {rd.plover, et.PLANNED_AS.get(rd.plover), "REJECT" * (rd.plover in et.REFUSABLE)}:
                now = {n.token.i: n.reading for n in et.find_triggers(doc, self.matcher)}
                return key, t.token.i in now and now[t.token.i].plover == rd.plover
        return None


def _warehouse(wh: str) -> list[tuple[str, str, str, str]]:
    """(event id, category, sentence, '') of every event mention of a warehouse."""
    con = duckdb.connect(wh, read_only=True)
    return con.execute(
        "select m.event_id, e.event_type, m.sentence, '' from curated.event_mentions m "
        "join curated.events e using (event_id)"
    ).fetchall()


def _judged(path: str) -> list[tuple[str, str, str, str]]:
    """(row id, category, sentence, 'wrong' or 'right') of a judged development sample."""
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for r in rows:
        wrong = r["verdict_type"] == "n" or bool(r.get("error"))
        out.append((f"{r['article_id']}:{r['start']}", r["event_type"], r["sentence"], "wrong" if wrong else "right"))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+", help="warehouses, or bench/precision/dev_judged_N.tsv files")
    ap.add_argument("--rev", default="main")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args(argv)
    old = _rows(subprocess.run(["git", "show", f"{args.rev}:{DATA}"], cwd=ROOT, capture_output=True, text=True).stdout)
    new = _rows((ROOT / DATA).read_text(encoding="utf-8"))
    keys = affected_keys(old, new)
    pats = {r["example"] for r in old if _key(r) in keys}
    print(f"rows at {args.rev}: {len(old)}; affected: {len(keys)} (patterns {len(pats)})")
    reader = Reader(old, keys)
    example = {_key(r): r["example"] for r in old}
    for src in args.inputs:
        if src.endswith(".tsv") and not re.search(r"(^|/)dev_judged(_\d+)?\.tsv$", src):
            print(f"{src}: not a development sample, skipped")  # never the evaluation sample judged.tsv
            continue
        rows = _judged(src) if src.endswith(".tsv") else _warehouse(src)
        total, hit_items, lost_items, by_row = defaultdict(set), defaultdict(set), defaultdict(set), Counter()
        for item, etype, sentence, verdict in rows:
            total[verdict].add(item)
            hit = reader.affected(sentence, etype) if sentence and item not in hit_items[verdict] else None
            if hit:
                hit_items[verdict].add(item)
                if not hit[1]:
                    lost_items[verdict].add(item)
                by_row[(example[hit[0]], verdict or "event", "still coded" if hit[1] else "now not coded")] += 1
        parts = [
            f"{v or 'events'} {len(total[v])}: from affected rows {len(hit_items[v])} (not so now {len(lost_items[v])})"
            for v in sorted(total)
        ]
        print(f"{src}: " + "; ".join(parts))
        if args.rows:
            for (ex, v, now), n in by_row.most_common():
                print(f"    {n:3d}  {v}  {now}  {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
