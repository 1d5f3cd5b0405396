"""``sitrep search "text"``: ranked full-text search over article titles and bodies (BM25, computed in SQL).

DuckDB's ``fts`` extension is not used: it is downloaded at run time by ``INSTALL fts`` (no network here), the
only PyPI packages that ship it are built for other DuckDB versions (an extension loads only into the exact
version it was built for), and its index is a set of macros and tables a plain ``duckdb`` opener would trip
on. Instead the query's terms are matched with regular expressions over accent-folded, lower-cased titles and
bodies and scored with Okapi BM25 in one SQL statement: nothing to install, no index to keep in step with the
articles, always the warehouse's current state. A scan costs about a second per 100k articles.

Terms: words (accent- and case-insensitive), each also matching its plain inflections ("embargo" finds
"embargoes", "sanctions" finds "sanctioned"); "a quoted phrase" must appear as written. A title hit counts
``TITLE_WEIGHT`` times a body hit.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from sitrep.commands.common import fold, fold_with_offsets, open_warehouse, usage_error
from sitrep.commands.render import Printer, highlight

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 2.0
SNIPPET_CHARS = 220
SUFFIXES = ("ing", "es", "ed", "s")  # folded off a query word (stem kept >= MIN_STEM letters) ...
MIN_STEM = 4
INFLECTIONS = "(?:s|es|ed|d|e|ing)?"  # ... and allowed back on every match
_WORD = re.compile(r"\w+")
_PHRASE = re.compile(r'"([^"]+)"')

SEARCH_SQL = """
with terms as (
    select unnest(?::varchar[]) as pattern
),
docs as (
    select article_id, title, outlet, published_at, source_record_id, greatest(coalesce(word_count, 0), 1) as dl,
           lower(strip_accents(coalesce(title, ''))) as t, lower(strip_accents(coalesce(body, ''))) as b
    from curated.articles
),
stats as (
    select count(*) as n, avg(dl) as avgdl from docs
),
tf as (
    select d.article_id, terms.pattern, d.dl,
           len(regexp_extract_all(d.b, terms.pattern)) + ? * len(regexp_extract_all(d.t, terms.pattern)) as w
    from docs d, terms
),
df as (
    select pattern, count(*) filter (where w > 0) as df from tf group by pattern
)
select d.article_id, d.title, d.outlet, d.published_at, d.source_record_id,
       sum(ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
           * tf.w * (? + 1) / (tf.w + ? * (1 - ? + ? * tf.dl / stats.avgdl))) as score,
       count(*) filter (where tf.w > 0) as terms_matched
from tf
join df using (pattern)
join docs d using (article_id)
cross join stats
where tf.w > 0
group by all
order by score desc, d.published_at desc nulls last, d.article_id
limit ?
"""


def stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def parse_query(text: str) -> list[str]:
    """RE2 patterns (over folded text) for the query: one per word, one per quoted phrase."""
    patterns = []
    folded = fold(text)
    for phrase in _PHRASE.findall(folded):
        words = _WORD.findall(phrase)
        if words:
            patterns.append(r"\b" + r"\W+".join(words) + r"\b")
    rest = _PHRASE.sub(" ", folded)
    for word in _WORD.findall(rest):
        pattern = r"\b" + stem(word) + INFLECTIONS + r"\b"
        if pattern not in patterns:
            patterns.append(pattern)
    return patterns


def search(con, text: str, limit: int = 10) -> list[dict]:
    """Ranked hits: article_id, title, outlet, published_at, source_record_id, score, terms_matched, snippet."""
    patterns = parse_query(text)
    if not patterns:
        raise usage_error("give at least one word to search for")
    cur = con.execute(SEARCH_SQL, [patterns, TITLE_WEIGHT, K1, K1, B, B, limit])
    cols = [d[0] for d in cur.description]
    hits = [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    if hits:
        bodies = dict(
            con.execute(
                "select article_id, body from curated.articles where article_id in (select unnest(?::varchar[]))",
                [[h["article_id"] for h in hits]],
            ).fetchall()
        )
        for h in hits:
            h["score"] = round(float(h["score"]), 4)
            h["snippet"], h["spans"] = snippet(bodies.get(h["article_id"]) or "", patterns)
    return hits


def snippet(body: str, patterns: list[str], width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``body`` around its first match, and the matched spans within it (offsets into the window)."""
    folded, where = fold_with_offsets(body)
    spans = []
    for p in patterns:
        for m in re.finditer(p, folded):
            if m.end() > m.start():
                spans.append((where[m.start()], where[m.end() - 1] + 1))
    if not spans:
        text = " ".join(body[:width].split())
        return text + ("…" if len(body) > width else ""), []
    spans.sort()
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start:
        start = body.find(" ", start, first) + 1 or start
    end = min(len(body), start + width)
    if end < len(body):
        cut = body.rfind(" ", spans[0][1], end)
        end = cut if cut > 0 else end
    window = body[start:end]
    prefix = "…" if start else ""
    suffix = "…" if end < len(body) else ""
    # collapse whitespace, keeping the spans aligned
    text, pos_map = [], {}
    for i, ch in enumerate(window):
        if ch.isspace() and text and text[-1] == " ":
            pos_map[i] = len(text) - 1 + len(prefix)
            continue
        pos_map[i] = len(text) + len(prefix)
        text.append(" " if ch.isspace() else ch)
    rel = []
    for s, e in spans:
        if s >= start and e <= end:
            rel.append((pos_map[s - start], pos_map[e - 1 - start] + 1))
    return prefix + "".join(text) + suffix, rel


def main(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise usage_error("--limit must be at least 1")
    con = open_warehouse(args.warehouse, wait=args.wait)
    try:
        hits = search(con, args.text, args.limit)
    finally:
        con.close()
    if args.format == "json":
        out = [{k: v for k, v in h.items() if k != "spans"} for h in hits]
        json.dump(out, sys.stdout, default=str, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if args.format == "csv":
        import csv

        cols = ["rank", "score", "article_id", "published_at", "outlet", "title", "source_record_id", "snippet"]
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        for i, h in enumerate(hits, start=1):
            w.writerow([i] + [h.get(c) for c in cols[1:]])
        return 0
    p = Printer()
    if not hits:
        p.line(f"no article matches {args.text!r}")
        return 0
    for i, h in enumerate(hits, start=1):
        date = h["published_at"].isoformat() if h["published_at"] else "undated"
        meta = f"{date}, {h['outlet'] or 'outlet unknown'}"
        p.line((f"{i}. ", None), (h["title"] or "(untitled)", "title"), (f"  ({meta})", "meta"))
        rid = f"  record {h['source_record_id']}" if h["source_record_id"] else ""
        p.line((f"article {h['article_id']}{rid}  score {h['score']:.3f}", "label"), indent=3)
        p.line(*highlight(h["snippet"], h["spans"]), indent=3)
    return 0
