"""``sitrep show event ID`` and ``sitrep show entity NAME``: a record with the evidence it rests on.

Evidence is the sentences it was read from, with the matched spans highlighted (the event's participants, or
the entity's own mentions, located by the offsets stored in ``curated.mentions``), and each sentence's article
title, outlet and date. An entity is found by its id, its canonical name or any alias, ignoring case and
accents ("diaz-canel" finds "Miguel Díaz-Canel"); failing that, by the words of the name.
"""

from __future__ import annotations

import argparse
import re

from sitrep.commands.common import fold, open_warehouse, usage_error
from sitrep.commands.render import Printer, highlight

CONTEXT_CHARS = 250  # at most this much text either side of a quote, to the sentence boundaries
MAX_REPORTS_PER_EVENT = 3  # evidence sentences shown per event in an entity's profile (all in `show event`)
_SENTENCE_START = re.compile(r"(?:[.!?][\"'”’)]*\s+|\n)")
# an event's evidence rows; `aligned` says the stored offsets point at the stored sentence (so mentions' offsets
# can be mapped into it)
REPORTS_SQL = (
    "select r.*, substring(a.body, r.start_char + 1, r.end_char - r.start_char) = r.sentence as aligned "
    "from analyst.event_reports r join curated.articles a using (article_id) where r.event_id = ? "
    "order by r.published_at nulls last, r.article_id, r.start_char limit ?"
)


def _heading(label: str, total: int, limit: int) -> str:
    """'Events (12, first 10 shown)': a section title with its count and how many are listed."""
    return f"{label} ({total}{f', first {limit} shown' if total > limit else ''})"


