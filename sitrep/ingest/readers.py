"""Readers per format: plain text, HTML pages, JSON / JSON Lines records -> article field dicts.

Each reader returns article fields (title, outlet, author, published_at, language, body, word_count, removed,
plus extras) or raises :class:`RecordError` with a precise reason. Identity (article_id, document_id,
source_uri) is added by :mod:`sitrep.ingest` which knows the file.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

from sitrep.ingest.boilerplate import clean_lines, norm
from sitrep.ingest.dates import find_dates, url_date
from sitrep.ingest.decode import clean_control, looks_like_html
from sitrep.ingest.local_day import local_publication_day
from sitrep.ingest.metadata import (
    author_from_header,
    dateline_of,
    detect_language,
    outlet_from_header,
    published_from_text,
    split_title,
    word_count,
)
from sitrep.ingest.record_dates import mail_date, page_published, published_value

MAX_TITLE_CHARS = 500
MAX_SENTENCE_TITLE_CHARS = 200  # a title made from a record's first sentence is cut at a word boundary past this
# a period after one of these (or after a single letter: "Ryan C. Berg") does not end a sentence
TITLE_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "pres",
    "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "corp", "co", "dept", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u",
})  # fmt: skip
MAX_HTML_ELEMENTS = 50_000  # real article pages have a few thousand; page extraction time grows faster than size


class RecordError(ValueError):
    """A document or record that cannot become an article; the message is the quarantine reason."""


def _finish(title: str, body: str, removed: list[dict], **meta) -> dict:
    """Common tail: checks, language and word count."""
    title = " ".join((title or "").split())[:MAX_TITLE_CHARS]
    body = body.strip()
    if not body:
        what = "HTML page" if meta.get("media") == "text/html" else "article"
        raise RecordError(
            f"{what} has no body text left after removing boilerplate ({len(removed)} lines removed)"
            if removed
            else f"{what} has no body text"
        )
    meta.pop("media", None)
    return {
        "title": title,
        "body": body,
        "removed": removed,
        "language": meta.pop("language", None) or detect_language(f"{title}\n{body}"),
        "word_count": word_count(body),
        **meta,
    }


# --- plain text ---------------------------------------------------------------------------------------------
def text_article(text: str) -> dict:
    """A plain-text article: optional outlet line, title line, optional byline, body (boilerplate removed)."""
    text = clean_control(text)
    if not text.strip():
        raise RecordError("empty text (only whitespace)")
    text, lead_urls = _leading_urls(text)
    outlet_line, title, rest = split_title(text)
    if not rest.strip():
        raise RecordError("no article body after the title line")
    cleaned = clean_lines(rest, title)
    cleaned.header["urls"] = lead_urls + cleaned.header.get("urls", [])
    removed = [{"text": u, "reason": "url line", "line": -1} for u in lead_urls] + cleaned.removed
    if outlet_line:
        removed = [{"text": outlet_line, "reason": "outlet line", "line": -1}, *removed]
    dateline = dateline_of(cleaned.body)
    published, how = published_from_text(cleaned.header, dateline, full_text=text)
    return _finish(
        title,
        cleaned.body,
        removed,
        outlet=outlet_line or outlet_from_header(cleaned.header),
        author=author_from_header(cleaned.header),
        published_at=published,
        published_source=how,
        dateline=_dateline_extra(dateline),
        url=(cleaned.header.get("urls") or [None])[0],
        title_source="first_line",
    )


_URL_LINE = re.compile(r"^\s*https?://\S+\s*$")


def _leading_urls(text: str) -> tuple[str, list[str]]:
    """Text without URL lines before the title (saved pages often start with the address), and those URLs."""
    lines = text.split("\n")
    urls = []
    k = 0
    while k < len(lines) and (not lines[k].strip() or _URL_LINE.match(lines[k])):
        if lines[k].strip():
            urls.append(lines[k].strip())
        k += 1
    return ("\n".join(lines[k:]), urls) if urls else (text, [])


def _dateline_extra(d: dict | None) -> dict | None:
    if not d:
        return None
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in d.items()}


# --- HTML ---------------------------------------------------------------------------------------------------
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})""", re.I)


