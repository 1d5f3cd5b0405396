"""Is the missing actor of a one-sided gold event the state's agent, the person behind a bare title, or the party of a
claim the act refers back to? Counts only (issue 10, round 39), safe on held-out halves.

usage (from the project root):
    .venv/bin/python bench/elsewhere_agents39.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]
    .venv/bin/python bench/elsewhere_agents39.py --precision tune|held-out UNSEEN_OUT_DIR [...]

UNSEEN_OUT_DIR is an output directory of /tmp/unseen_all.sh. For the class `one side: other actor elsewhere in the
documents` of bench/miss_causes.py (as bench/elsewhere_sides.py: the event of the gold type, else any, carrying most
gold actors is taken), each gold actor M that event lacks is classed by who holds M's gold role there:

- ``state holds``: a country entity (``state_agents.state_entities``); whether the gold's own country of M is that
  state's; then whether M acts for that state
  (``state_agents.acts_for``: an official whose title names an office, a body whose name holds a state-body word),
  how many agents of that state the article names (``sole agent`` or M's rank by mentions), whether M is named in the
  event's sentence; for an M that is no agent, M's country (same, none, other) and, for another country, where that
  country stands in our event and whether it is the article's most named state;
- ``empty``, ``held by a GPE below a state`` (a province, a US state), ``other``.

A missing PERSON is also classed by whether the event's sentence holds a bare title ('the president', "the state's
attorney general": a title word with a determiner or possessor and no name of its own) that M's own title has; and
each event by whether its sentence refers back to a claim ('stood by his claim', 'repeated the allegation').

``--precision``: over every event of the half with a state on a side whose article names exactly one agent of that
state, whether the gold event the event carries (its other actors) names that agent: the cost of a rule "the
article's one agent of a state joins the state's acts".

Round 39, 6eae43d7 (/tmp/unseen-39base; tuning 8 events, held 25; 9 and 28 missing actors): a state holds M's role
and M is its agent: tune 2 (one of 2 agents, not named in that article, and one of 5), held 2 (each the less named of
2 agents) -- a sole agent in none. In the held halves 7 missing actors have a state in their role, and 5 of them are
organisations the gold places in another country (or none): the state stands in a foreign organisation's place, not
in its own body's, so no granularity choice. Role empty: tune 3, held 13; held by a party no state: tune 3, held 8.
A PERSON M with a bare title in the event's sentence: tune 0 of 7, held 2 of 13, M holding that title in neither.
The sentence refers back to a claim: tune 3 (one story's reports), held 0. Precision of "the sole agent joins the
state's acts": the gold event names it tune 4, lacks it 39 (no gold event 26); held 9 / 34 (44); on the judged
development rows an agent of other sentences joined to an act is already judged wrong (role_audit: 3 persisting
``state agent (outside the sentence)`` sources). The tuning 8 read by hand: a group for its member (both parties'
lawmakers for one chairman), a relative noun for the person named three sentences on (a victim's mother), a state's
office for its holder named later (with a wrong day besides), an act referring back to a claim told in another report
(2), a wrong act in the sentence (2), a commitment to a state named three sentences before. No class reaches three
rows across different articles: nothing built.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
from elsewhere_classes34 import best_event
from miss_causes import ELSEWHERE, Warehouse, split_halves
from side_paths import Articles, count_class, gold_role

from sitrep.extract.event_arg_words import INTRODUCED_TITLES, TITLE_HEADS
from sitrep.extract.state_agents import acts_for, state_entities

#: links of a bare title's own words: 'the president', 'his attorney general', "the state's governor"
BARE_DEPS = frozenset({"det", "poss"})
#: nouns of a claim an act may refer back to ('stood by his claim', 'repeated the allegation')
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "assertion"})
COLUMNS = ("entity_id", "canonical_name", "entity_type", "country_iso3", "role")
_ROWS: dict[str, dict[str, dict]] = {}
_GOLD: dict[str, dict[str, str]] = {}
_NAMES: dict[str, str] = {}  # our entity id -> gold canonical name of the event being counted


def entity_rows(path) -> dict[str, dict]:
    """entity id -> the warehouse's entity row (as the extraction's dicts)."""
    key = str(path)
    if key not in _ROWS:
        con = duckdb.connect(key, read_only=True)
        rows = con.execute(f"select {', '.join(COLUMNS)} from curated.entities").fetchall()
        _ROWS[key] = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in rows}
        con.close()
    return _ROWS[key]


def agents_named(wh, d: str, aid: str, iso: str, ents: dict[str, dict]) -> Counter:
    """Agents of state ``iso`` the article names, with their mention counts."""
    return Counter(e for e, _, maid, _ in wh.mentions.get(d, []) if maid == aid and acts_for(ents.get(e, {}), iso))


def agents(wh, arts: Articles, ge: dict, actors, names: dict, out: Counter, show: bool) -> None:
    found = best_event(wh, arts, ge, actors, out)
    if found is None:
        return
    best, aid, sent = found
    told = [t for t in sent if t.lemma_.lower() in CLAIM_NOUNS and any(c.dep_ in BARE_DEPS for c in t.children)]
    out[f"event's sentence refers back to a claim: {bool(told)}"] += 1
    ents = entity_rows(wh.path)
    _NAMES.clear()
    _NAMES.update(names)
    for actor in [a for a in actors if a not in wh.parts[best]]:
        role = gold_role(ge, names.get(actor))
        kind = ents.get(actor, {}).get("entity_type", "?")
        if kind == "PERSON":
            out[_bare_title(sent, ents.get(actor, {}))] += 1
        key = _holder_class(wh, arts, ents, best, aid, sent, role, actors, actor)
        out[f"M {kind}: {key}"] += 1
        if show:
            print("AGENT", ge["type"], role, kind, key, "|", sent.text[:200])


def _holder_class(wh, arts: Articles, ents: dict, best: str, aid: str, sent, role: str, actors, actor: str) -> str:
    """Who holds M's role in our event, and how M stands to a state holding it."""
    holders = arts.holders(best, role, actors)
    states = state_entities(list(ents.values()))
    held = [h for h in holders if h in states]
    if not held:
        gpe = any(ents.get(h, {}).get("entity_type") == "GPE" for h in holders)
        return "role " + ("empty" if not holders else "held by a GPE below a state" if gpe else "other")
    iso, d = states[held[0]], wh.doc_of[aid]
    gold_iso = gold_countries(wh.path).get(_NAMES.get(actor), "?")
    if gold_iso != "?":  # (the gold's own country of M, whatever country our entity got)
        return f"state holds; M's gold country is the holding state's: {gold_iso == iso}; " + _agent_class(
            wh, arts, ents, best, aid, sent, iso, d, actor
        )
    return "state holds; M not in the gold's entities; " + _agent_class(wh, arts, ents, best, aid, sent, iso, d, actor)


