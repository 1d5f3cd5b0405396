"""The `apart` miss class split into the sub-classes a merge or a role completion could fix: counts only.

usage (from the project root):
    .venv/bin/python bench/apart_classes34.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]

For each gold main event of bench/miss_causes.py's class `apart: each actor in some event, none with all`, the
event of the gold type (else any) carrying most gold actors is "ours"; for each gold actor M it lacks, the events
with evidence in the gold documents that carry M are "theirs". Counted per missing actor:

- `class`: the first that holds of
  `same type, same day, complementary` (an event of ours' type and day carries M in its gold role and none of
  ours' gold actors, and ours gives M's role to nobody: a merge of the two would complete the event),
  `same type, same day, role taken` (as above but ours already gives M's role to another party),
  `same type, other day`, `other type, same day`, `other type, other day`;
- `named`: where M is named relative to ours' evidence (any of its reports): in one of ours' sentences (the merge
  or the sentence dropped it), in another sentence of one of ours' articles, only in other articles;
- `role`: ours gives M's gold role to nobody / to another party; ours is one report or merged from several;
- for the complementary class: theirs in the same article as one of ours' reports, or in another article, and
  whether theirs' other role is empty (the roles complement each other) or held by a party ours lacks.

- `story completion`: would ours' empty role be completed by the story's other events of ours' type that hold
  ours' other side (all of them naming one and the same side, holding M)?

Only counts are printed; --show (tuning halves only) also prints ours' and theirs' types, dates and sentences.

Run on round 33's end (04161b06, /tmp/unseen-33f), missing actors tune 13 (12 events) / held-out 17 (16 events):
class `same type, same day, complementary` 0 / 1, `same type, same day, role taken` 1 / 3, `same type, other
day` 2 / 4, `other type, same day` 4 / 3, `other type, other day` 6 / 6; M in no event in its gold role 4 / 6;
ours one report 10 / 14, merged from several 3 / 3; named in one of ours' sentences 3 / 5, in another sentence
of ours' articles 7 / 12, only in other articles 3 / 0; ours' role for M empty 7 / 7, taken by another party
6 / 10; the largest cell, M named in another sentence of ours' article with M's role empty: 4 / 7 (target 3 / 3,
source 1 / 4). Story completion: no donor 5 / 5, ours' role taken 8 / 12: no event of the story could lend the
role. So the class is not one a merge of partial events fixes (complementary pairs 0 / 1); it is role finding
across sentences, which round 34 takes up for one class (``group_nationals``: a group target's states in the
next sentence, the tuning case of sanctions on MPs whose citizenship the next sentence gives).
"""

from __future__ import annotations

import sys
from collections import Counter

from miss_causes import APART
from side_paths import Articles, count_class, gold_role, sentence_index


def _class(wh, arts: Articles, ours: str, theirs: list[str], present, role: str) -> tuple[str, list[str]]:
    typ, _status, day = wh.events[ours][:3]
    taken = bool(arts.holders(ours, role, present))
    same = [e for e in theirs if wh.events[e][0] == typ]
    same_day = [e for e in same if wh.events[e][2] == day and not set(present) & wh.parts[e]]
    if same_day:
        return ("same type, same day, " + ("role taken" if taken else "complementary"), same_day)
    if same:
        return "same type, other day", same
    other_day = [e for e in theirs if wh.events[e][2] == day]
    return ("other type, same day", other_day) if other_day else ("other type, other day", theirs)


def _named(wh, arts: Articles, ours: str, actor: str) -> str:
    """Where M is named relative to ours' reports."""
    places = set()
    for aid, lo, _hi in wh.spans[ours]:
        if aid not in arts.body:
            continue
        doc = arts.doc(aid)
        here = sentence_index(doc, lo)
        for ent, _, maid, st in wh.mentions.get(wh.doc_of[aid], []):
            if ent == actor and maid == aid:
                places.add("in one of ours' sentences" if sentence_index(doc, st) == here else "another sentence")
    if "in one of ours' sentences" in places:
        return "in one of ours' sentences"
    return "another sentence of ours' articles" if places else "only in other articles"


