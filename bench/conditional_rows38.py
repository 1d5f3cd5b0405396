"""Round 38's count of the development rows whose coded act sits under a condition set on its own clause ('would be
willing to reopen the port if Y pays', 'will hand over the wreck provided that Y asks', 'could join the talks as
long as Y disarms'; ``sitrep.extract.conditioned_acts.condition_of``), and of the PLOVER gold sentences of the GSR
tuning half whose event word sits under one, by gold type (so that conditional threats and ultimatums stay coded).

usage (from the project root):
    .venv/bin/python bench/conditional_rows38.py [--gsr-only] [--show]

Rows: the DEVELOPMENT samples only (``trigger_audit.dev_rows``, never ``judged.tsv``), each sentence run through the
real extraction under its article's date (``trigger_audit.row_candidates``); a row still coded is counted by the
judge's verdict (``trigger_audit.verdict_kind``), the condition's mark, the modal of the act's clause (would/could/
might: 'modal'; will/shall: 'future'; none) and the act's type. GSR: only the tuning half (``gsr_split.half``).
Prints counts only; ``--show`` adds the development rows' sentences (read, never copy into code or tests).

Round 38, before ``conditioned_acts`` coded anything (the extraction of 5e0ad1c3, the detection of the first
commit): GSR tuning half 78 sentences, 5 with the event word under a condition, all THREATEN ('if' 2, 'unless' 3:
the threat verb itself, which the module leaves alone). Development rows still coded 1,543; under a condition 7: not
an event 4 (a conditional promise of support, a conditional readiness, a conditional hand-over: 'if' with will/none,
3 articles; a standing law with 'unless', REJECT, left alone), type right 3 (a demand with 'should ... if', REQUEST;
a planned coercion, THREATEN; one false 'provided' read as a mark, ACCUSE): none of the three of a type the module
drops. Acts inside a condition the one-word marks leave to ``deep_conditions``: 'in case' 1, 'as long as' 1 (both not
an event). trigger_audit --compare after the module: 5 not-an-event rows left, no type-right row.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
GSR = ROOT.parent / "shared" / "devset" / "plover" / "gsr_dev.json"
#: modals of a supposed act, and of a future one
MODALS = {"would", "could", "might", "'d"}
FUTURE = {"will", "shall", "'ll"}


def modal_kind(trig) -> str:  # noqa: ANN001 - a spaCy Token
    """'modal' when a verb of the act's frame has would/could/might, 'future' for will/shall, else 'none'."""
    from sitrep.extract.conditioned_acts import _frame
    from sitrep.extract.modal_names import aux_words

    aux = set().union(*(aux_words(v) for v in _frame(trig))) if _frame(trig) else set()
    return "modal" if aux & MODALS else "future" if aux & FUTURE else "none"


def conditioned(doc, word: str):  # noqa: ANN001, ANN201
    """(the token, its condition's mark) of the first token spelt ``word`` whose act is conditioned, else None."""
    from sitrep.extract.conditioned_acts import condition_of

    for tok in (t for t in doc if t.text == word):
        found = condition_of(tok)
        if found is not None:
            return tok, found[1]
    return None


def dev_counts(show: bool) -> None:
    import trigger_audit as ta

    rows = ta.dev_rows()
    dates = ta.article_dates({r["article_id"] for r in rows})
    by_mark: Counter = Counter()
    by_type: Counter = Counter()
    coded = 0
    for r, best, doc in ta.row_candidates(rows, dates):
        if best is None:
            continue
        coded += 1
        words = (best.get("trigger") or "").split()
        found = conditioned(doc, words[0]) if words else None
        if found is None:
            continue
        tok, mark = found
        kind = ta.verdict_kind(r)
        by_mark[(kind, mark, modal_kind(tok))] += 1
        by_type[(kind, r["event_type"])] += 1
        if show:
            print(f"[{kind}] {r['event_type']} {mark} {modal_kind(tok)} :: {r['sentence']}\n   note: {r['note']}")
    print(f"development rows still coded: {coded}; under a condition: {sum(by_type.values())}")
    for (kind, mark, modal), n in sorted(by_mark.items()):
        print(f"  {kind:<14} {mark:<16} {modal:<7} {n}")
    for (kind, etype), n in sorted(by_type.items()):
        print(f"  {kind:<14} {etype:<10} {n}")


def gsr_counts() -> None:
    from gsr_split import half

    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp

    nlp = load_nlp(DEFAULT_MODEL)
    gold = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if half(r["id"]) == "tune"]
    counts: Counter = Counter()
    for rec in gold:
        doc = nlp(rec["text"])
        words = [w for w in (rec.get("eventText") or "").split() if w]
        found = next((f for w in words if (f := conditioned(doc, w)) is not None), None)
        if found is not None:
            counts[(rec["type"], found[1], modal_kind(found[0]))] += 1
    print(f"GSR tuning half: {len(gold)} sentences; event word under a condition: {sum(counts.values())}")
    for (etype, mark, modal), n in sorted(counts.items()):
        print(f"  {etype:<10} {mark:<16} {modal:<7} {n}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gsr-only", action="store_true")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    gsr_counts()
    if not args.gsr_only:
        dev_counts(args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
