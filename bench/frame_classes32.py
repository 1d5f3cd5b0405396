"""The frames of the judged development events the current code still codes, by class, right and wrong alike.

usage (from the project root):
    .venv/bin/python bench/frame_classes32.py [--save F | --load F] [--skip 4646] [--show CLASS]

Every judged row of the DEVELOPMENT samples (``trigger_audit.dev_rows``: ``dev_judged*.tsv`` and their shelves,
never ``judged.tsv`` nor ``judged.left.tsv``) is run alone through the real extraction (as ``trigger_audit``
does); the candidate of the row's type is traced to its trigger token, and the trigger's frame is read from the
parse. Each row gets the FIRST class that fits, in this order:

- ``question``: the sentence ends with '?';
- ``negated``: a 'not'/'never' on the trigger or on the verb that governs it;
- ``conditional``: 'if'/'unless'/'whether' marks the trigger's clause or one above it;
- ``modal``: would/could/might/may/should/must/can on the trigger's verb;
- ``old-date``: a year at least two before the article's publication in the trigger's clause ('in 2014');
- ``since-after``: the trigger's clause is brought in by since/after/when/before/until, or its noun is the object
  of such a preposition ('since the annexation', 'after his arrest');
- ``pluperfect``: 'had' + participle;
- ``relative``: the trigger heads (or stands under) a relative clause or participle on a noun (relcl/acl);
- ``title``: the trigger is inside a capitalised name (an entity of ORG/EVENT/LAW/WORK_OF_ART/FAC, or a PROPN);
- ``habitual``: present simple (VBZ/VBP) without will, or an adverb of habit (always, often, every year);
- ``campaign``: a campaign word (campaign, pledge, platform, elected, candidate) in the sentence;
- ``genre``: a word of film, book, show or sport in the sentence;
- ``opinion``: the trigger stands in the complement of a verb of belief/opinion or an adjective of judgement;
- ``quoted``: inside quotation marks;
- ``gerund-noun``: a noun or gerund trigger (no finite verb of its own);
- ``plain-past``: none of the above, a finite past (VBD) or present perfect.

It prints per class the rows still coded: type right, not an event, wrong type, and the share of wrong ones, so
a class's precision can be weighed before it becomes a rule (a class with many right rows is no rule). Only
counts unless ``--show``. ``--compare F`` prints how many rows left or came back against a saved run, by verdict.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import trigger_audit as ta  # noqa: E402

from sitrep.extract.event_syntax import clause_head  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "newsarticles2017.jsonl.gz"
NEG = {"not", "n't", "never", "no"}
CONDITION = {"if", "unless", "whether"}
MODALS = {"would", "could", "might", "may", "should", "must", "can", "'d"}
TIME_MARKS = {"since", "after", "when", "before", "until", "following", "once"}
HABIT = {"always", "often", "usually", "regularly", "routinely", "frequently", "typically", "generally", "every"}
CAMPAIGN = {"campaign", "pledge", "pledged", "platform", "elected", "candidate", "manifesto", "election"}
GENRE = {
    "film", "movie", "novel", "book", "series", "episode", "show", "play", "character", "season", "match",
    "game", "goal", "league", "cup", "club", "striker", "midfielder", "coach", "album", "song", "documentary",
}  # fmt: skip
OPINION = {"think", "believe", "argue", "feel", "fear", "hope", "suggest", "say", "claim", "insist", "warn"}
NAME_LABELS = {"ORG", "EVENT", "LAW", "WORK_OF_ART", "FAC"}
YEAR = re.compile(r"\b(19\d\d|20[01]\d)\b")
ORDER = (
    "question", "negated", "conditional", "modal", "old-date", "since-after", "pluperfect", "relative", "title",
    "habitual", "campaign", "genre", "opinion", "quoted", "gerund-noun", "plain-past",
)  # fmt: skip


def published_years(ids: set[str]) -> dict[str, int]:
    out = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in ids and (rec.get("published") or "")[:4].isdigit():
                out[rec["id"]] = int(rec["published"][:4])
    return out


def _annotate_token():
    """Wrap the candidate makers so that each candidate keeps its trigger token's index."""
    from sitrep.extract import event_candidates as ec

    lex, rule = ec._lexicon_candidate, ec.rule_candidate

    def lexicon_candidate(ctx, trig, sent):
        cand = lex(ctx, trig, sent)
        if cand:
            cand["_tok"] = trig.token.i
        return cand

    def rule_candidate(ctx, trig, sent, etype, mode, obj_noun):
        cand = rule(ctx, trig, sent, etype, mode, obj_noun)
        if cand:
            cand["_tok"] = trig.i
        return cand

    ec._lexicon_candidate, ec.rule_candidate = lexicon_candidate, rule_candidate


