"""``sitrep search "text"``: ranked full-text search over article titles and bodies (BM25, computed in SQL).

DuckDB's ``fts`` extension is not used: it is downloaded at run time by ``INSTALL fts`` (no network here), the
only PyPI packages that ship it are built for other DuckDB versions (an extension loads only into the exact
version it was built for), and its index is a set of macros and tables a plain ``duckdb`` opener would trip
on. Instead the query's terms are matched with RE2 patterns over lower-cased titles and bodies (each letter a
class of its accented forms, so no text is folded at query time) and scored with Okapi BM25 in one SQL
statement: nothing to install, no index to keep in step with the articles, always the warehouse's current
state. One cheap pattern first keeps only the candidate articles. Cost grows with the text that contains the
words: on 20,000 articles (67 MB) that all contain them, about 3 s per word on the 2-core development machine;
a few hundred milliseconds on a few thousand articles.

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
# RE2 word edges that know accented letters (RE2's \b is ASCII-only and it has no look-around)
EDGE_BEFORE = r"(?:^|[^\pL\pN_])"
EDGE_AFTER = r"(?:[^\pL\pN_]|$)"
GAP = r"[^\pL\pN_]+"


def _accent_classes() -> dict[str, str]:
    """Each lower-case ASCII letter -> an RE2 class of it and the Latin letters that fold to it (a -> [aàáâ…])."""
    variants: dict[str, set[str]] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = fold(ch)
        if ch == ch.lower() and len(base) == 1 and base.isascii() and base.isalpha():
            variants.setdefault(base, set()).add(ch)
    return {b: "[" + b + "".join(sorted(v)) + "]" for b, v in variants.items()}


ACCENT_CLASSES = _accent_classes()

# BM25 over the articles. Only candidates (any term's letters present, accents allowed, checked by one cheap
# pattern) are counted; document frequencies over the candidates are exact since no other article matches.
# {tf} is one SELECT per term: each pattern is a bound constant, so RE2 compiles it once (a pattern read from a
# column would be compiled again for every row).
SEARCH_SQL = """
with stats as (
    select count(*) as n, avg(greatest(coalesce(word_count, 0), 1)) as avgdl from curated.articles
),
cand as materialized (
    select article_id, title, outlet, published_at, source_record_id, greatest(coalesce(word_count, 0), 1) as dl,
           lower(coalesce(title, '')) as t, lower(coalesce(body, '')) as b
    from curated.articles
    where regexp_matches(lower(coalesce(title, '') || ' ' || coalesce(body, '')), ?)
),
tf as (
    {tf}
),
df as (
    select term, count(*) filter (where w > 0) as df from tf group by term
)
select c.article_id, c.title, c.outlet, c.published_at, c.source_record_id,
       sum(ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
           * tf.w * (? + 1) / (tf.w + ? * (1 - ? + ? * tf.dl / stats.avgdl))) as score,
       count(*) filter (where tf.w > 0) as terms_matched
from tf
join df using (term)
join cand c using (article_id)
cross join stats
where tf.w > 0
group by all
order by score desc, c.published_at desc nulls last, c.article_id
limit ?
"""
TF_SQL = (
    "select article_id, {i} as term, dl, "
    "len(regexp_extract_all(b, ?)) + ? * len(regexp_extract_all(t, ?)) as w from cand"
)


def stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def parse_query(text: str) -> list[list[str]]:
    """The query as terms, each a list of folded words: one per word (stemmed), one per quoted phrase."""
    terms: list[list[str]] = []
    folded = fold(text)
    for phrase in _PHRASE.findall(folded):
        words = _WORD.findall(phrase)
        if words and words not in terms:
            terms.append(words)
    for word in _WORD.findall(_PHRASE.sub(" ", folded)):
        if [stem(word)] not in terms:
            terms.append([stem(word)])
    return terms


def _accented(word: str) -> str:
    return "".join(ACCENT_CLASSES.get(c, re.escape(c)) for c in word)


def sql_pattern(term: list[str], *, edges: bool = True) -> str:
    """RE2 pattern for a term over lower-cased, unfolded text (accented letters allowed)."""
    core = GAP.join(_accented(w) for w in term)
    if len(term) == 1:
        core += INFLECTIONS
    return f"{EDGE_BEFORE}{core}{EDGE_AFTER}" if edges else core


def py_pattern(term: list[str]) -> str:
    """Python pattern for a term over folded text (for snippets)."""
    core = r"\W+".join(re.escape(w) for w in term)
    return r"\b" + core + (INFLECTIONS if len(term) == 1 else "") + r"\b"


def search(con, text: str, limit: int = 10) -> list[dict]:
    """Ranked hits: article_id, title, outlet, published_at, source_record_id, score, terms_matched, snippet."""
    terms = parse_query(text)
    if not terms:
        raise usage_error("give at least one word to search for")
    probe = "|".join(sql_pattern(t, edges=False) for t in terms)
    sql = SEARCH_SQL.format(tf="\n    union all ".join(TF_SQL.format(i=i) for i in range(len(terms))))
    params: list = [probe]
    for t in terms:
        params += [sql_pattern(t), TITLE_WEIGHT, sql_pattern(t)]
    cur = con.execute(sql, [*params, K1, K1, B, B, limit])
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
            h["snippet"], h["spans"] = snippet(bodies.get(h["article_id"]) or "", [py_pattern(t) for t in terms])
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
