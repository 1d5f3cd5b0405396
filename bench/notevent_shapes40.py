"""Round 40's count of the still-coded development rows by the SHAPE of their coded trigger (part of speech,
dependency and head, clause kind, tense and aspect, named parties in its clause, headline-like line, quotation),
not-an-event rows against type-right rows per shape, to find a shape a general filter could use.

usage (from the project root):
    .venv/bin/python bench/notevent_shapes40.py [--dump F] [--load F] [--pairs] [--min 3]

Rows: the DEVELOPMENT samples only (``trigger_audit.dev_rows``; never ``judged.tsv`` nor ``judged.left.tsv``), each
sentence run alone under its article's date through the real extraction (``notevent_classes35.coded_rows``). Each
still-coded row whose candidate names its trigger token gets the features of ``shape_features``; ``--dump`` writes
(row id, verdict, article, features) as JSON and ``--load`` counts such a dump again without running the model.
Prints per feature (and with ``--pairs`` per pair of features) the not-an-event rows, the number of their articles,
the type-right and the wrong-type rows, best separating first (not-an-event minus type-right). Counts only: no
sentence printed.

Round 40's finding (2,205 rows at 78f01f12; 287 not-an-event, 1,245 type-right still coded): no shape separates.
The leaning ones hold few rows: a verb under a preposition on a noun 6 against 3, a gerund with no subject and no
named party in the sentence 10 against 5, a present-tense verb in a complement clause 8 against 5, a present
passive 9 against 8; the large ones follow the base rate (a participle on a noun 14 against 34, a gerund 49 against
92, an infinitive 31 against 72, a quotation 35 against 85, a modal near 37 against 67). Finite past, perfect and
progressive verbs lean to right rows (75/560, 23/228, 4/48). Nor does the tree distance of the coded parties.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: modal auxiliaries of a clause told as not (yet) real
MODALS = {"will", "would", "could", "might", "may", "can", "should", "must", "'ll", "wo", "ca", "shall", "'d"}
#: dependencies that open a clause of their own
CLAUSES = {"relcl", "acl", "advcl", "xcomp", "ccomp", "pcomp", "csubj", "csubjpass", "parataxis"}
#: entity labels of a named party
PARTY_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
#: quote marks
QUOTES = '"“”'


def _clause_head(tok):  # noqa: ANN001, ANN202 - spaCy Tokens
    """The verb (or root) whose clause holds the trigger: the trigger itself when a verb, else the first verb up."""
    from sitrep.extract.event_syntax import clause_head

    return clause_head(tok, depth=8)


def _tense(verb) -> str:  # noqa: ANN001 - a spaCy Token
    """Tense and aspect of a clause's verb read from its tag and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    low = {a.lower_ for a in auxes}
    if low & MODALS:
        return "modal"
    if "to" in low:
        return "infinitive"
    if low & {"has", "have", "had", "'ve"}:
        return "perfect"
    if verb.tag_ == "VBG" and low & {"is", "are", "was", "were", "'s", "'re", "am", "be", "been"}:
        return "progressive"
    if verb.tag_ in {"VBZ", "VBP"} or (low & {"is", "are", "am", "'s", "'re"}):
        return "present"
    if verb.tag_ == "VBD" or (low & {"was", "were"}):
        return "past"
    return f"bare {verb.tag_}"


def _clause_kind(tok) -> str:  # noqa: ANN001 - a spaCy Token
    """The first clause-opening dependency on the way from the trigger to the root ('main' when none)."""
    cur = tok
    for _ in range(10):
        if cur.dep_ in CLAUSES:
            return cur.dep_
        if cur.head.i == cur.i:
            return "main"
        cur = cur.head
    return "main"


