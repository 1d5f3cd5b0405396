"""Entity resolution and quote speakers scored per half of a collection, with the misses of one half.

usage (after one `sitrep run --source DOCS --warehouse W`, which supplies the cleaned bodies):
    .venv/bin/python bench/entity_misses.py W GOLD_JSON [--misses tune] [--warehouse-only]

Halves: a document is in the tuning half when the first byte of sha256(file name) is even (``half_of`` of
bench/bench_quotes.py). Each half's gold keeps the entities with their documents in that half and the quotes
of those documents. Scoring follows ../shared/bin/evaluate.py: a gold entity's predicted entity is the most
common entity of its alias mentions in its documents; canonical = folded canonical names equal; alias
recall/F1 over distinct surface forms; speaker = the gold speaker's predicted entity.

By default mentions, resolution and quotes are recomputed in-process from the parsed bodies (cached DocBin, as
bench_quotes.py does), so a change to resolution or speakers is measured in seconds; --warehouse-only scores
the warehouse's own tables instead (what the acceptance scorer sees).
--misses HALF lists that half's canonical, alias and speaker misses (read only the tuning half's).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_quotes import _docs, bare, fold, half_of, resolve_in_process  # noqa: E402


def _from_warehouse(warehouse: str) -> tuple[dict, dict, dict, list]:
    con = duckdb.connect(warehouse, read_only=True)
    doc_of = {
        a: os.path.basename(u or "")
        for a, u in con.execute("select article_id, source_uri from curated.articles").fetchall()
    }
    ents = {
        r[0]: r for r in con.execute("select entity_id, canonical_name, country_iso3 from curated.entities").fetchall()
    }
    by_doc = defaultdict(list)
    for aid, eid, surf in con.execute("select article_id, entity_id, surface from curated.mentions").fetchall():
        if aid in doc_of:
            by_doc[doc_of[aid]].append((eid, fold(surf)))
    quotes = [
        (doc_of.get(aid), spk, text, None)
        for aid, spk, text in con.execute("select article_id, speaker_entity_id, text from curated.quotes").fetchall()
    ]
    return doc_of, ents, by_doc, quotes


def _in_process(warehouse: str) -> tuple[dict, dict, dict, list]:
    arts, docs = _docs(warehouse)
    analyses, entity_rows, rows, doc_of, by_doc = resolve_in_process(arts, docs)
    ents = {e["entity_id"]: (e["entity_id"], e["canonical_name"], e["country_iso3"]) for e in entity_rows}
    qs = [q for a in analyses for q in a["quotes"]]
    quotes_out = [
        (doc_of[r["article_id"]], r["speaker_entity_id"], q["text"], q) for r, q in zip(rows, qs, strict=True)
    ]
    return doc_of, ents, by_doc, quotes_out


def _pairs_f1(items: list[tuple[str, str]]) -> tuple[float, float]:
    same_g = same_p = both = 0
    for (g1, p1), (g2, p2) in itertools.combinations(items, 2):
        same_g += g1 == g2
        same_p += p1 == p2
        both += g1 == g2 and p1 == p2
    p = both / same_p if same_p else 0.0
    r = both / same_g if same_g else 0.0
    return r, (0.0 if p + r == 0 else 2 * p * r / (p + r))


def score_half(gold: dict, half: str, ents: dict, by_doc: dict, quotes: list, show: bool) -> dict:
    docs = {d["doc"] for d in gold["documents"] if half_of(d["doc"]) == half}
    gold_eid, alias_items, canon, ctry = {}, [], [], []
    name = lambda eid: ents.get(eid, (eid, "?", None))[1]  # noqa: E731
    for ent in gold["entities"]:
        edocs = [d for d in ent.get("docs", []) if d in docs]
        if not edocs:
            continue
        aliases = {fold(a) for a in ent["aliases"]}
        got = [(eid, s) for d in edocs for eid, s in by_doc.get(d, []) if s in aliases]
        if not got:
            if show:
                print(f"NOT FOUND  {ent['canonical']!r} aliases={sorted(aliases)}")
            continue
        eid = Counter(e for e, _ in got).most_common(1)[0][0]
        gold_eid[ent["canonical"]] = eid
        forms = defaultdict(Counter)
        for e, s in got:
            forms[s][e] += 1
        for s, c in forms.items():
            alias_items.append((ent["canonical"], c.most_common(1)[0][0], s))
        ok = fold(name(eid)) == fold(ent["canonical"])
        canon.append(ok)
        if ent.get("country"):
            ctry.append(ents.get(eid, (0, 0, None))[2] == ent["country"])
        if show and not ok:
            print(f"CANONICAL  gold {ent['canonical']!r} got {name(eid)!r}")
        if show:
            split = {s: name(c.most_common(1)[0][0]) for s, c in forms.items() if c.most_common(1)[0][0] != eid}
            if split:
                print(f"ALIAS SPLIT {ent['canonical']!r} (as {name(eid)!r}): {split}")
    if show:  # distinct gold entities merged into one predicted entity
        owners = defaultdict(set)
        for g, e, _ in alias_items:
            owners[e].add(g)
        for e, gs in owners.items():
            if len(gs) > 1:
                print(f"ALIAS MERGE {name(e)!r} holds {sorted(gs)}")
    rec, f1 = _pairs_f1([(g, e) for g, e, _ in alias_items])
    found, spk = _score_quotes(gold, docs, gold_eid, quotes, name if show else None)
    return {
        "canonical": sum(canon) / max(1, len(canon)),
        "alias_R": rec,
        "alias_F1": f1,
        "country": sum(ctry) / max(1, len(ctry)),
        "quote_found": found,
        "speaker": spk,
        "n_ent": len(canon),
    }


def _score_quotes(gold: dict, docs: set, gold_eid: dict, quotes: list, name) -> tuple[float, float]:
    """Shares of the half's gold quotes found and found with the right speaker; misses printed when ``name``."""
    gold_ids = set(gold_eid.values())
    n = found = ok_spk = 0
    for gq in gold.get("quotes", []):
        if gq["doc"] not in docs:
            continue
        n += 1
        words = set(bare(gq["text"]).split())
        best = max(
            (
                (len(words & set(bare(t).split())) / max(1, min(len(words), len(set(bare(t).split())))), spk, q)
                for d, spk, t, q in quotes
                if d == gq["doc"]
            ),
            default=(0.0, None, None),
            key=lambda x: x[0],
        )
        hit = best[0] >= 0.8
        want = gold_eid.get(gq["speaker"]) if gq.get("speaker") else None
        good = hit and ((best[1] == want) if gq.get("speaker") else (best[1] not in gold_ids))
        found += hit
        ok_spk += good
        if name and hit and not good:
            method = (best[2] or {}).get("speaker_method")
            print(
                f"SPEAKER    {gq['doc']} gold {gq.get('speaker')!r} got {name(best[1]) if best[1] else None!r}"
                f" ({method}): {gq['text'][:90]!r}"
            )
    return found / max(1, n), ok_spk / max(1, n)


def main() -> None:
    warehouse, gold_path = sys.argv[1], sys.argv[2]
    show = sys.argv[sys.argv.index("--misses") + 1] if "--misses" in sys.argv else None
    gold = json.loads(Path(gold_path).read_text())
    _, ents, by_doc, quotes = (_from_warehouse if "--warehouse-only" in sys.argv else _in_process)(warehouse)
    for half in ("tune", "held"):
        res = score_half(gold, half, ents, by_doc, quotes, show == half)
        print(half + ": " + " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in res.items()))


if __name__ == "__main__":
    main()