def _stories(wh) -> dict:
    if not hasattr(wh, "story_of"):
        import duckdb

        con = duckdb.connect(str(wh.path), read_only=True)
        wh.story_of = dict(con.execute("select event_id, story_id from curated.events").fetchall())
        con.close()
    return wh.story_of


def _completion(wh, arts: Articles, ours: str, actor: str, role: str) -> str:
    """Would a role completion from the story's other events of ours' type give M: the events of ours' type and
    story (any article) whose other side holds ours' other side and whose ``role`` side is not empty; M gained
    when they all name one and the same ``role`` side holding M."""
    if arts.holders(ours, role, []):
        return "ours' role taken"
    story = _stories(wh).get(ours)
    other = "target" if role == "source" else "source"
    mine = set(arts.holders(ours, other, []))
    if not story or not mine:
        return "no story or no other side"
    donors = []
    for e in wh.events:
        if e == ours or wh.events[e][0] != wh.events[ours][0] or _stories(wh).get(e) != story:
            continue
        if mine <= set(arts.holders(e, other, [])) and arts.holders(e, role, []):
            donors.append(frozenset(arts.holders(e, role, [])))
    if not donors:
        return "no donor"
    if len(set(donors)) > 1:
        return "donors disagree" + (" (M in one)" if any(actor in d for d in donors) else "")
    return "one donor side, holds M" if actor in donors[0] else "one donor side, without M"


def count(wh, arts: Articles, ge: dict, actors, names: dict, out: Counter, show: bool) -> None:
    docs = set(ge["docs"])
    with_any = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
    typed = [e for e in with_any if wh.events[e][0] == ge["type"]]
    ours = max(typed or with_any, key=lambda e: len(set(actors) & wh.parts[e]))
    present = [a for a in actors if a in wh.parts[ours]]
    out["apart events"] += 1
    out["ours has the gold type: " + str(wh.events[ours][0] == ge["type"])] += 1
    reports = {aid for aid, _, _ in wh.spans[ours]}
    for actor in [a for a in actors if a not in wh.parts[ours]]:
        role = gold_role(ge, names.get(actor))
        theirs = [e for e in with_any if actor in wh.parts[e] and arts.role.get((e, actor)) == role]
        if not theirs:
            out["M in no event in its gold role"] += 1
            theirs = [e for e in with_any if actor in wh.parts[e]]
        cls, picked = _class(wh, arts, ours, theirs, present, role)
        out["class: " + cls] += 1
        out["named: " + _named(wh, arts, ours, actor)] += 1
        out["role: " + ("taken by another party" if arts.holders(ours, role, present) else "empty")] += 1
        out["ours: " + ("one report" if len(reports) == 1 else "merged from several")] += 1
        taken = "taken" if arts.holders(ours, role, present) else "empty"
        out["named x role: " + _named(wh, arts, ours, actor) + " / " + role + " " + taken] += 1
        out["story completion: " + _completion(wh, arts, ours, actor, role)] += 1
        if cls.startswith("same type, same day"):
            near = any(aid in reports for e in picked for aid, _, _ in wh.spans[e])
            out[cls + ": theirs " + ("in one of ours' articles" if near else "in other articles only")] += 1
            other = "target" if role == "source" else "source"
            free = any(not arts.holders(e, other, [actor]) for e in picked)
            out[cls + ": theirs' other role " + ("empty" if free else "held")] += 1
        if show:
            print("APART", ge["type"], "ours", wh.events[ours][:3], "| M", role, names.get(actor), "|", cls)
            for e in [ours, *picked[:2]]:
                aid, lo, hi = next(((a, s, t) for a, s, t in wh.spans[e] if a in arts.body), (None, 0, 0))
                if aid:
                    roles = sorted((arts.role.get((e, p)), arts.kind.get(p, ("?",))[0]) for p in wh.parts[e])
                    print("   ", wh.events[e][:3], roles, ":", arts.body[aid][lo:hi].replace("\n", " ")[:300])


def main(argv: list[str]) -> int:
    return count_class(argv, APART, count)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
