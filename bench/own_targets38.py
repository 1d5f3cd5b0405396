"""The acting party's own state coded as the target: judged development rows (bench/role_audit.py's, never
``judged.tsv``) whose still-coded wrong target is a state whose own official or body is a source of the event
(person_state38's ``own state on the other side``), counted by the cue that could have brought the state in
(issue 10, round 38). Counts only; ``--show`` prints the dev rows.

usage (from the project root):
    .venv/bin/python bench/own_targets38.py [--work DIR] [--show]

Cues, first that holds: ``first person`` (the sentence has 'we', 'our', 'us': the speaker's side), ``title``
(the state's name or demonym sits in a source's own phrase: 'the Ruritanian minister'), ``named elsewhere in the
sentence``, ``not in the sentence`` (another sentence, a merged report).

Round 38, 8601a19f (role_audit's 539 rows): 19 persisting rows, 17 articles: first person 3 (3 articles: 'our
nation', 'our stance', 'we offered'), named elsewhere in the sentence 5 (a later clause's country, 'in the US',
'America's problems'), not in the sentence 11 (read by hand: an unnamed body, 'officials', 'senators', 'a court',
given the source's country and resolved to the state 6; a vow whose content's subject is the source's own
government 1, the reversed recall of an ambassador 1, merged reports or places 3). Title demonyms: 0 as a cue of
their own. A rule for the vow class (the own state as the subject of a promised act) was written in round 38 and
not merged: it moved none of these rows (the one vow row's demonym is glued to a dash, 'the-German').
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from person_state38 import _own_state  # noqa: E402

FIRST = frozenset({"we", "our", "us", "ours", "ourselves"})


def cue(sent, state_toks: list, source_toks: list) -> str:  # noqa: ANN001
    """The cue class of one row's own-state target."""
    if any(t.lower_ in FIRST and t.text != "US" for t in sent):
        return "first person"
    for s in state_toks:
        if any(s in src.subtree or s.head == src for src in source_toks):
            return "title"
    return "named elsewhere in the sentence" if state_toks else "not in the sentence"


def main(argv: list[str] | None = None) -> int:
    import role_audit as ra

    from sitrep.extract.state_agents import state_entities

    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    audit = ra.Audit(args.work)
    ents = {e["entity_id"]: e for e in audit.tables["entities"]}
    states = state_entities(audit.tables["entities"])
    out: Counter = Counter()
    for r, ev, doc, sent, _word in audit.persisting(audit.rows):
        if sent is None or "targets" not in ra.WRONG[r["error"]]:
            continue
        coded = [ents.get(ev["entities"].get(n, ""), {}) for n in ev["targets"]]
        other = [ents.get(ev["entities"].get(n, ""), {}) for n in ev["sources"]]
        own = _own_state(coded, other, states)
        if own is None:
            continue
        span = tuple(ev["span"])
        state_toks = ra._mention_tokens(doc, audit.tables, r["article_id"], own, span)
        aid = r["article_id"]
        src_toks = [t for o in other for t in ra._mention_tokens(doc, audit.tables, aid, o["entity_id"], span)]
        cls = cue(sent, state_toks, src_toks)
        out[cls] += 1
        out[f"articles: {r['article_id']}"] += 0
        if args.show:
            print(
                f"{cls}\n   {r['file']} {aid} {r['event_type']} {r['sentence'][:400]}\n   note: {r['note']}"
                f"\n   now: {'; '.join(sorted(ev['sources']))} -> {'; '.join(sorted(ev['targets']))}"
            )
    for key in sorted(k for k in out if not k.startswith("articles")):
        print(f"{out[key]:4d}  {key}")
    print(f"{len([k for k in out if k.startswith('articles')]):4d}  articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
