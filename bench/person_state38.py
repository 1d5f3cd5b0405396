"""Who acts, a named person or the state: counts of gold actors (and judged development rows) whose side our events
give to the other kind (issue 10, round 38). Counts only; ``--show`` prints text for tuning halves and dev rows only.

usage (from the project root):
    .venv/bin/python bench/person_state38.py unseen tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]
    .venv/bin/python bench/person_state38.py gold WAREHOUSE GOLD_JSON [--show]
    .venv/bin/python bench/person_state38.py rows [--work DIR] [--show]

``unseen`` / ``gold``: each main gold event no event carries whole (bench/miss_causes.py's matching) is taken with
its best event (of the gold type, else any, carrying most gold actors); each gold actor that event lacks is classed
by its gold kind and by who holds its gold role there (any party not of the gold when the gold gives no roles):

- ``person -> state``: a gold PERSON whose role a state of the person's country holds (the country, its demonym or
  a body of it), subclassed by where the person stands in the event's sentence: ``title`` (the state's word sits in
  the person's own phrase: 'Ruritanian Foreign Minister X'), ``subject`` (the person is a clause's subject),
  ``elsewhere in the sentence`` or ``not in the sentence``, and whether ``state_agents.acts_for`` would join the
  person (an office title of that country) or not;
- ``person -> group``: a gold PERSON whose role an organisation holds (a group's head coded as the group);
- ``state -> person``: a gold COUNTRY whose role a person of that country holds (the reverse), subclassed by whether
  the sentence names the state;
- other pairs by kinds, and ``role empty``.

``rows``: the development rows (bench/role_audit.py's, never ``judged.tsv``) whose judged-wrong side is still coded
(``Audit.persisting``): a side holding a state of country C while the sentence names a PERSON of C whose name the
judge's note gives (``state coded, person judged``: title / trigger's subject / elsewhere), and the reverse (a
PERSON of C coded while the note names C's state or government: ``person coded, state judged``).

``swapped``: an unfound gold event some event of its documents would carry whole if each gold PERSON could be its
country's state (or each gold COUNTRY a person of it), with whether that event has the gold type and whether the
replaced actor is named in that event's sentence.

Round 38, 5e0ad1c3 (twelve unseen collections; role_audit's 539 rows): no class of three or more where the sentence
names the person and the code gives the state. Unseen tuning halves (30 unfound): a state in the person's place in an
event of the gold type 2 (the person named in neither sentence: a US state suing, lawmakers of both parties
denying), in the person's role 2 (not in the sentence), a group for its head 1; held-out halves (56
unfound, counts only): state in the person's place 19 (gold type 3, the person named in the sentence 1), in the
role 1 (not in the sentence), a group for its head 2, the reverse (a person for the state) 2 (neither of the gold
type nor in the sentence). devset 1 and devset2 2 unfound events: none. Dev rows (persisting): state coded where
the note names a person of it 16 and the reverse 9, read by hand neither a substitution: mostly a spurious own-state
target; counted as ``own state on the other side``: targets 19 (the state not named in the sentence 14: merged
reports, 'we'/'our nation'), sources 3.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import duckdb  # noqa: E402
from miss_causes import Warehouse, resolved_events, split_halves  # noqa: E402
from side_paths import Articles, gold_role, token_at  # noqa: E402

SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})
STATE_WORDS = frozenset({"government", "kremlin", "administration", "regime", "ministry", "state", "cabinet"})


class Kinds:
    """Entity kind, country, office title and statehood of one warehouse's entities."""

    def __init__(self, path: Path) -> None:
        from sitrep.extract.state_agents import state_entities

        con = duckdb.connect(str(path), read_only=True)
        cols = ("entity_id", "canonical_name", "entity_type", "country_iso3", "role")
        found = con.execute(f"select {','.join(cols)} from curated.entities").fetchall()
        self.rows = {r[0]: dict(zip(cols, r, strict=True)) for r in found}
        con.close()
        self.states = state_entities(list(self.rows.values()))

    def person_of(self, eid: str, iso: str | None) -> bool:
        row = self.rows.get(eid, {})
        return row.get("entity_type") == "PERSON" and bool(iso) and row.get("country_iso3") == iso

    def state_of(self, eid: str, iso: str | None) -> bool:
        """Whether the entity stands for the state ``iso``: the country, its demonym or a state body of it."""
        from sitrep.extract.state_agents import acts_for

        row = self.rows.get(eid, {})
        if not iso or row.get("country_iso3") != iso:
            return False
        demonym = row.get("entity_type") == "NORP" and "(" not in (row.get("canonical_name") or "")
        return eid in self.states or demonym or (
            row.get("entity_type") == "ORG" and acts_for(row, iso))  # fmt: skip


