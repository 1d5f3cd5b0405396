"""Why gold main events are not fully right: counts of causes, for one warehouse scored against one gold.

usage (from the project root):
    .venv/bin/python bench/miss_causes.py WAREHOUSE GOLD_JSON

The causes follow the matching of the acceptance scorer (../shared/bin/evaluate.py): a gold entity resolves to
the entity most of its alias mentions in its documents point to; a gold event is found when an event with
evidence in its documents carries every resolved gold actor, and fully right when the best such event has the
type, the date (at the gold precision) and the place. A gold event that is not found is put in one class:

- `unresolved actor`: a gold actor resolves to no entity at all;
- `one side: other actor in the event's sentence`: events in its documents carry some of its actors, and a
  missing one is mentioned inside the sentence of such an event (the clause reading missed it);
- `one side: other actor elsewhere in the documents`: the missing actor is mentioned in the documents, not in
  the event's sentence (a counterpart the clause leaves implicit);
- `one side: other actor not mentioned in the documents`: the missing actor is resolved from other documents
  only (mention coverage or linking);
- `apart: each actor in some event, none with all`: every gold actor is a party of some event in its documents,
  never of the same one (an act split in two, or merged with the wrong report);
- `no event with any actor`.

A found event that is not fully right counts under `found, wrong: ` and the parts that are wrong.
Only counts are printed, never a text, so the tool may be run on a held-out half (bench/event_split.py does).
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import duckdb

# the twelve unseen collections, by the directory names /tmp/unseen_all.sh and bench/event_split.py runs give them
COLLECTIONS = (
    "newsarticles",
    "reuters",
    "news3",
    "news4",
    "news5",
    "news6",
    "news7",
    "news8",
    "news9",
    "news10",
    "reuters2",
    "news11",
)
PLANNED_AS_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
WIDTH = {"day": 10, "month": 7, "year": 4}
FULL = "fully right"
UNRESOLVED = "unresolved actor"
IN_SENTENCE = "one side: other actor in the event's sentence"
ELSEWHERE = "one side: other actor elsewhere in the documents"
NOT_MENTIONED = "one side: other actor not mentioned in the documents"
APART = "apart: each actor in some event, none with all"
NO_ACTOR = "no event with any actor"


def split_halves(roots: list[str], half: str):
    """(collection dir, warehouse path, gold) of one half ("tune" or "held-out") under each event_split work root."""
    for root in roots:
        for coll in sorted(Path(root).iterdir()):
            wh_path, gold_path = coll / f"{half}.duckdb", coll / half / "gold.json"
            if wh_path.exists() and gold_path.exists():
                yield coll, wh_path, json.loads(gold_path.read_text(encoding="utf-8"))


def fold(s: str | None) -> str:
    """The scorer's key for a surface form."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").lower().strip()
    if s.endswith("'s"):
        s = s[:-2]
    return " ".join(s.replace("-", " ").split())


def bare(s: str | None) -> str:
    """fold() without punctuation, for place names ('St. Petersburg' = 'St Petersburg')."""
    return " ".join("".join(c if c.isalnum() else " " for c in fold(s)).split())