def declared_charset(data: bytes) -> str | None:
    """Encoding named in an HTML meta tag, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def html_article(html: str, url: str | None = None) -> dict:
    """A saved article page: main text and metadata by trafilatura, then the text boilerplate rules."""
    import trafilatura

    html = clean_control(html)
    n_elements = _count_elements(html)
    if n_elements > MAX_HTML_ELEMENTS:
        raise RecordError(f"HTML page has {n_elements:,} elements, over the {MAX_HTML_ELEMENTS:,}-element limit")
    try:
        meta = trafilatura.extract_metadata(
            html, default_url=url, date_config={"extensive_search": False, "original_date": True}
        )
        text = trafilatura.extract(
            html,
            url=url,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            with_metadata=False,
        )
    except Exception as exc:  # noqa: BLE001 - a malformed page must become a reason, not a crash
        raise RecordError(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    m = meta.as_dict() if meta is not None else {}
    url = url or m.get("url") or _saved_from(html)
    if not text or not text.strip():
        raise RecordError("HTML page has no extractable article text")
    title = (m.get("title") or "").strip()
    title_source = "html_metadata"
    if not title:
        first, _, rest = text.strip().partition("\n")
        title, text, title_source = first.strip(), rest, "first_line"
    cleaned = clean_lines(text, title)
    removed = _html_chrome(html, text) + cleaned.removed
    published, how = parse_published(m.get("date")), "html metadata"
    if published is None:
        published, how = published_from_text(
            cleaned.header, dateline_of(cleaned.body), [u for u in (m.get("url"), url) if u], full_text=text
        )
    return _finish(
        title,
        cleaned.body,
        removed,
        media="text/html",
        outlet=(m.get("sitename") or "").strip() or outlet_from_header(cleaned.header),
        author=(m.get("author") or "").strip() or author_from_header(cleaned.header),
        published_at=published,
        published_source=how if published else None,
        url=url,
        dateline=_dateline_extra(dateline_of(cleaned.body)),
        title_source=title_source,
    )


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)


def _saved_from(html: str) -> str | None:
    """The address a browser wrote into a saved page ("<!-- saved from url=(0052)https://... -->")."""
    m = _SAVED_FROM.search(html[:2000])
    return m.group(1) if m and m.group(1).startswith("http") else None


def _count_elements(html: str) -> int:
    """Number of element start tags (a cheap upper bound on the page's tree size)."""
    return len(_START_TAG.findall(html))


_START_TAG = re.compile(r"<[A-Za-z]")


def _html_chrome(html: str, kept_text: str, limit: int = 200, max_scan: int = 20_000) -> list[dict]:
    """Audit of page text that trafilatura left out (menus, footers, comments, captions), block by block."""
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001
        return []
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    kept = norm(kept_text)
    out: list[dict] = []
    seen: set[str] = set()
    for scanned, el in enumerate(
        tree.iter("p", "li", "h1", "h2", "h3", "h4", "figcaption", "td", "footer", "nav", "a", "span")
    ):
        if scanned >= max_scan:
            break
        txt = " ".join(el.text_content().split())
        n = norm(txt)
        if len(n) < 3 or n in seen or n in kept:
            continue
        seen.add(n)
        out.append({"text": txt[:500], "reason": f"html: outside the main content (<{el.tag}>)", "line": None})
        if len(out) >= limit:
            break
    return out


# --- JSON / JSON Lines records -------------------------------------------------------------------------------
#: field names of a JSON record, first present wins (the publish date: record_dates.published_value)
FIELDS = {
    "title": ("title", "headline", "name"),
    "body": ("body", "text", "content", "article", "full_text", "maintext", "html", "raw_html"),
    "url": ("url", "link", "source_url", "canonical_url", "uri"),
    "outlet": ("outlet", "source", "site_name", "sitename", "publisher", "site", "source_name", "domain"),
    "author": ("author", "authors", "byline", "creator"),
    "id": ("id", "_id", "article_id", "uid", "guid", "doc_id"),
    "language": ("language", "lang"),
}
_LIST_KEYS = ("articles", "items", "records", "data", "documents", "results", "docs")


def _field(rec: dict, name: str):
    """The first present field of ``FIELDS[name]``, its key compared in any case ('Title', 'BODY')."""
    folded: dict[str, object] = {}
    for k, v in rec.items():
        folded.setdefault(str(k).lower(), v)
    for key in FIELDS[name]:
        if folded.get(key) not in (None, "", [], {}):
            return folded[key]
    return None


def _as_text(value) -> str | None:
    """A string from a field that may be a string, a list of strings, or an object with a name."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("title") or value.get("id"))
    if isinstance(value, list):
        parts = [t for v in value if (t := _as_text(v))]
        return ", ".join(parts) or None
    return None


def parse_published(value) -> dt.date | None:
    """A record's published field: ISO date/datetime, epoch seconds/milliseconds, or a written complete date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        secs = value / 1000 if value > 1e11 else value
        if 0 < secs < 4.2e9:
            return dt.datetime.fromtimestamp(secs, tz=dt.UTC).date()
        return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    dates = find_dates(s)
    if dates:
        return dates[0][0]
    return mail_date(s) if "," in s else None


def record_article(rec) -> dict:
    """One JSON record -> article fields. Needs a body/text; a missing title is made from the body's first
    sentence (``title_source`` = ``first_sentence``); the rest is optional. The record's ``id`` is kept as
    ``source_record_id``."""
    if not isinstance(rec, dict):
        raise RecordError(f"record is a JSON {type(rec).__name__}, not an object")
    title = _field(rec, "title")
    body = _field(rec, "body")
    if title is None and body is None:
        raise RecordError("record has neither title nor body/text")
    if title is not None and not isinstance(title, str):
        raise RecordError(f"record title is a {type(title).__name__}, not a string")
    if body is None:
        raise RecordError("record has an empty body (no body/text field with content)")
    if not isinstance(body, str):
        raise RecordError(f"record body is a {type(body).__name__}, not a string")
    body = clean_control(body)
    if looks_like_html(body):
        body = _html_fragment_text(body)
    title = clean_control(title or "").strip()
    cleaned = clean_lines(body, title)
    title_source = "record_field"
    if not title:
        title, title_source = first_sentence(cleaned.body), "first_sentence"
    url = _as_text(_field(rec, "url"))
    raw_published = published_value(rec)
    published = parse_published(raw_published)
    how = "record field" if published else None
    if published and (local := local_publication_day(raw_published, title, cleaned.body)):
        published, how = local, "record field, the day where the story happens"
    if published is None and (published := page_published(rec)):
        how = "html metadata"
    if published is None:
        published, how = published_from_text(
            cleaned.header, dateline_of(cleaned.body), [url] if url else [], full_text=body
        )
    lang = _as_text(_field(rec, "language"))
    return _finish(
        title,
        cleaned.body,
        cleaned.removed,
        outlet=_as_text(_field(rec, "outlet")) or outlet_from_header(cleaned.header),
        author=_as_text(_field(rec, "author")) or author_from_header(cleaned.header),
        published_at=published,
        published_source=how,
        language=lang.lower()[:2] if lang and re.fullmatch(r"[A-Za-z]{2}([-_][A-Za-z]{2})?", lang) else None,
        url=url,
        source_record_id=_as_text(_field(rec, "id")),
        title_source=title_source,
        dateline=_dateline_extra(dateline_of(cleaned.body)),
    )


_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_LAST_TOKEN = re.compile(r"(\S+?)[.!?…]+[\"'”’)\]]*$")


def first_sentence(text: str, max_chars: int = MAX_SENTENCE_TITLE_CHARS) -> str:
    """The first sentence of a text (within its first line), for a record that has a body and no title.

    A period after a known abbreviation or a single letter does not end it; a long sentence is cut at a word
    boundary and marked with an ellipsis.
    """
    line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    end = len(line)
    for m in _SENTENCE_END.finditer(line):
        tok = _LAST_TOKEN.search(line[: m.end()])
        word = (tok.group(1) if tok else "").lstrip("\"'“‘(").lower()
        if m.group().startswith(".") and ((len(word) == 1 and word.isalpha()) or word in TITLE_ABBREVIATIONS):
            continue
        end = m.end()
        break
    sentence = " ".join(line[:end].split())
    if len(sentence) <= max_chars:
        return sentence
    cut = sentence[:max_chars].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML body field (scraper exports), paragraphs kept as lines."""
    import trafilatura

    text = trafilatura.extract(
        f"<html><body><article>{fragment}</article></body></html>",
        output_format="txt",
        include_comments=False,
        deduplicate=False,
        favor_recall=True,
    )
    if text:
        return text
    import lxml.html

    return "\n".join(" ".join(p.split()) for p in lxml.html.fromstring(fragment).itertext() if p.strip())


def iter_jsonl(text: str) -> Iterator[tuple[int, dict | None, str | None, str]]:
    """(line number, parsed record or None, error or None, raw line) for each non-blank line of JSON Lines."""
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line), None, line
        except json.JSONDecodeError as exc:
            yield n, None, f"invalid JSON ({exc.msg} at column {exc.colno})", line
        except RecursionError:
            yield n, None, "invalid JSON (nested too deeply)", line


def json_records(text: str) -> tuple[list, bool]:
    """(records, single) of a .json file: an array, an object holding an array, or one object (single=True)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from exc
    except RecursionError as exc:
        raise RecordError("invalid JSON (nested too deeply)") from exc
    if isinstance(data, list):
        return data, False
    if isinstance(data, dict):
        for key in _LIST_KEYS:
            if isinstance(data.get(key), list):
                return data[key], False
        return [data], True
    raise RecordError(f"JSON top level is a {type(data).__name__}, expected an object or an array of objects")


__all__ = [
    "RecordError",
    "declared_charset",
    "first_sentence",
    "html_article",
    "iter_jsonl",
    "json_records",
    "parse_published",
    "record_article",
    "text_article",
    "url_date",
]
