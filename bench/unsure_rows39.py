"""Round 39's count of the development rows the code still codes whose act is told as unsure (a modal, a word of
weighing or wishing, a condition, a question), by the unsure word that frames the trigger, against the type-right
rows framed by the same word (which a rule must keep).

usage (from the project root):
    .venv/bin/python bench/unsure_rows39.py

Rows: the DEVELOPMENT samples only (``trigger_audit.dev_rows``; never ``judged.tsv`` nor ``judged.left.tsv``), each
sentence run alone under its article's date through the real extraction (``notevent_classes35.coded_rows``). A row
falls in every class whose word frames its trigger: a modal auxiliary on the trigger's own verb (``@own``) or on one
of the words above it (``@up``), a mark of condition or question ('if', 'whether', 'unless'), a hedging adverb, a verb
or adjective of wishing, planning or weighing above it, a sentence that asks, and ``supposed subject`` when
``supposed_subjects.supposed_subject`` holds (the act is a modal clause's gerund or infinitive subject). Each class
prints its rows by verdict (``trigger_audit.verdict_kind``) and the number of articles of its not-an-event rows.
Prints counts only, no sentence.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: modal auxiliaries of an act told as not (yet) real
MODALS = {"will", "would", "could", "might", "may", "can", "should", "must", "'ll", "wo", "ca", "'d", "shall"}
#: marks of a condition or an indirect question
MARKS = {"if", "whether", "unless"}
#: adverbs that hedge an act
HEDGES = {"possibly", "likely", "perhaps", "maybe", "probably", "potentially"}
#: verbs and adjectives of wishing, planning, weighing or readiness above an act
FRAMES = {
    "consider", "weigh", "plan", "want", "hope", "expect", "intend", "mull", "discuss", "propose", "seek", "wish",
    "aim", "go", "try", "threaten", "vow", "promise", "pledge", "possible", "likely", "unlikely", "potential",
    "eager", "keen", "ready", "willing",
}  # fmt: skip
#: how many words above the trigger are read
REACH = 6


def unsure_classes(tok) -> list[str]:  # noqa: ANN001 - a spaCy Token
    """The unsure words that frame a trigger token (see the module doc)."""
    from sitrep.extract.supposed_subjects import supposed_subject
    from sitrep.extract.token_lemma import lemma

    out = set()
    chain = [tok, *list(tok.ancestors)[:REACH]]
    for k, t in enumerate(chain):
        for c in t.children:
            if c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS:
                out.add(f"modal {c.lower_} @{'own' if k == 0 else 'up'}")
            if c.dep_ == "mark" and c.lower_ in MARKS:
                out.add(f"mark {c.lower_}")
            if c.dep_ == "advmod" and c.lower_ in HEDGES:
                out.add(f"adverb {c.lower_}")
        if k and lemma(t) in FRAMES:
            out.add(f"frame {lemma(t)}")
    if tok.sent.text.rstrip().rstrip("\"'").endswith("?"):
        out.add("question")
    if supposed_subject(tok):
        out.add("supposed subject")
    return sorted(out)


def main() -> int:
    import trigger_audit as ta
    from notevent_classes35 import coded_rows

    rows = ta.dev_rows()
    dates = ta.article_dates({r["article_id"] for r in rows})
    counts: dict[str, Counter] = defaultdict(Counter)
    articles: dict[str, set] = defaultdict(set)
    for r, _best, _doc, tok in coded_rows(rows, dates):
        kind = ta.verdict_kind(r)
        for name in ["all", *(unsure_classes(tok) if tok is not None else [])]:
            counts[name][kind] += 1
            if kind == "not an event":
                articles[name].add(r["article_id"])
    print(f"{'class':<28} {'n-a-e':>6} {'arts':>5} {'right':>6} {'w-type':>6}")
    for key, c in sorted(counts.items(), key=lambda kv: -kv[1]["not an event"]):
        print(f"{key:<28} {c['not an event']:>6} {len(articles[key]):>5} {c['type right']:>6} {c['wrong type']:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