def _agent_class(wh, arts: Articles, ents: dict, best: str, aid: str, sent, iso: str, d: str, actor: str) -> str:
    """How M stands to the state ``iso`` holding its role: its agent (how many the article names), or not."""
    states = state_entities(list(ents.values()))
    if not acts_for(ents.get(actor, {}), iso):
        m_iso = ents.get(actor, {}).get("country_iso3")
        same = "same" if m_iso == iso else "no" if not m_iso else "other"
        key = f"M no agent ({same} country)"
        if same == "other":
            where = sorted({arts.role.get((best, p)) or "?" for p in wh.parts[best] if states.get(p) == m_iso})
            top = Counter(states[e] for e, _, maid, _ in wh.mentions.get(d, []) if maid == aid and e in states)
            first = top.most_common(1)[0][0] if top else None
            key += f"; M's state in our event as {where or 'none'}; it is the article's most named: {first == m_iso}"
        return key
    named = agents_named(wh, d, aid, iso, ents)
    in_sent = any(
        e == actor and maid == aid and sent.start_char <= st < sent.end_char
        for e, _, maid, st in wh.mentions.get(d, [])
    )
    rank = sorted(named, key=lambda e: -named[e]).index(actor) + 1 if actor in named else 0
    how = "sole agent" if len(named) == 1 else f"one of {len(named)} agents, rank {rank}"
    return f"M agent, {how}, in the sentence: {in_sent}"


def gold_countries(path) -> dict[str, str]:
    """Gold canonical name -> the gold's country of each entity of the half whose warehouse is ``path``."""
    key = str(path)
    if key not in _GOLD:
        gold = json.loads((Path(key).with_suffix("") / "gold.json").read_text(encoding="utf-8"))
        _GOLD[key] = {g["canonical"]: g.get("country") for g in gold["entities"]}
    return _GOLD[key]


def _bare_title(sent, person: dict) -> str:
    """Whether the event's sentence holds a bare title (no name of its own) that the missing person holds."""
    bare = [
        t
        for t in sent
        if t.lower_ in TITLE_HEADS | INTRODUCED_TITLES
        and t.pos_ == "NOUN"
        and any(c.dep_ in BARE_DEPS for c in t.children)
        and not any(c.ent_type_ == "PERSON" for c in t.subtree)
    ]
    if not bare:
        return "M PERSON: no bare title in the event's sentence"
    held = any(t.lower_ in (person.get("role") or "").lower() for t in bare)
    return f"M PERSON: bare title in the event's sentence; M's own title has it: {held}"


def precision(roots: list[str], half: str) -> Counter:
    """Over every event with a state on a side: does the gold event it carries name the article's sole agent?"""
    out: Counter = Counter()
    for _coll, path, gold in split_halves(roots, half):
        wh, arts = Warehouse(path), Articles(path)
        ents = entity_rows(path)
        states = state_entities(list(ents.values()))
        resolved = {g["canonical"]: wh.resolve(g) for g in gold["entities"]}
        gold_of = defaultdict(list)  # doc -> gold events' resolved actor sets
        for ge in gold["events"]:
            for d in ge["docs"]:
                gold_of[d].append({resolved.get(a) for a in ge["actors"]} - {None})
        for ev, parts in wh.parts.items():
            isos = {states[p] for p in parts if p in states and arts.role.get((ev, p)) in {"source", "target"}}
            aid = wh.spans[ev][0][0] if wh.spans[ev] else None
            d = wh.doc_of.get(aid)
            for iso in isos if d else ():
                named = agents_named(wh, d, aid, iso, ents)
                if len(named) == 1:
                    out[_sole_agent(next(iter(named)), parts, gold_of.get(d, []))] += 1
    return out


def _sole_agent(agent: str, parts: set[str], golds: list[set]) -> str:
    if agent in parts:
        return "state's sole agent already a party"
    carried = [g for g in golds if (g - {agent}) and (g - {agent}) <= parts]
    if not carried:
        return "sole agent outside; event matches no gold event"
    return "sole agent outside; the gold event " + ("names it" if any(agent in g for g in carried) else "lacks it")


def main(argv: list[str]) -> int:
    if "--precision" in argv:
        rest = [a for a in argv[1:] if a != "--precision"]
        for key, n in sorted(precision(rest[1:], rest[0]).items()):
            print(f"{n:4d}  {key}")
        return 0
    return count_class(argv, ELSEWHERE, agents)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
