"""Mention rows for group actors where they are written, not only where an event names them.

A group actor ('the Sudanese army', "Sudan's army", 'the protesters', 'armed opposition') is an entity of its own
(``group_rows``: one per group and country) once an event carries it, but it had a mention row only at the
phrase an event took it from: the same army named two sentences on ('the army said ...') was no mention of it, and
a reader (or a scorer) who knows the group by that name found nothing there. Each phrase of a group noun an article
writes (``event_arg_groups.group_actor``) becomes a mention row of the group's entity when that entity is an event
participant somewhere in the corpus: with the country its own words give ('Sudanese army': Sudan), else with the one
country the article's events give that group ('the army' where the events' army is Sudan's); a side named by a
collective head ('armed opposition groups') is a mention by its side's words too ('armed opposition'). A noun inside
a name (the 'Police' of 'Queensland Police') is the name's, not a group's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sitrep.extract.doc_text import doc_text
from sitrep.extract.event_arg_groups import SIDE_HEADS, group_actor
from sitrep.extract.group_rows import group_entity_id, unarticled

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: parts of speech of a group noun
_NOUNS = {"NOUN", "PROPN"}


def doc_group_phrases(doc: Doc, mentions: list[dict]) -> list[dict]:
    """The group phrases of one article: ``{group, country_iso3 (its own words'), phrase, phrase_start,
    end_char}``, for nouns no mention covers."""
    covered = {i for m in mentions for i in range(m["start_char"], m["end_char"])}
    out = []
    for tok in doc:
        if tok.pos_ not in _NOUNS or tok.idx in covered:
            continue
        actor = group_actor(tok)
        if actor is None or actor.get("placed") or actor.get("regional") or "phrase_start" not in actor:
            continue
        row = {
            "group": actor["group"],
            "country_iso3": actor.get("country_iso3"),
            "phrase": actor["phrase"],
            "phrase_start": actor["phrase_start"],
            "end_char": actor["end_char"],
        }
        out.append(row)
        side = doc[tok.i - 1] if tok.i > 0 else None
        if tok.lemma_.lower() in SIDE_HEADS and side is not None and row["phrase_start"] < side.idx:
            end = side.idx + len(side.text)  # 'armed opposition groups': the side is named 'armed opposition' too
            out.append({**row, "phrase": doc_text(doc)[row["phrase_start"] : end], "end_char": end})
    return out


def _article_countries(analysis: dict) -> dict[str, set[str | None]]:
    """group name -> the countries the article's event candidates give it."""
    out: dict[str, set[str | None]] = defaultdict(set)
    for cand in analysis.get("event_candidates", []):
        for p in cand["participants"]:
            if p.get("group") and not p.get("named"):
                out[p["group"]].add(p.get("country_iso3"))
    return out


def phrase_mentions(analyses: Iterable[dict], used: set[str], written: list[dict]) -> list[dict]:
    """curated.mentions rows for the group phrases (``doc_group_phrases``) of entities in ``used``, except where a
    group row of ``written`` (an event's own phrase) has the same span."""
    taken = {(r["article_id"], r["start_char"], r["end_char"]) for r in written}
    rows: dict[tuple[str, int], dict] = {}
    for a in analyses:
        phrases = a.get("group_phrases") or []
        if not phrases:
            continue
        countries = _article_countries(a)
        for g in phrases:
            iso3 = g["country_iso3"]
            if iso3 is None:
                given = countries.get(g["group"], set())
                if len(given) != 1:
                    continue
                iso3 = next(iter(given))
            eid = group_entity_id(g["group"], iso3)
            surface, start = unarticled(g["phrase"], g["phrase_start"])
            key = (a["article_id"], start, g["end_char"])
            if eid not in used or key in taken:
                continue
            rows.setdefault(
                key,
                {
                    "article_id": a["article_id"],
                    "entity_id": eid,
                    "surface": surface,
                    "start_char": start,
                    "end_char": g["end_char"],
                },
            )
    return [rows[k] for k in sorted(rows)]
