"""Quote finding and speaker resolution scored per half of a collection, without a full pipeline run.

usage (after one `sitrep run --source DOCS --warehouse W`, which supplies the cleaned bodies):
    .venv/bin/python bench/bench_quotes.py W GOLD_JSON [--half tune|held] [--misses]

Parses the bodies once (cached as a DocBin next to the warehouse), then runs mention extraction, quote finding
and corpus-wide entity resolution exactly as ``pipeline.assemble`` does and scores quotes with the rules of
../shared/bin/evaluate.py (≥80 % word coverage of the shorter text; speaker = the entity the gold speaker's
alias mentions resolve to most often). Documents are split in two halves by a hash of their file name
(``half_of``): tune on one, report both.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
from miss_causes import bare, fold  # the acceptance scorer's keys for names and places
from spacy.tokens import DocBin

from sitrep.config import DEFAULT_MODEL
from sitrep.extract import entities, quote_rows, quotes
from sitrep.extract.nlp import load_nlp


def half_of(doc_name: str) -> str:
    """'tune' or 'held': a fixed split by a hash of the file name."""
    return "tune" if hashlib.sha256(doc_name.encode()).digest()[0] % 2 == 0 else "held"


def _docs(warehouse: str) -> tuple[list[dict], list]:
    con = duckdb.connect(warehouse, read_only=True)
    rows = con.execute(
        "select article_id, source_uri, body from curated.articles "
        "where duplicate_kind is distinct from 'exact' order by article_id"
    ).fetchall()
    arts = [{"article_id": a, "doc": os.path.basename(u or ""), "body": b} for a, u, b in rows]
    nlp = load_nlp(DEFAULT_MODEL)
    key = hashlib.sha256("".join(a["body"] for a in arts).encode()).hexdigest()[:12]
    cache = Path(warehouse).with_suffix(f".{key}.spacy")
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((a["body"] for a in arts), batch_size=16))
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return arts, docs


def resolve_in_process(arts: list[dict], docs: list) -> tuple[list, list, list, dict, dict]:
    """Mentions, resolution and quote rows recomputed from the parsed bodies: the analyses, entity rows, quote
    rows, article id -> document name, and document name -> (entity id, folded surface) of its mentions."""
    analyses = []
    for art, doc in zip(arts, docs, strict=True):
        ments = entities.doc_mentions(doc)
        analyses.append({"article_id": art["article_id"], "mentions": ments, "quotes": quotes.doc_quotes(doc, ments)})
    entity_rows, mention_entity = entities.resolve_entities(analyses)
    rows = quote_rows.quote_rows(analyses, mention_entity, entity_rows)
    doc_of = {a["article_id"]: a["doc"] for a in arts}
    by_doc = defaultdict(list)
    for a in analyses:
        for m in a["mentions"]:
            eid = mention_entity.get((a["article_id"], m["idx"]))
            if eid:
                by_doc[doc_of[a["article_id"]]].append((eid, fold(m["surface"])))
    return analyses, entity_rows, rows, doc_of, by_doc


def main() -> None:
    warehouse, gold_path = sys.argv[1], sys.argv[2]
    half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
    gold = json.loads(Path(gold_path).read_text())
    arts, docs = _docs(warehouse)
    analyses, _, rows, doc_of, by_doc = resolve_in_process(arts, docs)
    body_of = {a["doc"]: a["body"] for a in arts}
    gold_eid = {}
    for ent in gold["entities"]:
        aliases = {fold(x) for x in ent["aliases"]}
        got = [eid for d in ent.get("docs", []) for eid, s in by_doc.get(d, []) if s in aliases]
        if got:
            gold_eid[ent["canonical"]] = Counter(got).most_common(1)[0][0]
    name_of = {v: k for k, v in gold_eid.items()}
    pred = defaultdict(list)
    qs = [q for a in analyses for q in a["quotes"]]
    for r, q in zip(rows, qs, strict=True):
        pred[doc_of[r["article_id"]]].append((r["speaker_entity_id"], set(bare(q["text"]).split()), q))
    gold_ids = set(gold_eid.values())
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for gq in gold["quotes"]:
        h = half_of(gq["doc"])
        if half and h != half:
            continue
        words = set(bare(gq["text"]).split())
        best = max(
            ((len(words & w) / max(1, min(len(words), len(w))), eid, q) for eid, w, q in pred.get(gq["doc"], [])),
            default=(0.0, None, None),
            key=lambda x: x[0],
        )
        t = tally[h]
        t[0] += 1
        ok_found = best[0] >= 0.8
        want = gold_eid.get(gq["speaker"]) if gq.get("speaker") else None
        ok_spk = ok_found and ((best[1] == want) if gq.get("speaker") else (best[1] not in gold_ids))
        t[1] += ok_found
        t[2] += ok_spk
        if "--misses" in sys.argv and not ok_spk:
            q = best[2]
            print(f"--- {gq['doc']} [{h}] {'SPEAKER' if ok_found else 'NOT FOUND'} cov={best[0]:.2f}")
            print(f"  gold: {gq['text'][:150]!r} by {gq.get('speaker')}")
            if q:
                got = name_of.get(best[1], best[1])
                print(f"  pred: {q['text'][:150]!r} by {got} ({q.get('speaker_method')})")
                body = body_of[gq["doc"]]
                print(f"  ctx: {body[max(0, q['start_char'] - 200) : q['end_char'] + 120]!r}")
            else:
                body = body_of[gq["doc"]]
                i = body.find(gq["text"][:30])
                print(
                    f"  ctx: {body[max(0, i - 200) : i + len(gq['text']) + 120]!r}"
                    if i >= 0
                    else "  (text not in body)"
                )
    for h, (n, f, s) in sorted(tally.items()):
        print(f"{h}: n={n} quote_found={f / n:.3f} quote_speaker_acc={s / n:.3f}")
    n, f, s = (sum(t[i] for t in tally.values()) for i in range(3))
    print(f"all: n={n} quote_found={f / n:.3f} quote_speaker_acc={s / n:.3f}")


if __name__ == "__main__":
    main()
