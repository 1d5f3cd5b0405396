"""Merged events whose reports place them in different countries: how the stored place and a few alternative
choices fare against the gold (counts only, no text; safe on held-out halves).

usage (from the project root):
    .venv/bin/python bench/place_votes.py WAREHOUSE GOLD_JSON [WAREHOUSE GOLD_JSON ...]

For each main gold event found (every resolved gold actor in one event of the gold type with evidence in the
event's documents), the events scored like ../shared/bin/evaluate.py are taken; for each, the places its reports
(the candidates behind its evidence) give in their own sentence, the story or the discourse (not a dateline) are
read. An event whose reports name two or more countries is a conflict; for it the script prints whether the
stored country is the gold one and whether each alternative would be:

- rank: the existing choice (the best place source: sentence, then discourse / story; then the most frequent);
- articles: each article votes for the country of its best-ranked report; most votes wins, ties by rank;
- parties: as articles, but a tie goes to a country one of the event's parties belongs to;
- party-first: a country none of the parties belongs to yields to one that a party belongs to.

Dates the same way: a multi-article event whose reports give two or more days is a date conflict; the stored day
and the day most articles give (each article's own choice, ``report_clusters.Cluster.date``; a tie keeps the
merged choice) are scored against the gold day.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from duplicate_pairs import Stored
from miss_causes import resolved_events

from sitrep.extract.report_clusters import Cand, Cluster

RANK = {"sentence": 0, "discourse": 1, "story": 1}


def _best(cands: list[dict]) -> str | None:
    placed = [c for c in cands if c.get("location_country_iso3") and c.get("place_source") in RANK]
    if not placed:
        return None
    top = min(RANK[c["place_source"]] for c in placed)
    pool = [c["location_country_iso3"] for c in placed if RANK[c["place_source"]] == top]
    return Counter(pool).most_common(1)[0][0]


def _choices(wh: Stored, e: str) -> dict[str, str | None]:
    by_article: dict[str, list[dict]] = {}
    for (aid, _, _), c in zip(wh.spans[e], wh.cands[e], strict=False):
        by_article.setdefault(aid, []).append(c)
    rank = _best(wh.cands[e])
    votes = Counter(v for cs in by_article.values() if (v := _best(cs)))
    parties = {wh.country.get(x) for x in wh.parts[e]} - {None}
    top = [k for k, n in votes.items() if n == max(votes.values())] if votes else []
    articles = top[0] if len(top) == 1 else rank
    own = [k for k in top if k in parties]
    party_tie = top[0] if len(top) == 1 else (own[0] if len(own) == 1 else rank)
    placed = {
        c["location_country_iso3"]
        for c in wh.cands[e]
        if c.get("place_source") in RANK and c.get("location_country_iso3")
    }
    in_party = [c for c in wh.cands[e] if c.get("place_source") in RANK and c.get("location_country_iso3") in parties]
    party_first = rank if rank in parties or not in_party else _best(in_party)
    return {"rank": rank, "articles": articles, "parties": party_tie, "party-first": party_first, "n": len(placed)}


def _dates(wh: Stored, e: str) -> tuple[int, str | None, str | None]:
    """(days the reports give, the merged choice, the day most articles give)."""
    members = [
        Cand(aid, c, frozenset(), frozenset(), {}, None, None)
        for (aid, _, _), c in zip(wh.spans[e], wh.cands[e], strict=False)
    ]
    days = {m.cand["event_date"] for m in members if m.cand.get("event_date") and m.cand.get("date_precision") == "day"}
    merged = Cluster(members).date()[0]
    votes = Counter(
        Cluster([m for m in members if m.article_id == aid]).date()[0] for aid in {m.article_id for m in members}
    )
    votes.pop(None, None)
    top = [d for d, n in votes.items() if n == max(votes.values())] if votes else []
    return len(days), merged, top[0] if len(top) == 1 else merged


def main(argv: list[str]) -> int:
    tally: Counter = Counter()
    for wh_path, gold_path in zip(argv[1::2], argv[2::2], strict=True):
        wh, gold = Stored(Path(wh_path)), json.loads(Path(gold_path).read_text(encoding="utf-8"))
        for ge, actors, docs in resolved_events(wh, gold):
            want = (ge.get("location") or {}).get("country")
            for e in wh.events:
                if not (set(actors) <= wh.parts[e] and wh.docs[e] & docs and wh.score(ge, e)[0]):
                    continue
                ch = _choices(wh, e)
                arts = len({a for a, _, _ in wh.spans[e]})
                kind = ("multi-article" if arts > 1 else "one article") + (" conflict" if ch["n"] > 1 else "")
                tally[kind] += 1
                n_days, merged, voted = _dates(wh, e)
                if arts > 1 and n_days > 1:
                    day = (ge.get("date") or "")[:10] if ge.get("date_precision") == "day" else None
                    tally[f"multi-article date conflict: merged day right {merged == day}"] += 1
                    tally[f"multi-article date conflict: article vote right {voted == day}"] += 1
                if ch["n"] > 1:
                    stored = wh.events[e][4] == want
                    tally[f"{kind}: stored country right {stored}"] += 1
                    for k in ("rank", "articles", "parties", "party-first"):
                        tally[f"{kind}: {k} right {ch[k] == want}"] += 1
    for k, n in sorted(tally.items()):
        print(f"{k}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
