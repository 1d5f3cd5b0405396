"""Counts only: for gold events coded with some of their actors but not all, who holds the missing actor's role.

usage (from the project root):
    .venv/bin/python bench/party_relations.py tune|held-out UNSEEN_DIR [UNSEEN_DIR ...]

UNSEEN_DIR is an output directory of /tmp/unseen_all.sh (one sub-directory per collection, each with
<half>.duckdb and <half>/gold.json, as bench/event_split.py writes them). Two kinds of miss are read:

- `one side`: no coded event carries every resolved gold actor, some event in the gold docs carries one of them;
- `wrong type`: the best found event has another type, and an event of the gold type carries >= 1 gold actor.

For each missing gold actor M, the coded event compared with the gold is the event in the gold docs with the most
gold actors (the gold type first). The party that event codes in M's gold role (source or target; `participant`
rows count for both) is put in one relation class to M:

- `none`: the role is empty;
- `only another gold actor`: the role holds only other actors of the same gold event (roles swapped or merged);
- `M's state`: M is a person or organisation, ours is a state (GPE/COUNTRY/NORP) of M's country;
- `agent of M`: M is a state, ours is a person or organisation of M's country;
- `same country`: both persons/organisations of one country;
- `generic body`: ours is a lower-case body with no country ('government', 'police', ...);
- `other`: anything else (split by whether M is mentioned in the event's sentence).

Only counts are printed, never a text or a name, so the tool may be run on a held-out half.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import duckdb
from miss_causes import Warehouse, split_halves

STATES = {"GPE", "COUNTRY", "NORP"}


def entity_rows(path: Path) -> tuple[dict, dict]:
    con = duckdb.connect(str(path), read_only=True)
    ents = {
        e: (t, c, n, r)
        for e, t, c, n, r in con.execute(
            "select entity_id, entity_type, country_iso3, canonical_name, role from curated.entities"
        ).fetchall()
    }
    roles: dict = {}
    for ev, ent, role in con.execute("select event_id, entity_id, role from curated.event_participants").fetchall():
        roles.setdefault(ev, []).append((ent, role))
    con.close()
    return ents, roles


def relation(ours: str, missing: str, gold_actors: set, ents: dict) -> str:
    if ours in gold_actors:
        return "other gold actor"
    ot, oc, on, _ = ents.get(ours, (None, None, "", None))
    mt, mc, _, _ = ents.get(missing, (None, None, "", None))
    m_state = mt in STATES
    o_state = ot in STATES
    if not oc and on[:1].islower():
        return "generic body"
    if mc and oc == mc:
        if o_state and not m_state:
            return "M's state"
        if m_state and not o_state:
            return "agent of M"
        if not m_state and not o_state:
            return "same country"
        return "same state"
    return "other"


def in_sentence(wh: Warehouse, ev: str, actor: str, docs: set) -> bool:
    spans = wh.spans[ev]
    seen = [(aid, st) for d in docs for e, _, aid, st in wh.mentions.get(d, []) if e == actor]
    return any(aid == a and lo <= st < hi for aid, st in seen for a, lo, hi in spans)


def count(half: str, dirs: list[str]) -> Counter:
    c: Counter = Counter()
    for _d, wh_p, gold in split_halves(dirs, half):
        wh = Warehouse(wh_p)
        ents, roles = entity_rows(wh_p)
        resolved = {e["canonical"]: wh.resolve(e) for e in gold["entities"]}
        for ge in gold["events"]:
            if not ge.get("background"):
                _one(c, ge, wh, ents, roles, resolved)
    return c


def _one(c: Counter, ge: dict, wh: Warehouse, ents: dict, roles: dict, resolved: dict) -> None:
    actors = [resolved.get(a) for a in ge["actors"]]
    if None in actors:
        return
    docs, gold_actors = set(ge["docs"]), set(actors)
    cands = [e for e in wh.events if gold_actors <= wh.parts[e] and wh.docs[e] & docs]
    if cands and any(wh.score(ge, e)[0] for e in cands):
        return
    typed = [e for e in wh.events if wh.docs[e] & docs and wh.score(ge, e)[0] and gold_actors & wh.parts[e]]
    kind = "wrong type" if cands else "one side"
    if not cands and not typed:
        typed = [e for e in wh.events if wh.docs[e] & docs and gold_actors & wh.parts[e]]
        kind = "one side (no event of gold type)"
    if not typed:
        return
    c[(kind, "miss")] += 1
    best = max(typed, key=lambda e: len(gold_actors & wh.parts[e]))
    for name, ent in zip(ge["actors"], actors, strict=True):
        if ent in wh.parts[best]:
            continue
        want = "source" if name in ge.get("source", []) else "target" if name in ge.get("target", []) else None
        holders = [x for x, r in roles.get(best, []) if r in {want, "participant"} or want is None]
        mtype = (ents.get(ent) or ("?",))[0]
        c[(kind, "missing actor type " + str(mtype) + "/" + str(want))] += 1
        others = [h for h in holders if h not in gold_actors]
        if not holders:
            c[(kind, "none" + (" (M in sentence)" if in_sentence(wh, best, ent, docs) else " (M elsewhere)"))] += 1
            continue
        if not others:
            side = ge.get("source", []) if want == "source" else ge.get("target", []) if want == "target" else []
            why = "M shares its gold side with another actor" if len(side) > 1 else "roles swapped or merged"
            c[(kind, f"only another gold actor ({why})")] += 1
            continue
        rels = {relation(h, ent, gold_actors, ents) for h in others}
        order = ("other gold actor", "M's state", "agent of M", "same country", "same state", "generic body", "other")
        rel = next(r for r in order if r in rels)
        if rel == "other":
            h = others[0]
            ot, oc = (ents.get(h) or (None, None))[:2]
            mt, mc = (ents.get(ent) or (None, None))[:2]
            rel += f" ours {ot}/{'c' if oc else '-'} M {mt}/{'c' if mc else '-'}"
        if in_sentence(wh, best, ent, docs):
            mt, mc, _, mr = ents.get(ent) or (None, None, "", None)
            rel += f" (M in sentence: {mt}{'/titled' if mr else ''})"
        else:
            rel += " (M elsewhere)"
        c[(kind, rel)] += 1


def main(argv: list[str]) -> int:
    c = count(argv[1], argv[2:])
    for kind in sorted({k for k, _ in c}):
        print(kind, c[(kind, "miss")])
        for (k, rel), v in sorted(c.items(), key=lambda kv: -kv[1]):
            if k == kind and rel != "miss":
                print(f"    {v:3d} {rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