def _in_quote(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """An odd number of quote marks stands between the sentence's start and the trigger."""
    before = tok.doc.text[tok.sent.start_char : tok.idx]
    return sum(before.count(q) for q in QUOTES) % 2 == 1


def _headline_like(sent) -> bool:  # noqa: ANN001 - a spaCy Span
    """The line reads as a headline or caption: a line break in it, no closing mark, or most words capitalised."""
    text = sent.text.strip()
    words = [t for t in sent if t.is_alpha]
    caps = sum(t.text[:1].isupper() for t in words) / max(1, len(words))
    return "\n" in text or not text.rstrip("\"'”’)").endswith((".", "!", "?")) or (len(words) > 3 and caps > 0.6)


def _parties(tok, ents: list) -> tuple[bool, bool]:  # noqa: ANN001 - spaCy Tokens and Spans
    """(a named party in the trigger's clause, a named party in the sentence)."""
    head = _clause_head(tok)
    span = {t.i for t in head.subtree} - {t.i for c in head.children if c.dep_ in CLAUSES for t in c.subtree}
    sent = [e for e in ents if e.label_ in PARTY_LABELS and e.sent.start == tok.sent.start]
    return any(e.start in span for e in sent), bool(sent)


def shape_features(tok) -> list[str]:  # noqa: ANN001, C901 - a spaCy Token; one flat list of shape tests
    """The shape features of a coded trigger token (see the module doc)."""
    head = tok.head
    out = [f"pos={tok.pos_}", f"dep={tok.dep_}", f"shape={tok.pos_}:{tok.dep_}<{head.pos_}"]
    if tok.dep_ in {"pobj", "pcomp"}:
        out.append(f"{tok.dep_} of '{head.lower_}'")
        out.append(f"{tok.dep_} '{head.lower_}' on {head.head.pos_}")
    if tok.dep_ in {"acl", "relcl", "xcomp", "advcl", "ccomp", "amod", "compound", "nsubj", "dobj"}:
        out.append(f"{tok.dep_} of '{head.lemma_.lower()}'")
    marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
    if marks:
        out.append(f"mark '{marks[0]}'")
    if tok.pos_ in {"NOUN", "PROPN"}:
        dets = [c for c in tok.children if c.dep_ in {"det", "poss"}]
        det = dets[0].lower_ if dets and dets[0].dep_ == "det" else "poss" if dets else "none"
        out.append(f"noun det={det if det in {'a', 'an', 'the', 'poss', 'none'} else 'other'}")
        out.append(f"noun number={'plural' if tok.tag_ in {'NNS', 'NNPS'} else 'single'}")
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            out.append("noun with of-phrase")
        if any(c.dep_ == "prep" and c.lower_ in {"by", "between", "against", "with"} for c in tok.children):
            out.append("noun with by/against/with/between")
        if any(c.dep_ == "amod" for c in tok.children):
            out.append("noun with adjective")
        if tok.dep_ == "compound":
            out.append("noun as compound")
        gov = _clause_head(tok)
        if gov.i != tok.i:
            out.append(f"noun's verb tense={_tense(gov)}")
            out.append(f"noun {tok.dep_} of verb tag={gov.tag_}")
    if tok.pos_ in {"VERB", "AUX"}:
        out.append(f"verb tense={_tense(tok)}")
        out.append(f"verb tag={tok.tag_}")
        if not any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in tok.children):
            out.append("verb without subject")
        if head.pos_ in {"NOUN", "ADJ", "PROPN"} and head.i != tok.i:
            out.append(f"verb under {head.pos_}")
        if any(c.dep_ == "auxpass" for c in tok.children):
            out.append("verb passive" + (" by" if any(c.dep_ == "agent" for c in tok.children) else " no agent"))
    kind = _clause_kind(tok)
    out.append(f"clause={kind}")
    depth = sum(1 for _ in tok.ancestors)
    out.append(f"depth={min(depth, 4)}")
    chain = [tok, *list(tok.ancestors)[:3]]
    if any(c.dep_ == "neg" for t in chain for c in t.children):
        out.append("negation near")
    if any(c.dep_ == "aux" and c.lower_ in MODALS for t in chain for c in t.children):
        out.append("modal near")
    clause_party, sent_party = _parties(tok, list(tok.doc.ents))
    out.append(f"party in clause={clause_party}")
    out.append(f"party in sentence={sent_party}")
    if _headline_like(tok.sent):
        out.append("headline-like line")
    if _in_quote(tok):
        out.append("inside quotation")
    subj = [c for c in _clause_head(tok).children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subj:
        s = subj[0]
        kindsubj = "pronoun" if s.pos_ == "PRON" else "name" if s.ent_type_ in PARTY_LABELS else s.pos_
        out.append(f"clause subject={kindsubj}")
    else:
        out.append("clause subject=none")
    return out


def _distance(a, b) -> int:  # noqa: ANN001 - spaCy Tokens
    """Edges between two tokens of one sentence in the dependency tree."""
    up_a = [a, *a.ancestors]
    idx = {t.i: k for k, t in enumerate(up_a)}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in idx:
            return k + idx[t.i]
    return 99


def party_features(tok, cand: dict, mentions: list[dict]) -> list[str]:  # noqa: ANN001 - a spaCy Token
    """How the candidate's parties hang on the trigger: the tree distance of the nearest source and target, a
    party outside the trigger's sentence, a common-noun (nominal) party, a party named only by a pronoun."""
    by_idx = {m["idx"]: m for m in mentions}
    doc, out = tok.doc, []
    for role in ("source", "target"):
        dists = []
        for p in cand["participants"]:
            m = by_idx.get(p.get("mention_idx"))
            if p["role"] != role or m is None:
                continue
            span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
            if span is None or span.sent.start != tok.sent.start:
                dists.append(99)
                continue
            dists.append(min(_distance(tok, t) for t in span))
            if m.get("nominal"):
                out.append(f"{role} nominal")
        if dists:
            d = min(dists)
            out.append(f"{role} distance={'1' if d <= 1 else '2' if d == 2 else '3-4' if d <= 4 else '5+'}")
        else:
            out.append(f"{role} none")
    return out


def run(dump: Path | None) -> list[dict]:
    """Each still-coded row's id, verdict, article and features, run through the real extraction."""
    import trigger_audit as ta
    from notevent_classes35 import coded_rows

    rows = ta.dev_rows()
    dates = ta.article_dates({r["article_id"] for r in rows})
    from sitrep.extract import entities

    out, last = [], (None, [])
    for r, best, doc, tok in coded_rows(rows, dates):
        last = last if last[0] is doc else (doc, entities.doc_mentions(doc))
        feats = shape_features(tok) + party_features(tok, best, last[1]) if tok is not None else ["other module"]
        word = f"{tok.lemma_}/{tok.head.lemma_}" if tok is not None else "?"
        out.append(
            {
                "row": ta.row_id(r),
                "kind": ta.verdict_kind(r),
                "article": r["article_id"],
                "trigger": word,
                "features": feats,
            }
        )
    if dump:
        dump.write_text(json.dumps(out))
    return out


def count(items: list[dict], pairs: bool, least: int) -> None:
    """Print the not-an-event, article, type-right and wrong-type counts of each feature (or pair)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    arts: dict[str, set] = defaultdict(set)
    for it in items:
        feats = sorted(set(it["features"]))
        keys = ["all", *feats, *(f"{a} & {b}" for a, b in combinations(feats, 2))] if pairs else ["all", *feats]
        for k in keys:
            counts[k][it["kind"]] += 1
            if it["kind"] == "not an event":
                arts[k].add(it["article"])
    print(f"{'shape':<64} {'n-a-e':>6} {'arts':>5} {'right':>6} {'w-type':>6}")
    ranked = sorted(counts.items(), key=lambda kv: -(kv[1]["not an event"] - kv[1]["type right"]))
    for key, c in ranked:
        if key != "all" and (c["not an event"] < least or len(arts[key]) < least):
            continue
        nae, right, wt = c["not an event"], c["type right"], c["wrong type"]
        print(f"{key[:64]:<64} {nae:>6} {len(arts[key]):>5} {right:>6} {wt:>6}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", type=Path, default=None, help="write each still-coded row's verdict and features")
    ap.add_argument("--load", type=Path, default=None, help="count a dump written by --dump instead of running")
    ap.add_argument("--pairs", action="store_true", help="count pairs of features too")
    ap.add_argument("--min", type=int, default=3, help="shapes with at least this many not-an-event rows/articles")
    args = ap.parse_args()
    items = json.loads(args.load.read_text()) if args.load else run(args.dump)
    count(items, args.pairs, args.min)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