class Warehouse:
    """The curated tables the scorer reads, indexed for the questions below."""

    def __init__(self, path: Path) -> None:
        self.path = path
        con = duckdb.connect(str(path), read_only=True)
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        self.doc_of = {
            a: os.path.basename(u or "") for a, u in q("select article_id, source_uri from curated.articles")
        }
        self.mentions = defaultdict(list)  # doc -> (entity_id, folded surface, article_id, start_char)
        for aid, eid, surf, start in q("select article_id, entity_id, surface, start_char from curated.mentions"):
            if aid in self.doc_of:
                self.mentions[self.doc_of[aid]].append((eid, fold(surf), aid, start))
        self.events = {
            r[0]: r[1:]
            for r in q(
                "select event_id, event_type, event_status, cast(event_date as varchar), location_name, "
                "location_country_iso3 from curated.events"
            )
        }
        self.parts = defaultdict(set)
        for eid, ent in q("select event_id, entity_id from curated.event_participants"):
            self.parts[eid].add(ent)
        self.docs = defaultdict(set)
        self.spans = defaultdict(list)
        for eid, aid, start, end in q("select event_id, article_id, start_char, end_char from curated.event_mentions"):
            if aid in self.doc_of:
                self.docs[eid].add(self.doc_of[aid])
                self.spans[eid].append((aid, start, end))
        con.close()

    def resolve(self, entity: dict) -> str | None:
        aliases = {fold(a) for a in entity["aliases"]}
        got = Counter(e for d in entity.get("docs", []) for e, s, _, _ in self.mentions.get(d, []) if s in aliases)
        return got.most_common(1)[0][0] if got else None

    def score(self, gold_event: dict, eid: str) -> tuple[bool, bool, bool]:
        typ, status, date, place, country = self.events[eid]
        want = gold_event["type"]
        type_ok = typ == want or (want == "AGREE" and typ in PLANNED_AS_AGREE and status == "planned")
        gold_date = gold_event.get("date") or ""
        width = WIDTH.get(gold_event.get("date_precision"), 10)
        date_ok = (not date) if not gold_date else bool(date) and date[:width] == gold_date[:width]
        loc = gold_event.get("location") or {}
        place_ok = country == loc.get("country") and (not loc.get("city") or bare(loc["city"]) in bare(place))
        return type_ok, date_ok, place_ok

    def one_side(self, actors: list[str], docs: set[str]) -> str:
        """The class of a gold event no event carries whole."""
        partial = [e for e in self.events if self.docs[e] & docs and set(actors) & self.parts[e]]
        if not partial:
            return NO_ACTOR
        missing = [a for a in actors if not any(a in self.parts[e] for e in partial)]
        if not missing:
            return APART
        spans = [s for e in partial for s in self.spans[e]]
        where = NOT_MENTIONED
        for actor in missing:
            seen = [(aid, start) for d in docs for e, _, aid, start in self.mentions.get(d, []) if e == actor]
            if any(aid == a and lo <= start < hi for aid, start in seen for a, lo, hi in spans):
                return IN_SENTENCE
            if seen:
                where = ELSEWHERE
        return where


def resolved_events(wh, gold: dict):
    """(gold event, resolved actors, its documents) of every main gold event whose actors all resolve in ``wh``
    (a ``Warehouse`` or anything with its ``resolve``)."""
    resolved = {ent["canonical"]: wh.resolve(ent) for ent in gold["entities"]}
    for ge in gold["events"]:
        if ge.get("background"):
            continue
        actors = [resolved.get(a) for a in ge["actors"]]
        if None not in actors:
            yield ge, actors, set(ge["docs"])


def event_causes(warehouse: Path, gold: dict) -> list[tuple[str, str]]:
    """(gold main event id, fully right or the reason it is not), in the gold's order."""
    wh = Warehouse(warehouse)
    resolved = {ent["canonical"]: wh.resolve(ent) for ent in gold["entities"]}
    out: list[tuple[str, str]] = []
    for ge in gold["events"]:
        if ge.get("background"):
            continue
        actors = [resolved.get(a) for a in ge["actors"]]
        docs = set(ge["docs"])
        if None in actors:
            out.append((ge.get("event", ""), UNRESOLVED))
            continue
        cands = [e for e in wh.events if set(actors) <= wh.parts[e] and wh.docs[e] & docs]
        if not cands:
            out.append((ge.get("event", ""), wh.one_side(actors, docs)))
            continue
        best = max((wh.score(ge, e) for e in cands), key=sum)
        wrong = [part for part, ok in zip(("type", "date", "place"), best, strict=True) if not ok]
        out.append((ge.get("event", ""), "found, wrong: " + "+".join(wrong) if wrong else FULL))
    return out


def causes(warehouse: Path, gold: dict) -> Counter:
    """One count per gold main event: fully right, or the reason it is not."""
    return Counter(cause for _, cause in event_causes(warehouse, gold))


def line(counts: Counter) -> str:
    return "; ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def main(argv: list[str]) -> int:
    gold = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
    print(line(causes(Path(argv[1]), gold)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
