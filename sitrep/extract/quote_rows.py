"""Quote rows of the warehouse: speaker entity, attribution, and one ``quote_group_id`` per quotation repeated
across articles.

A speaker found as a mention takes that mention's entity. A state body speaking for its country with no mention
of that country in the article ('the State Department said') takes the country's entity when the corpus has
one. Quotes are grouped when their normalised words are the same (or one is contained in the other, for a
republication that cut a sentence) and their speakers are compatible: the same entity, or one side unknown.
The group id is the quote id of the group's earliest member (by article id, then offset), so it is stable.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from sitrep.extract import gazetteer

#: shorter quotes than this are grouped only when their words are the same (a two-word fragment is too common)
MIN_CONTAINED_WORDS = 6


def quote_id_for(article_id: str, start_char: int) -> str:
    return "quo_" + hashlib.sha256(f"{article_id}|{start_char}".encode()).hexdigest()[:16]


def normalise(text: str) -> str:
    """Lower-case words without accents or punctuation: what two republications of a quote share."""
    s = text or ""
    if not s.isascii():  # NFKD leaves ASCII as it is and it has no combining marks: the fast path
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("’", "'")
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def _country_entities(entity_rows: list[dict]) -> dict[str, str]:
    """ISO3 -> entity id of the country itself (not a city in it)."""
    out: dict[str, str] = {}
    for e in sorted(entity_rows, key=lambda e: (-(e.get("num_articles") or 0), e["entity_id"])):
        iso = e.get("country_iso3")
        if e.get("entity_type") == "GPE" and iso and gazetteer.country_iso3(e["canonical_name"]) == iso:
            out.setdefault(iso, e["entity_id"])
    return out


def quote_rows(analyses: list[dict], mention_entity: dict[tuple[str, int], str], entity_rows: list[dict]) -> list[dict]:
    """Contract rows of curated.quotes (with the extra attribution columns) for every analysed article."""
    countries = _country_entities(entity_rows)
    rows = []
    for a in analyses:
        for q in a.get("quotes", []):
            speaker = q.get("speaker_mention_idx")
            entity = mention_entity.get((a["article_id"], speaker)) if speaker is not None else None
            if entity is None and q.get("speaker_country_iso3"):
                entity = countries.get(q["speaker_country_iso3"])
            rows.append(
                {
                    "quote_id": quote_id_for(a["article_id"], q["start_char"]),
                    "article_id": a["article_id"],
                    "speaker_entity_id": entity,
                    "text": q["text"],
                    "start_char": q["start_char"],
                    "end_char": q["end_char"],
                    "speaker_method": q.get("speaker_method")
                    if entity or q.get("speaker_method") == "unresolved"
                    else None,
                    "attribution": q.get("attribution"),
                    "attribution_start_char": q.get("attribution_start"),
                    "attribution_end_char": q.get("attribution_end"),
                }
            )
    return assign_groups(rows)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


_GRAM = 4  # words of the n-grams the containment index keys on (MIN_CONTAINED_WORDS - 2 at most)


class _ContainmentIndex:
    """Groups of MIN_CONTAINED_WORDS words or more, found by the word n-grams one text must share with another
    that contains it (so each quote is compared with a few candidates, not with every group so far).

    When a text of six words or more lies inside another, its inner words (all but the first and last, which
    may be cut mid-word) are whole, consecutive words of the other: a group containing the quote holds the
    quote's first inner n-gram; a group the quote contains has its own first inner n-gram among the quote's."""

    def __init__(self) -> None:
        self._all_grams: dict[tuple[str, ...], list[int]] = {}  # every n-gram of a group -> groups
        self._inner: dict[tuple[str, ...], list[int]] = {}  # a group's first inner n-gram -> groups

    def add(self, gid: int, toks: list[str]) -> None:
        for i in range(len(toks) - _GRAM + 1):
            self._all_grams.setdefault(tuple(toks[i : i + _GRAM]), []).append(gid)
        self._inner.setdefault(tuple(toks[1 : 1 + _GRAM]), []).append(gid)

    def candidates(self, toks: list[str]) -> list[int]:
        """Groups that may contain the text or lie inside it, in the order they were made."""
        found = set(self._all_grams.get(tuple(toks[1 : 1 + _GRAM]), ()))
        for i in range(len(toks) - _GRAM + 1):
            found.update(self._inner.get(tuple(toks[i : i + _GRAM]), ()))
        return sorted(found)


def assign_groups(rows: list[dict]) -> list[dict]:
    """Set ``quote_group_id`` on every row (see module doc); rows keep their order."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["article_id"], rows[i]["start_char"]))
    groups: list[dict] = []  # {id, words, speaker, articles}, in the order they were made
    by_words: dict[str, list[dict]] = {}
    long_groups = _ContainmentIndex()
    for i in order:
        r = rows[i]
        words = normalise(r["text"])
        toks = words.split()
        spk = r.get("speaker_entity_id")
        group = next(
            (
                g
                for g in by_words.get(words, [])
                if _compatible(g["speaker"], spk) and r["article_id"] not in g["articles"]
            ),
            None,
        )
        if group is None and len(toks) >= MIN_CONTAINED_WORDS:
            group = next(
                (
                    g
                    for g in (groups[k] for k in long_groups.candidates(toks))
                    if (words in g["words"] or g["words"] in words)
                    and _compatible(g["speaker"], spk)
                    and r["article_id"] not in g["articles"]
                ),
                None,
            )
        if group is None:
            group = {"id": r["quote_id"], "words": words, "speaker": spk, "articles": set()}
            if len(toks) >= MIN_CONTAINED_WORDS:
                long_groups.add(len(groups), toks)
            groups.append(group)
            by_words.setdefault(words, []).append(group)
        group["articles"].add(r["article_id"])
        group["speaker"] = group["speaker"] or spk
        r["quote_group_id"] = group["id"]
    return rows
