"""Why the development rows judged "not an event" that the code still codes are no events: counts by cause, and
the trigger's grammar on those rows against the type-right rows (which a mechanism must keep).

usage (from the project root):
    .venv/bin/python bench/notevent_classes35.py [--labels saved-trigger-audit.json]

Rows: the DEVELOPMENT samples only (``bench.trigger_audit.dev_rows``: ``dev_judged*.tsv`` and their shelves, never
``judged.tsv`` nor ``judged.left.tsv``). Each sentence is run alone through the real extraction (as
``trigger_audit`` does); a row counts when the code still codes an event of its type in the sentence.

Part 1, the cause of each still-coded "not an event" row, read from the judge's note (first class whose words the
note holds, in the order below). Part 2, features of the coded trigger token, each with the number of
not-an-event rows and of type-right rows that show it: a feature far more frequent on the first is a mechanism's
candidate. Prints counts only, no sentence.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: cause classes in the order they are tried, each with the words of the judge's note that name it
CAUSES = (
    ("headline, caption or dateline fragment", r"headline|caption|dateline|hashtag|tweet|glued|fragment"),
    ("list or count of past events", r"\bcount of|\blist\b|statistic|number of"),
    (
        "noun read as an act (background noun, figure of speech)",
        r"background noun|figurative|figure of speech|simile"
        r"|rhetoric|metaphor|\bnoun\b",
    ),
    (
        "background act long before the report (history)",
        r"background|history|historical|biograph|anecdote|\b1[89]\d\d\b"
        r"|\b20[01]\d\b|years ago|in the past",
    ),
    (
        "hypothetical, conditional, wish or unsure future",
        r"hypothetic|conditional|\bif\b|would|wish|\bwant|predict"
        r"|forecast|fear|expect|\bplan|\bwill\b|could|might|suppos|goal|concerned|confident|considering|rather|may\b",
    ),
    ("negated or failed act", r"negated|\bnot\b|\bno one\b|refus|failed|\bdid not\b|denial|disavow"),
    (
        "generic, habitual or standing state",
        r"generic|habit|standing|descri|definition|characteri|disposition|stance"
        r"|attitude|always|a law|policy|provision|general|procedure|resolve",
    ),
    (
        "non-political sense (sport, business, crime, private, fiction)",
        r"sport|football|match|goal|business|private"
        r"|compan|firm|insurer|weather|film|fiction|poem|price|trade|study|engineer|no political|medical|patient|plot"
        r"|music|club|brawl|scene|smog|monkey|animal|dog|architect|vet\b|zoo|product",
    ),
    ("quoted opinion or claim", r"opinion|quot|claim|view|think|believ|boast|self-praise"),
    (
        "another sense of the verb (the note names the act it is not)",
        r"\bno (attack|seizure|consultation|support"
        r"|act|request|release|meeting|criticism|fight|accusation|coercion|deportation|visit|threat|retreat|rejection"
        r"|aid|investigation|party|recipient)",
    ),
)


def cause(note: str) -> str:
    low = note.lower()
    return next((name for name, words in CAUSES if re.search(words, low)), "other")


def _features(tok, doc) -> list[str]:
    """Grammar of a trigger token: its dependency, part of speech, the modal or negation of its clause, a
    conditional or cognition verb above it, a year in the sentence."""
    from sitrep.extract.token_lemma import lemma

    out = [f"dep={tok.dep_}", f"pos={tok.pos_}", f"tag={tok.tag_}"]
    verb, chain = tok, [tok]
    while verb.dep_ not in {"ROOT"} and verb.head.i != verb.i and len(chain) < 6:
        verb = verb.head
        chain.append(verb)
    auxes = {c.lower_ for t in chain[:3] for c in t.children if c.dep_ in {"aux", "auxpass"}}
    for a in sorted(auxes & {"would", "could", "might", "will", "may", "can", "should", "must", "'ll", "wo"}):
        out.append(f"aux={a}")
    if any(c.dep_ == "neg" for t in chain[:3] for c in t.children):
        out.append("neg in 3 heads")
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for t in chain for c in t.children):
        out.append("if/unless/whether above")
    heads = {lemma(t) for t in chain[1:]}
    for group, words in (
        ("cognition head", {"think", "believe", "fear", "worry", "hope", "want", "wish", "expect", "doubt"}),
        ("stance head", {"concern", "confident", "afraid", "keen", "willing", "ready", "able", "likely"}),
    ):
        if heads & words:
            out.append(group)
    if tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN":
        agent = any(c.dep_ == "agent" for c in tok.children)
        out.append("participle on a noun" + (" with 'by'" if agent else ""))
    if tok.dep_ == "relcl":
        out.append("relative clause")
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"pobj", "nsubj", "nsubjpass", "dobj"}:
        out.append(f"noun trigger as {tok.dep_}")
    if re.search(r"\b(1[89]\d\d|200\d|201[0-5])\b", tok.sent.text):
        out.append("old year in sentence")
    if tok.sent[0].i == tok.i or tok.sent.text[:1].islower():
        out.append("sentence starts odd")
    if tok.tag_ == "VBZ" or (tok.tag_ == "VBP" and not auxes):
        out.append("simple present verb")
    return out


def coded_rows(rows: list[dict], dates: dict | None = None):
    """Each row whose sentence still codes an event of its type: (row, candidate, Doc, the candidate's trigger
    token or None for a candidate of another module), as ``trigger_audit.row_candidates`` runs them (under the
    article dates in ``dates``)."""
    import trigger_audit as ta

    from sitrep.extract import event_candidates as ec

    ta._annotate()
    lex, rule = ec._lexicon_candidate, ec.rule_candidate

    def lexicon_candidate(ctx, trig, sent):
        cand = lex(ctx, trig, sent)
        if cand:
            cand["_i"] = trig.token.i
        return cand

    def rule_candidate(ctx, trig, sent, *rest):
        cand = rule(ctx, trig, sent, *rest)
        if cand:
            cand["_i"] = trig.i
        return cand

    ec._lexicon_candidate, ec.rule_candidate = lexicon_candidate, rule_candidate
    for r, best, doc in ta.row_candidates(rows, dates):
        if best is not None:
            yield r, best, doc, doc[best["_i"]] if "_i" in best else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min", type=int, default=4, help="features with at least this many rows in all")
    ap.add_argument("--dump", type=Path, default=None, help="write each still-coded row's kind and features (JSON)")
    args = ap.parse_args()
    import trigger_audit as ta

    causes, feats = Counter(), Counter()
    kinds, dumped = Counter(), []
    for r, _best, doc, tok in coded_rows(ta.dev_rows()):
        kind = "nae" if r["error"] == "not-an-event" else "right" if r["verdict_type"] == "y" else "wtype"
        kinds[kind] += 1
        if kind == "nae":
            causes[cause(r["note"] or "")] += 1
        if tok is not None:
            fs = _features(tok, doc)
            for f in fs:
                feats[(f, kind)] += 1
            heads = [t for t in tok.ancestors][:6]
            chain = [f"{t.lower_}/{t.dep_}/{t.tag_}" for t in [tok, *heads]]
            dumped.append({"kind": kind, "row": ta.row_id(r), "features": fs, "chain": chain})
    if args.dump:
        args.dump.write_text(json.dumps(dumped))
    print(f"still coded: {dict(kinds)}")
    print("\nnot an event, by cause (judge's note):")
    for name, n in causes.most_common():
        print(f"  {n:>4}  {name}")
    print(f"\n{'trigger feature':<40} {'n-a-e':>6} {'right':>6} {'w-type':>6}  n-a-e share")
    names = {f for f, _ in feats}
    for f in sorted(names, key=lambda f: -(feats[(f, "nae")] / (1 + feats[(f, "right")]))):
        nae, right, wt = feats[(f, "nae")], feats[(f, "right")], feats[(f, "wtype")]
        if nae + right + wt >= args.min:
            print(f"{f:<40} {nae:>6} {right:>6} {wt:>6}  {nae / max(1, nae + right):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