def _position(doc, person, state) -> str:  # noqa: ANN001
    """Where the person's mention ``person`` (a token) stands against the state's ``state`` (a token or None)."""
    if state is not None and (state.head == person or state in person.subtree and state.dep_ in {"compound", "amod"}):
        return "title"
    if person.dep_ in SUBJECTS or (person.dep_ == "pobj" and person.head.dep_ == "agent"):
        return "subject"
    cur = person
    while cur.dep_ in {"compound", "appos", "flat"} and cur.head != cur:
        cur = cur.head
    return "subject" if cur.dep_ in SUBJECTS else "elsewhere in the sentence"


def _tokens(wh: Warehouse, arts: Articles, aid: str, lo: int, hi: int, eid: str) -> list:
    doc = arts.doc(aid)
    starts = [st for ent, _, maid, st in wh.mentions.get(wh.doc_of[aid], []) if ent == eid and maid == aid]
    return [t for st in starts if lo <= st < hi and (t := token_at(doc, st)) is not None]


def person_state(wh: Warehouse, arts: Articles, kinds: Kinds, best: str, actor: str, iso: str, holders) -> str:
    """The subclass of a gold person whose role a state of its country holds in ``best``."""
    state_ids = [h for h in holders if kinds.state_of(h, iso)]
    joins = "office title" if kinds.rows.get(actor) and _acts(kinds.rows[actor], iso) else "no office title"
    for aid, lo, hi in wh.spans[best]:
        if aid not in arts.body:
            continue
        ptoks = _tokens(wh, arts, aid, lo, hi, actor)
        stoks = [t for h in state_ids for t in _tokens(wh, arts, aid, lo, hi, h)]
        if ptoks:
            return f"{_position(arts.doc(aid), ptoks[0], stoks[0] if stoks else None)}; {joins}"
    return f"not in the sentence; {joins}"


def _acts(row: dict, iso: str) -> bool:
    from sitrep.extract.state_agents import acts_for

    return acts_for(row, iso)


def classify(wh: Warehouse, arts: Articles, kinds: Kinds, ge: dict, best: str, actors: list, gent: dict) -> str:
    """The class of the gold actor ``gent`` (resolved to ``actors[-1]``) that the event ``best`` lacks."""
    actor = actors[-1]
    role = gold_role(ge, gent["canonical"])
    if role == "other":
        holders = [h for h in wh.parts[best] if h not in actors and arts.role.get((best, h)) in {"source", "target"}]
    else:
        holders = arts.holders(best, role, actors)
    gkind, iso = gent.get("type"), gent.get("country")
    kinds_held = {kinds.rows.get(h, {}).get("entity_type") for h in holders}
    if not holders:
        state_party = any(kinds.state_of(h, iso) for h in wh.parts[best])
        return f"{gkind}: role empty; its state a party: {state_party}"
    if gkind == "PERSON" and any(kinds.state_of(h, iso) for h in holders):
        return "person -> state: " + person_state(wh, arts, kinds, best, actor, iso, holders)
    if gkind == "PERSON" and "ORG" in kinds_held:
        return "person -> group"
    if gkind == "COUNTRY" and any(kinds.person_of(h, iso) for h in holders):
        named = any(_tokens(wh, arts, a, lo, hi, actor) for a, lo, hi in wh.spans[best] if a in arts.body)
        return "state -> person: state " + ("named" if named else "not named") + " in the sentence"
    same = any(kinds.rows.get(h, {}).get("country_iso3") == iso for h in holders)
    return f"{gkind} -> {'/'.join(sorted(k or '?' for k in kinds_held))} ({'same' if same else 'other'} country)"


