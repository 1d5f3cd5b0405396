"""Round 38's count of the development rows judged "not an event" that the code still codes, by the grammar of the
trigger and the kind of its parties, against the type-right rows of the same class (which a rule must keep).

usage (from the project root):
    .venv/bin/python bench/notevent_classes38.py [--by-type]

Rows: the DEVELOPMENT samples only (``trigger_audit.dev_rows``; never ``judged.tsv`` nor ``judged.left.tsv``), each
sentence run alone under its article's date through the real extraction (``notevent_classes35.coded_rows``). A
row may fall in several classes (a participle with no state among its parties); each class prints the rows it holds
by verdict (``trigger_audit.verdict_kind``) and the number of articles of its not-an-event rows; ``--by-type`` splits
the classes by the row's event type. Prints counts only, no sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: modal auxiliaries of a clause told as not (yet) real
MODALS = {"will", "would", "could", "might", "may", "can", "should", "must", "'ll", "wo", "ca"}


def _clause_children(tok):
    """The children of the trigger and of the verb it hangs on as an object noun."""
    out = list(tok.children)
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "nsubjpass"}:
        out += list(tok.head.children)
    return out


def grammar_classes(tok) -> list[str]:
    """Classes of the trigger token's grammar."""
    out = []
    kids = _clause_children(tok)
    if tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBG"}:
        out.append("participle on a noun")
    if tok.dep_ == "relcl":
        out.append("relative clause")
    if tok.dep_ in {"advcl", "acl", "xcomp"} and any(c.tag_ == "TO" for c in kids):
        out.append("infinitive (purpose, aim or complement)")
    if any(c.dep_ in {"aux"} and c.lower_ in MODALS for c in kids):
        out.append("modal or future auxiliary")
    if any(c.dep_ == "neg" for c in kids):
        out.append("negated")
    if tok.tag_ in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in kids):
        out.append("present tense")
    if any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids):
        out.append("passive without agent")
    if tok.pos_ in {"NOUN", "PROPN"}:
        out.append(f"noun trigger as {tok.dep_}")
    return out


def party_classes(cand: dict, mentions: list[dict], tok) -> list[str]:
    """Classes of the candidate's parties: none a state party (``event_agency.state_party``), only one side."""
    from sitrep.extract.event_agency import state_party

    by_idx = {m["idx"]: m for m in mentions}
    parts = cand["participants"]
    ments = [by_idx[p["mention_idx"]] for p in parts if p.get("mention_idx") in by_idx]
    unnamed = [p for p in parts if p.get("mention_idx") is None]
    out = []
    if tok is not None and not any(state_party(m, tok) for m in ments + unnamed):
        out.append("no state party")
    if {p["role"] for p in parts} == {"source"}:
        out.append("source only")
    if len(out) == 2:
        out.append("no state party, source only")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--by-type", action="store_true", help="split each class by the row's event type")
    ap.add_argument("--dump", type=Path, default=None, help="write each still-coded row's id, kind and classes (JSON)")
    args = ap.parse_args()
    import trigger_audit as ta
    from notevent_classes35 import coded_rows

    from sitrep.extract import entities

    rows = ta.dev_rows()
    dates = ta.article_dates({r["article_id"] for r in rows})
    counts: dict[str, Counter] = defaultdict(Counter)
    articles: dict[str, set] = defaultdict(set)
    dumped = []
    last: tuple = (None, [])  # the Doc of the rows of one sentence and its mentions
    for r, best, doc, tok in coded_rows(rows, dates):
        kind = ta.verdict_kind(r)
        last = last if last[0] is doc else (doc, entities.doc_mentions(doc))
        ments = last[1]
        names = (grammar_classes(tok) if tok is not None else ["other module"]) + party_classes(best, ments, tok)
        dumped.append({"row": ta.row_id(r), "kind": kind, "classes": names})
        for name in ["all", *names]:
            key = f"{name} / {r['event_type']}" if args.by_type and name != "all" else name
            counts[key][kind] += 1
            if kind == "not an event":
                articles[key].add(r["article_id"])
    if args.dump:
        args.dump.write_text(json.dumps(dumped))
    print(f"{'class':<52} {'n-a-e':>6} {'arts':>5} {'right':>6} {'w-type':>6}")
    for key, c in sorted(counts.items(), key=lambda kv: -kv[1]["not an event"]):
        print(
            f"{key[:52]:<52} {c['not an event']:>6} {len(articles[key]):>5} {c['type right']:>6} {c['wrong type']:>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
