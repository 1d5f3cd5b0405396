"""Persisting wrong-target development rows whose target IS coded, by where the coded target stands relative to the
trigger in the parse (issue 10, round 40). Counts only; ``--show`` prints each dev row with its kind.

usage (from the project root): .venv/bin/python bench/target_kinds40.py [--work DIR] [--show]

Reads only ``bench/precision/dev_judged*.tsv`` (never ``judged.tsv``) through ``role_audit.py``'s ``Audit`` (same
--work cache). Rows judged ``wrong-target`` whose coded targets persist (``Audit.persisting``) and are not empty (an
empty target is lane insent40's) are put in the kind of their most distant coded target (the first that holds,
from the far end):

- ``outside the sentence``: ``own state`` (a state whose official is the source: person_state38's ``_own_state``),
  ``place`` (a city, region or country named nowhere in the sentence: the kept convention of a place as the only
  target), ``other``;
- ``another clause``: named in the sentence but not under the trigger (a neighbouring clause, the reporting
  frame, a description of the subject);
- ``clause under the object``: inside a clause (``acl``/``relcl``) that modifies the trigger's object noun ('the
  request to arrest X');
- ``content clause``: inside a clause hung on the trigger itself (``ccomp``/``xcomp``/``advcl``/``pcomp``: 'denied
  that X', 'called for X to', 'deployed to help X');
- ``nested in the object`` (with the preposition that opens the innermost phrase and its depth): below a
  prepositional phrase of a noun of the object ('the introduction of sanctions against X', 'an employee at X');
- ``owner of the object``: a possessive, compound or modifier of the object's head or its first phrase
  ('X's problems', 'the X administration's warning');
- ``adverbial of the trigger``: the object of a preposition hung on the trigger that is none of its target
  prepositions ('talks in X', 'visits with X');
- ``argument of the trigger``: its object, recipient or passive subject itself (a misread noun: 'civilians' for
  'the nominee').

Round 40, 78f01f12 (role_audit's 592 rows; wrong-target persists 233, of which 113 have a coded target): outside
the sentence 48 (45 articles: place 19, the kept convention of a place as the only target; own state 15 in 14
articles; other 14), another clause 15 (13), nested in the object 15 (15 articles, nine prepositions, none over 5
rows), content clause 13 (11), argument of the trigger 11 (11), owner of the object 8 (8), clause under the object 2
(1), adverbial of the trigger 1. Read by hand, the own-state rows are mostly an unnamed group target given the
source's country ('briefed senators', 'blamed the media', 'appealed a court ruling', 'urging peers') and credited to
the state as every group with a named country is: 10 rows, 9 articles (5 rows, 4 articles of non-state groups:
legislators, judiciary, media, opposition; 5 of 'government' groups, whose state stands for them by convention).
``own_side_groups`` (round 40) keeps the non-state ones apart: wrong-target persists 233 -> 228.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from person_state38 import _own_state  # noqa: E402
from role_audit import SAYING, Audit, _mention_tokens, _trigger  # noqa: E402

OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "attr", "oprd"})
TARGET_PREPS = frozenset({"to", "on", "against", "with", "at", "into", "for", "of", "over", "about", "toward"})
CLAUSES = frozenset({"acl", "relcl"})
CONTENT = frozenset({"ccomp", "xcomp", "advcl", "pcomp", "csubj", "parataxis"})
OWNERS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
ORDER = (
    "outside the sentence",
    "another clause",
    "clause under the object",
    "content clause",
    "nested in the object",
    "owner of the object",
    "adverbial of the trigger",
    "argument of the trigger",
)


def token_kind(tok, trig) -> tuple[str, str]:  # noqa: ANN001, C901
    """(kind, detail) of one coded target's token relative to the trigger token."""
    chain = [tok, *tok.ancestors]
    if trig not in chain:
        frame = next((t for t in chain if t.lemma_ in SAYING), None)
        return "another clause", "reporting frame" if frame is not None else tok.dep_
    below = chain[: chain.index(trig)]  # from the target up to the trigger's child
    deps = [t.dep_ for t in below]
    top = below[-1] if below else tok
    if any(d in CLAUSES for d in deps):
        return "clause under the object", next(t.head.lemma_ for t in below if t.dep_ in CLAUSES)
    if any(d in CONTENT for d in deps):
        return "content clause", next(t.dep_ for t in reversed(below) if t.dep_ in CONTENT)
    # walk down from the trigger: its argument (or a target preposition's object), then phrases below it
    rest = list(reversed(below))
    if top.dep_ == "prep":
        if top.lower_ not in TARGET_PREPS:
            return "adverbial of the trigger", top.lower_
        rest = rest[2:]  # the preposition and its object
    elif top.dep_ in OBJECT_DEPS:
        rest = rest[1:]
    else:
        return "adverbial of the trigger", top.dep_
    preps = [t for t in rest if t.dep_ in {"prep", "agent"}]
    if preps:
        return "nested in the object", f"{preps[-1].lower_} (depth {len(preps)})"
    if any(t.dep_ in OWNERS for t in rest):
        return "owner of the object", next(t.dep_ for t in rest if t.dep_ in OWNERS)
    return "argument of the trigger", tok.dep_


