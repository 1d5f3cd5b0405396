"""How many coded events come from CAMEO pattern rows whose reading the qualifiers change (round 31).

usage (from the project root):
    .venv/bin/python bench/qualified_rows.py [--rev REV] [--rows] WAREHOUSE...

``scripts/build_triggers.py`` used to drop what a pattern asks beyond its first object element ('* VOTE (OF {NO
CONFIDENCE})' coded any vote); it now keeps it as the row's ``qualifier``. A row of the lexicon at REV (default
``main``) is affected when the current lexicon reads its key (block, preposition, object, words) only under a
qualifier, puts a qualified row with another reading beside it, or has no row for it any more. Each event
mention's sentence is parsed alone and its triggers found with the lexicon at REV; an event counts when a trigger
of one of its mention sentences was read through an affected row with the event's category (or the category its
intent or refusal is coded as). Printed per warehouse: events, events from
affected rows (and their mentions). --rows adds the affected rows that coded them with their counts (CAMEO
patterns, never a text); use it on development and tuning warehouses only.
"""

from __future__ import annotations

import argparse
import csv
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


def old_lexicon(old: list[dict]):
    """The lexicon as it was at REV (no qualifiers), with every pattern look-up that went through an affected row
    recorded by the verb token it coded."""
    from sitrep.extract import event_triggers

    real = event_triggers.read_tsv

    def read_tsv(name: str) -> list[dict]:
        return [{**r, "qualifier": ""} for r in old] if name == "trigger_patterns.tsv" else real(name)

    event_triggers.read_tsv = read_tsv
    event_triggers.lexicon.cache_clear()
    return event_triggers


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("warehouses", nargs="+")
    ap.add_argument("--rev", default="main")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args(argv)
    old = _rows(subprocess.run(["git", "show", f"{args.rev}:{DATA}"], cwd=ROOT, capture_output=True, text=True).stdout)
    new = _rows((ROOT / DATA).read_text(encoding="utf-8"))
    keys = affected_keys(old, new)
    pats = {r["example"] for r in old if _key(r) in keys}
    print(f"rows at {args.rev}: {len(old)}; affected: {len(keys)} (patterns {len(pats)})")
    et = old_lexicon(old)
    hits: dict[tuple[int, int], tuple] = {}
    lex_pattern = et.Lexicon.pattern

    def pattern(self, block, prep, noun, verb=None):
        rd = lex_pattern(self, block, prep, noun, verb)
        if rd is not None and verb is not None:
            for words, _, r in self.patterns.get((block, prep, et._lemma(noun)), ()):
                if r is rd:
                    key = (block, prep, et._lemma(noun), " ".join(words))
                    if key in keys:
                        hits[(id(noun.doc), verb.i)] = (key, rd.plover)
                    break
        return rd

    et.Lexicon.pattern = pattern
    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp

    nlp = load_nlp(DEFAULT_MODEL)
    example = {_key(r): r["example"] for r in old}
    for wh in args.warehouses:
        con = duckdb.connect(wh, read_only=True)
        rows = con.execute(
            "select m.event_id, e.event_type, m.sentence, a.body from curated.event_mentions m "
            "join curated.articles a using (article_id) join curated.events e using (event_id)"
        ).fetchall()
        n_events = con.execute("select count(*) from curated.events").fetchone()[0]
        events, mentions, by_row = set(), 0, Counter()
        for event_id, etype, sentence, _body in rows:
            if not sentence:
                continue
            hits.clear()
            doc = nlp(sentence)
            found = et.find_triggers(doc, et.build_matcher(doc.vocab))
            for t in found:
                key, plover = hits.get((id(doc), t.token.i), (None, ""))
                if key and etype in {plover, et.PLANNED_AS.get(plover), "REJECT" if plover in et.REFUSABLE else ""}:
                    events.add(event_id)
                    mentions += 1
                    by_row[example[key]] += 1
                    break
        print(f"{wh}: events {n_events}, from affected rows {len(events)} ({mentions} mentions)")
        if args.rows:
            for ex, n in by_row.most_common():
                print(f"    {n:3d}  {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