def swapped(wh: Warehouse, kinds: Kinds, ge: dict, actors: list, docs: set, gents: list[dict]) -> str | None:
    """Whether an event of the gold documents would carry the gold event whole if each gold PERSON could be its
    country's state (``person's state in its place``), or each gold COUNTRY a person of that country (the reverse)."""
    for kind, label in (("PERSON", "person's state in its place"), ("COUNTRY", "person of the state in its place")):
        if not any(g.get("type") == kind for g in gents):
            continue
        for e in wh.events:
            if not wh.docs[e] & docs:
                continue
            ok = True
            for a, g in zip(actors, gents, strict=True):
                if a in wh.parts[e] or g.get("type") != kind:
                    ok = ok and a in wh.parts[e]
                elif kind == "PERSON":
                    ok = ok and any(kinds.state_of(p, g.get("country")) for p in wh.parts[e])
                else:
                    ok = ok and any(kinds.person_of(p, g.get("country")) for p in wh.parts[e])
            if ok:
                lost = [a for a in actors if a not in wh.parts[e]]
                named = any(ent in lost and aid == a and lo <= st < hi for a, lo, hi in wh.spans[e]
                            for ent, _, aid, st in wh.mentions.get(wh.doc_of.get(a, ""), []))  # fmt: skip
                return (f"whole with the {label} (event of the gold type: {wh.events[e][0] == ge['type']}; "
                        f"the one replaced named in its sentence: {named})")  # fmt: skip
    return None


def gold_misses(wh_path: Path, gold: dict, out: Counter, show: bool) -> None:
    wh, arts, kinds = Warehouse(wh_path), Articles(wh_path), Kinds(wh_path)
    by_name = {e["canonical"]: e for e in gold["entities"]}
    ids = {wh.resolve(e): e for e in gold["entities"]}
    for ge, actors, docs in resolved_events(wh, gold):
        if any(set(actors) <= wh.parts[e] and wh.docs[e] & docs for e in wh.events):
            continue
        with_any = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
        out["unfound gold events"] += 1
        swap = swapped(wh, kinds, ge, actors, docs, [ids.get(a) or {} for a in actors])
        if swap:
            out[swap] += 1
            if show:
                print(swap, ge["type"], ge["actors"])
        if not with_any:
            continue
        typed = [e for e in with_any if wh.events[e][0] == ge["type"]]
        best = max(typed or with_any, key=lambda e: len(set(actors) & wh.parts[e]))
        for actor in [a for a in actors if a not in wh.parts[best]]:
            gent = ids.get(actor) or by_name.get(actor, {})
            cls = classify(wh, arts, kinds, ge, best, [*actors, actor], gent)
            out[cls] += 1
            if show:
                aid, lo, hi = next(((a, s, t) for a, s, t in wh.spans[best] if a in arts.body), ("", 0, 0))
                now = "; ".join(f"{kinds.rows.get(p, {}).get('canonical_name')}:{arts.role.get((best, p))}"
                                for p in sorted(wh.parts[best]))  # fmt: skip
                gold = f"{ge['type']} {ge.get('source')} -> {ge.get('target')} missing {gent.get('canonical')}"
                print(f"{cls}\n   gold {gold}\n   ours {wh.events[best][0]}: {now}\n   {arts.body.get(aid, '')[lo:hi]}")