def _rows(con, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# --- lookups ------------------------------------------------------------------------------------------------
def find_event(con, key: str) -> str:
    """The event id KEY names exactly, or the one event whose id starts with KEY."""
    rows = con.execute(
        "select event_id from curated.events where event_id = ? or starts_with(event_id, ?) order by event_id",
        [key, key],
    ).fetchall()
    ids = [r[0] for r in rows]
    if key in ids:
        return key
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise usage_error(f"no event {key!r}; event ids look like evt_1a2b3c4d5e6f7a8b (see analyst.events)")
    raise usage_error(f"{len(ids)} events start with {key!r}: {', '.join(ids[:10])}{' …' if len(ids) > 10 else ''}")


def find_entities(con, key: str) -> list[dict]:
    """Entities KEY names (id, canonical name or any alias, accent- and case-insensitive), best first.

    Exact name matches win; otherwise every entity one of whose names contains all of KEY's words. Ties go to
    the entity seen in more articles.
    """
    rows = _rows(con, "select entity_id, canonical_name, entity_type, aliases, num_articles from curated.entities", [])
    by_id = [r for r in rows if r["entity_id"] == key]
    if by_id:
        return by_id
    want = fold(key).strip()
    words = set(re.findall(r"\w+", want))
    if not words:
        raise usage_error("give an entity name or id")
    exact, partial = [], []
    for r in rows:
        names = {fold(n) for n in [r["canonical_name"], *(r["aliases"] or [])]}
        if want in names:
            exact.append(r)
        elif any(words <= set(re.findall(r"\w+", n)) for n in names):
            partial.append(r)
    hits = exact or partial
    hits.sort(key=lambda r: (-(r["num_articles"] or 0), r["canonical_name"], r["entity_id"]))
    return hits


# --- evidence -----------------------------------------------------------------------------------------------
def sentence_spans(con, article_id: str, start: int, end: int, entity_ids: list[str]) -> list[tuple[int, int]]:
    """Mentions of ENTITY_IDS inside body[start:end] of the article, as offsets relative to START."""
    if not entity_ids or start is None or end is None:
        return []
    found = con.execute(
        "select start_char, end_char from curated.mentions where article_id = ? and start_char >= ? and end_char <= ? "
        "and entity_id in (select unnest(?::varchar[]))",
        [article_id, start, end, entity_ids],
    ).fetchall()
    return [(s - start, e - start) for s, e in found]


def text_spans(text: str, needles: list[str]) -> list[tuple[int, int]]:
    """Accent/case-insensitive occurrences of NEEDLES in TEXT (used when stored offsets do not apply)."""
    folded = fold(text)
    spans = []
    if len(folded) != len(text):  # folding changed the length: fall back to exact case-insensitive search
        folded = text.lower()
    for n in needles:
        n = fold(n) if len(fold(n)) == len(n) else n.lower()
        if len(n) < 3:
            continue
        spans += [(m.start(), m.end()) for m in re.finditer(r"\b" + re.escape(n) + r"\b", folded)]
    return spans


def quote_context(body: str, start: int, end: int, limit: int = CONTEXT_CHARS) -> tuple[int, int]:
    """(from, to) around body[start:end]: from the start of its sentence to the end of the sentence it ends in."""
    lo = max(0, start - limit)
    starts = [m.end() for m in _SENTENCE_START.finditer(body, lo, start)]
    begin = starts[-1] if starts else lo
    m = _SENTENCE_START.search(body, end, min(len(body), end + limit))
    stop = m.start() + 1 if m else min(len(body), end + limit)
    return begin, stop


def _report_header(p: Printer, r: dict, indent: int) -> None:
    date = r["published_at"].isoformat() if r.get("published_at") else "undated"
    rid = f", record {r['source_record_id']}" if r.get("source_record_id") else ""
    p.line(
        (r.get("article_title") or "(untitled)", "title"),
        (f" — {r.get('outlet') or 'outlet unknown'}, {date}", "meta"),
        (f"  article {r['article_id'][:16]}{rid}", "label"),
        indent=indent,
    )


def _actor(a: dict) -> str:
    extra = ", ".join(x for x in (a.get("country_iso3"), a.get("title")) if x)
    return f"{a['name']} ({extra})" if extra else a["name"]


def _event_line(e: dict) -> str:
    date = f"{e['event_date']} ({e['date_precision']})" if e["event_date"] else "undated"
    place = ", ".join(x for x in (e["location_name"], e["location_country_iso3"]) if x) or "place unknown"
    mode = f"/{e['event_mode']}" if e["event_mode"] else ""
    return f"{e['event_type']}{mode} · {e['event_status']} · {date} · {place}"


def _evidence(
    p: Printer, con, reports: list[dict], entity_ids: list[str], names: list[str], indent: int, place: str | None = None
) -> None:
    for r in reports:
        _report_header(p, r, indent)
        spans = []
        if r.get("aligned"):
            spans = sentence_spans(con, r["article_id"], r["start_char"], r["end_char"], entity_ids)
        if not spans:
            spans = text_spans(r["sentence"] or "", names)
        if place:
            spans += text_spans(r["sentence"] or "", [place])
        p.line(*highlight(r["sentence"] or "", spans), indent=indent + 2)


# --- show event ---------------------------------------------------------------------------------------------
def show_event(con, key: str, p: Printer) -> None:
    event_id = find_event(con, key)
    (e,) = _rows(con, "select * from analyst.events where event_id = ?", [event_id])
    p.line((_event_line(e), "title"))
    p.line((f"event {e['event_id']}", "id"), (f" · reported by {e['num_articles']} article(s), "
           f"{e['num_sources']} source(s) · confidence {e['confidence']:.2f}", "label"))  # fmt: skip
    actors = e["actors"] or []
    for role in ("source", "target", "participant"):
        group = [a for a in actors if a["event_role"] == role]
        if group:
            p.line((f"{role}: ", "label"), "; ".join(_actor(a) for a in group))
    if e["outlets"]:
        p.line(("outlets: ", "label"), ", ".join(e["outlets"]))
    if e["story_id"]:
        p.line(("story: ", "label"), (e["story_title"] or "", None), (f"  ({e['story_id'][:16]})", "label"))
    if e["summary"]:
        p.line(("summary: ", "label"), e["summary"])
    reports = _rows(con, REPORTS_SQL, [event_id, 1_000_000])
    p.blank()
    p.line((f"Evidence ({len(reports)} sentence{'s' if len(reports) != 1 else ''})", "heading"))
    ids = [a["entity_id"] for a in actors]
    _evidence(p, con, reports, ids, [a["name"] for a in actors], indent=2, place=e["location_name"])


# --- show entity --------------------------------------------------------------------------------------------
def show_entity(con, key: str, p: Printer, limit: int = 20) -> None:
    hits = find_entities(con, key)
    if not hits:
        raise usage_error(f"no entity named {key!r} (names and aliases are matched ignoring case and accents)")
    ent = hits[0]
    (prof,) = _rows(con, "select * from analyst.entity_profiles where entity_id = ?", [ent["entity_id"]])
    aliases = prof["aliases"] or []
    p.line((prof["canonical_name"], "title"), (f"  {prof['entity_type']}", "meta"), (f"  {prof['entity_id']}", "id"))
    p.line(("aliases: ", "label"), ", ".join(aliases) or "none")
    p.line(("role: ", "label"), prof["role"] or "unknown", ("   country: ", "label"), prof["country_iso3"] or "unknown")
    seen = " to ".join(str(d) for d in (prof["first_seen"], prof["last_seen"]) if d) or "no dated article"
    p.line(("articles: ", "label"), f"{len(prof['article_ids'])}", ("   seen: ", "label"), seen,
           ("   outlets: ", "label"), ", ".join(prof["outlets"]) or "unknown")  # fmt: skip
    if len(hits) > 1:
        others = "; ".join(f"{h['canonical_name']} ({h['entity_id']})" for h in hits[1:6])
        p.line(("also matches: ", "label"), others)

    names = [prof["canonical_name"], *aliases]
    articles = _rows(
        con,
        "select a.article_id, a.title as article_title, a.outlet, a.published_at, a.source_record_id, "
        "count(*) as mentions from curated.mentions m join curated.articles a using (article_id) "
        "where m.entity_id = ? group by all order by a.published_at nulls last, a.article_id limit ?",
        [prof["entity_id"], limit],
    )
    n_articles = len(prof["article_ids"])
    p.blank()
    p.line((_heading("Articles", n_articles, limit), "heading"))
    for a in articles:
        _report_header(p, a, indent=2)
        p.line((f"{a['mentions']} mention{'s' if a['mentions'] != 1 else ''}", "label"), indent=4)

    events = _rows(
        con,
        "select e.*, p.role as entity_role from analyst.events e join curated.event_participants p using (event_id) "
        "where p.entity_id = ? order by e.event_date nulls last, e.event_id limit ?",
        [prof["entity_id"], limit],
    )
    p.blank()
    p.line((_heading("Events", prof["num_events"], limit), "heading"))
    for e in events:
        others = [a for a in (e["actors"] or []) if a["entity_id"] != prof["entity_id"]]
        with_whom = "; ".join(f"{a['event_role']} {_actor(a)}" for a in others) or "no other party"
        p.line((_event_line(e), None), (f"  as {e['entity_role']}", "meta"), (f"  {e['event_id']}", "id"), indent=2)
        p.line(("with: ", "label"), with_whom, indent=4)
        reports = _rows(con, REPORTS_SQL, [e["event_id"], MAX_REPORTS_PER_EVENT])
        _evidence(p, con, reports, [prof["entity_id"]], names, indent=4)

    quotes = _rows(
        con,
        "select q.*, a.body from analyst.quotes q join curated.articles a using (article_id) "
        "where q.speaker_entity_id = ? order by q.published_at nulls last, q.article_id, q.start_char limit ?",
        [prof["entity_id"], limit],
    )
    p.blank()
    p.line((_heading("Quotes", prof["num_quotes"], limit), "heading"))
    for q in quotes:
        _report_header(p, q, indent=2)
        body = q["body"] or ""
        if q["start_char"] is not None and body[q["start_char"] : q["end_char"]] == q["text"]:
            lo, hi = quote_context(body, q["start_char"], q["end_char"])
            context = body[lo:hi]
            spans = sentence_spans(con, q["article_id"], lo, hi, [prof["entity_id"]]) or text_spans(context, names)
            spans.append((q["start_char"] - lo, q["end_char"] - lo, "quote"))
            p.line(*highlight(context, spans), indent=4)
        else:
            p.line(f"“{q['text']}”", indent=4)


def main(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise usage_error("--limit must be at least 1")
    con = open_warehouse(args.warehouse, wait=args.wait)
    try:
        p = Printer()
        if args.kind == "event":
            show_event(con, args.key, p)
        else:
            show_entity(con, args.key, p, args.limit)
    finally:
        con.close()
    return 0