def row_kind(audit: Audit, r: dict, ev: dict, doc, sent, word: str, states: dict) -> tuple[str, str]:  # noqa: ANN001
    """The kind of the row's most distant coded target."""
    ents = {e["entity_id"]: e for e in audit.tables["entities"]}
    trig = _trigger(sent, word)
    found: list[tuple[str, str]] = []
    for name in sorted(ev["targets"]):
        eid = ev["entities"].get(name, "")
        toks = _mention_tokens(doc, audit.tables, r["article_id"], eid, tuple(ev["span"]))
        if toks:
            found.append(token_kind(toks[0], trig))
            continue
        coded = [ents.get(eid, {})]
        other = [ents.get(ev["entities"].get(n, ""), {}) for n in ev["sources"]]
        if _own_state(coded, other, states) is not None:
            found.append(("outside the sentence", "own state"))
        elif coded[0].get("entity_type") in {"GPE", "LOC", "FAC"}:
            found.append(("outside the sentence", "place"))
        else:
            found.append(("outside the sentence", "other"))
    return min(found, key=lambda kd: ORDER.index(kd[0]))


def main(argv: list[str] | None = None) -> int:
    from sitrep.extract.state_agents import state_entities

    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    audit = Audit(args.work)
    states = state_entities(audit.tables["entities"])
    counts: Counter = Counter()
    arts: dict[tuple[str, str], set[str]] = defaultdict(set)
    rows = [r for r in audit.rows if r["error"] == "wrong-target"]
    for r, ev, doc, sent, word in audit.persisting(rows):
        if sent is None or not ev["targets"]:
            continue
        kind, detail = row_kind(audit, r, ev, doc, sent, word, states)
        for key in ((kind, ""), (kind, detail)):
            counts[key] += 1
            arts[key].add(r["article_id"])
        if args.show:
            print(f"{kind:26} {detail:24} {r['file']} {r['article_id']} {r['event_type']} {word!r}")
            print(f"    note: {r.get('note', '')[:220]}")
            print(f"    now: {'; '.join(sorted(ev['sources']))} -> {'; '.join(sorted(ev['targets']))}")
    print(f"wrong-target rows with a coded target, persisting: {sum(n for (k, d), n in counts.items() if not d)}")
    for kind in ORDER:
        if counts[(kind, "")]:
            print(f"  {kind:26} {counts[(kind, '')]:4}  ({len(arts[(kind, '')])} articles)")
            for (k, d), n in sorted(counts.items(), key=lambda kv: -kv[1]):
                if k == kind and d:
                    print(f"      {d:30} {n:4}  ({len(arts[(k, d)])} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