def rows_main(work: Path, show: bool) -> Counter:
    import role_audit as ra

    audit = ra.Audit(work)
    ents = {e["entity_id"]: e for e in audit.tables["entities"]}
    states = __import__("sitrep.extract.state_agents", fromlist=["state_entities"]).state_entities(
        audit.tables["entities"]
    )
    out: Counter = Counter()
    for r, ev, doc, sent, word in audit.persisting(audit.rows):
        if sent is None:
            continue
        note = r["note"].lower()
        in_sent = {
            m["entity_id"]: m
            for m in audit.tables["mentions"]
            if m["article_id"] == r["article_id"] and ev["span"][0] <= m["start_char"] < ev["span"][1]
        }
        for side in ra.WRONG[r["error"]]:
            coded = [ents.get(ev["entities"].get(n, ""), {}) for n in ev[side]]
            other = [ents.get(ev["entities"].get(n, ""), {}) for n in ev["sources" if side == "targets" else "targets"]]
            own = _own_state(coded, other, states)
            if own is not None:
                out[f"own state on the other side ({side}): named in the sentence: {own in in_sent}"] += 1
            cls = _row_class(coded, [ents.get(e, {}) for e in in_sent], states, note, ev, side)
            if cls is None:
                continue
            trig = ra._trigger(sent, word)
            if cls.startswith("state coded"):
                person = next(p for p in in_sent.values() if ents.get(p["entity_id"], {}).get("canonical_name")
                              == cls.split(": ", 1)[1])  # fmt: skip
                tok = token_at(doc, person["start_char"])
                state_tok = next((token_at(doc, m["start_char"]) for e, m in in_sent.items()
                                  if e in states or ents[e].get("entity_type") == "NORP"), None)  # fmt: skip
                where = _position(doc, tok, state_tok) if tok is not None else "?"
                if where == "subject" and tok is not None and trig not in tok.ancestors:
                    where = "subject of another clause"
                cls = f"state coded, person judged ({side}): {where}"
            out[cls] += 1
            if show:
                now = f"{'; '.join(sorted(ev['sources']))} -> {'; '.join(sorted(ev['targets']))}"
                print(f"{cls}\n   {r['file']} {r['article_id']} {r['event_type']} {r['sentence'][:300]}\n   "
                      f"note: {r['note']}\n   now: {now}")  # fmt: skip
    return out


def _own_state(coded: list[dict], other: list[dict], states: dict) -> str | None:
    """The id of a state on the coded side whose own official or body stands on the other side ('Ruritanian
    minister X urged the peers' coded X -> Ruritania), else None."""
    for c in coded:
        if c.get("entity_id") in states:
            mine = [o for o in other if o.get("entity_type") in {"PERSON", "ORG"}]
            if any(o.get("country_iso3") == c.get("country_iso3") for o in mine):
                return c["entity_id"]
    return None


def _row_class(coded: list[dict], named: list[dict], states: dict, note: str, ev: dict, side: str) -> str | None:
    """Which of the two row classes a coded side falls in (None: neither)."""
    for c in coded:
        iso = c.get("country_iso3")
        if c.get("entity_id") in states or c.get("entity_type") == "NORP":
            for p in named:
                last = (p.get("canonical_name") or "").split()[-1:] or [""]
                person = p.get("entity_type") == "PERSON" and p.get("country_iso3") == iso
                if person and last[0].lower() in note and p.get("canonical_name") not in ev[side]:
                    return f"state coded: {p['canonical_name']}"
        if c.get("entity_type") == "PERSON" and iso:
            for s in named:
                words = (s.get("canonical_name") or "").lower()
                if s.get("entity_id") in states and s.get("country_iso3") == iso and words in note:
                    return f"person coded, state judged ({side})"
                same_state = s.get("country_iso3") == iso and s.get("entity_id") in states
                if same_state and any(w in note for w in STATE_WORDS):
                    return f"person coded, state judged ({side}; note names a state body)"
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    show = "--show" in argv
    argv = [a for a in argv if a != "--show"]
    out: Counter = Counter()
    if argv[0] == "unseen":
        for _coll, wh_path, gold in split_halves(argv[2:], argv[1]):
            gold_misses(wh_path, gold, out, show and argv[1] == "tune")
    elif argv[0] == "gold":
        gold_misses(Path(argv[1]), json.loads(Path(argv[2]).read_text(encoding="utf-8")), out, show)
    else:
        parser = argparse.ArgumentParser()
        parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
        out = rows_main(parser.parse_args(argv[1:]).work, show)
    for key in sorted(out):
        print(f"{out[key]:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