def features(tok, pub_year: int | None) -> dict:
    sent = tok.sent
    clause = clause_head(tok)
    ancestors = [tok, *list(tok.ancestors)[:4]]
    aux = {c.lower_ for t in (tok, clause) for c in t.children if c.dep_ in {"aux", "auxpass"}}
    years = [int(y) for y in YEAR.findall(" ".join(t.text for t in clause.subtree))]
    return {
        "text": tok.text,
        "tag": tok.tag_,
        "dep": tok.dep_,
        "question": sent.text.rstrip().rstrip("\"'”’ ").endswith("?"),
        "negated": any(c.dep_ == "neg" or c.lower_ in {"never"} for t in (tok, clause) for c in t.children),
        "conditional": any(c.dep_ == "mark" and c.lower_ in CONDITION for t in ancestors for c in t.children),
        "modal": bool(aux & MODALS),
        "old-date": pub_year is not None and any(y <= pub_year - 2 for y in years),
        "since-after": any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children)
        or (tok.dep_ == "pobj" and tok.head.lower_ in TIME_MARKS),
        "pluperfect": "had" in aux and tok.tag_ == "VBN",
        "relative": any(t.dep_ in {"relcl", "acl"} for t in ancestors[:3]),
        "title": tok.ent_type_ in NAME_LABELS or (tok.pos_ == "PROPN" and tok.i > sent.start),
        "habitual": (clause.tag_ in {"VBZ", "VBP"} and not aux & {"will", "has", "have"})
        or any(t.lower_ in HABIT for t in clause.subtree),
        "campaign": any(t.lower_ in CAMPAIGN for t in sent),
        "genre": any(t.lemma_.lower() in GENRE for t in sent),
        "opinion": any(t.dep_ == "ccomp" and t.head.lemma_ in OPINION - {"say"} for t in ancestors)
        or any(t.dep_ == "acomp" for t in ancestors[:2]),
        "quoted": any(t.text in {'"', "“", "”"} for t in sent[: tok.i - sent.start]),
        "gerund-noun": tok.pos_ in {"NOUN", "PROPN"} or tok.tag_ == "VBG",
        "plain-past": True,
    }


def trace(rows: list[dict], years: dict[str, int]) -> dict[str, dict]:
    _annotate_token()
    out: dict[str, dict] = {}
    for r, best, doc in ta.row_candidates(rows):
        if best is None or "_tok" not in best:
            out[ta.row_id(r)] = {"gone": best is None}
        else:
            out[ta.row_id(r)] = features(doc[best["_tok"]], years.get(r["article_id"]))
    return out


def klass(f: dict) -> str:
    if f.get("gone"):
        return "gone"
    if "text" not in f:
        return "other-maker"
    return next(k for k in ORDER if f.get(k))


def compare(rows: list[dict], before: dict, after: dict) -> None:
    """Rows whose event left (or came back) since the saved run, by verdict; the sentences only with --show."""
    moved = Counter()
    for r in rows:
        b, a = before.get(ta.row_id(r), {}).get("gone", False), after[ta.row_id(r)].get("gone", False)
        if b != a:
            moved[("left" if a else "back", r["verdict_type"], r["error"] or "right")] += 1
    for (kind, vt, err), n in sorted(moved.items()):
        print(f"{kind:<5} verdict_type={vt} {err:<14} {n}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--save", type=Path, default=None)
    ap.add_argument("--load", type=Path, default=None)
    ap.add_argument("--skip", action="append", default=[])
    ap.add_argument("--show", default=None, help="print the rows of this class")
    ap.add_argument("--compare", type=Path, default=None, help="a saved map of an earlier run: rows that left or came")
    args = ap.parse_args()
    rows = ta.dev_rows(tuple(args.skip))
    if args.load:
        feats = json.loads(args.load.read_text())
    else:
        feats = trace(rows, published_years({r["article_id"] for r in rows}))
    if args.save:
        args.save.write_text(json.dumps(feats, indent=0, sort_keys=True))
    if args.compare:
        compare(rows, json.loads(args.compare.read_text()), feats)
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        k = klass(feats[ta.row_id(r)])
        counts[k][r["error"] if r["verdict_type"] == "n" else "right"] += 1
        if args.show == k:
            print(f"[{r['verdict_type']}/{r['error'] or 'right'}] {r['event_type']} {feats[ta.row_id(r)].get('text')}"
                  f" :: {r['sentence'][:300]}")  # fmt: skip
    print(f"{'class':<14} rows right n-a-e w-type wrong-share")
    for k in ("gone", "other-maker", *ORDER):
        c = counts.get(k, Counter())
        wrong = c["not-an-event"] + c["wrong-type"]
        kept = c["right"] + wrong + sum(v for e, v in c.items() if e not in {"right", "not-an-event", "wrong-type"})
        share = f"{wrong / (c['right'] + wrong):.2f}" if c["right"] + wrong else "-"
        print(f"{k:<14} {kept:>4} {c['right']:>5} {c['not-an-event']:>5} {c['wrong-type']:>6} {share:>11}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
