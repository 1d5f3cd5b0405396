"""Persisting wrong-source development rows by why the wrong source is coded (issue 10, round 40; counts only).

usage (from the project root): .venv/bin/python bench/source_kinds40.py [--work DIR] [--show] [--kind NAME]

Reads only ``bench/precision/dev_judged*.tsv`` (never ``judged.tsv``) through ``role_audit.py``'s ``Audit`` (same
--work cache). Each ``wrong-source`` or ``wrong-actors`` row whose source side is still coded the same
(``Audit.persisting``) takes ``source_classes36.mechanism``'s class and is put in one kind of *why*:

- ``speaker of a report as doer``: a coded source is the subject of a saying verb over the trigger;
- ``passive agent lost``: the trigger (or a verb or scene noun over it) has a 'by' agent the code does not give;
- ``passive with no agent``: the trigger is passive with no 'by' phrase (the doer is told elsewhere or nowhere);
- ``pronoun resolved to the wrong party``: the trigger's subject is a third-person or relative pronoun (or missing)
  and the coded source is named in another sentence;
- ``title or description resolved to the wrong party``: the trigger's subject is a common noun phrase ('the former
  president', 'the candidate') and the coded source is named in another sentence;
- ``higher clause's subject``: the coded source is the subject of a verb above the trigger's clause (a saying,
  thanking or prompting verb) or of a clause beside it, while the trigger's clause has its own subject, controller
  or relative pronoun;
- ``state for its organisation or person``: a coded source is a state named as a modifier, possessor or place of
  the real doer ('Italy's coast guard', 'pirates in X', 'the Connecticut Democrat');
- ``doer not made an actor``: no source is coded although the trigger's subject (or its controller's) is a noun
  phrase (a name the code misses, 'investigators', 'a businessman', 'who/which' of such a noun);
- ``glued text``: the trigger or its subject is glued to a neighbour by a corpus hyphen ('X-resigned', 'that-');
- ``sector group for a named doer``: a sector-only group actor ('government', 'civilians') stands for the doer;
- ``other``: none of these (a misparse, a wrong event, a name read wrongly).

Only counts (rows and distinct articles per kind) are printed; --show prints each row's kind, class, note and what
is coded now.

Round 40, 78f01f12 (role_audit's 592 rows; 151 persisting wrong-source 100 + wrong-actors 51): pronoun resolved to
the wrong party 26 (24 articles), doer not made an actor 26 (24), other 23 (19), sector group for a named doer 19
(17), higher clause's subject 15 (15), title or description resolved wrongly 11 (10), state for its organisation or
person 10 (10), passive agent lost 9 (7), passive with no agent 8 (7), speaker of a report as doer 2, glued text 2.
Read by hand, the two largest kinds hold no shared shape: the pronoun rows are coreference misses of many sorts (a
'he' inside a quote read as its speaker, an 'it' of a body three sentences back, a relative 'who' of a coordination),
and the missing doers are common nouns no group lexicon names ('investigators', 'security guards', 'hackers', 'a
fanatic', 'a foster father': one word an article, and the people and business sectors are target-only by choice) or
misparses. Invented sentences reproduce the by-agent, relative-pronoun and raising ('is expected to attend') shapes
coded right; they reproduce two misparses: a subject hung on an auxiliary cut off from its verb by an interrupting
phrase ('X had, before the strike, admitted to killing ...', built as ``aux_subjects``: wrong-source persisting
100 -> 99) and a new clause's subject swallowed into the coordination before it ('asked for money from A and B is
discussing it with C': one row). 'Pirates in X' crediting X beside the group is the kept convention of
``placed_groups`` (a coder may write such a group by its country), not mended.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import role_audit as ra  # noqa: E402
import source_classes36 as sc  # noqa: E402

GLUED = re.compile(r"[A-Za-z][-–][a-z]|,-|\w-\s")
RELATIVE = frozenset({"who", "which", "that"})
KIND_OF = {
    "speaker as doer": "speaker of a report as doer",
    "by-agent missed": "passive agent lost",
    "missing source: passive with no agent": "passive with no agent",
    "heading or dateline as doer": "other",
    "country in an organisation's name": "state for its organisation or person",
    "place as doer": "state for its organisation or person",
    "possessor": "state for its organisation or person",
    "of-phrase owner": "other",
    "description (appositive / relative clause)": "other",
    "group noun": "sector group for a named doer",
    "subject read wrongly": "other",
    "other clause's party": "higher clause's subject",
}


def _glued(row: dict[str, str], word: str) -> bool:
    """The trigger's first word or the sentence start stands glued by a corpus hyphen."""
    first = (word or "x").split()[0]
    return bool(re.search(rf"\w[-–]{re.escape(first)}\b|\b{re.escape(first)}[-–]\w", row["sentence"]))


def kind(row: dict[str, str], ev: dict, doc, sent, word: str, tables: dict) -> tuple[str, str]:  # noqa: ANN001
    """(kind, source_classes36 class) of one persisting row."""
    cls = sc.mechanism({**row, "trigger": word}, ev, doc, tables)
    if sent is None:
        return "other", cls
    trig = ra._trigger(sent, word)
    subj = sc._subjects(trig)
    if _glued(row, word) and cls.startswith(("missing", "subject read")):
        return "glued text", cls
    if cls in KIND_OF:
        return KIND_OF[cls], cls
    if cls == "other subject carried (pronoun or no subject)":
        return "pronoun resolved to the wrong party", cls
    if cls == "other sentence's party over a named subject":
        if any(s.lower_ in RELATIVE for s in subj):
            return "pronoun resolved to the wrong party", cls
        return "title or description resolved to the wrong party", cls
    if cls.startswith("missing source"):
        if subj and not any(s.pos_ == "PRON" and s.lower_ not in RELATIVE for s in subj):
            return "doer not made an actor", cls
        return ("pronoun resolved to the wrong party" if subj else "doer not made an actor"), cls
    return "other", cls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--show", action="store_true", help="print each row with its kind")
    parser.add_argument("--kind", default=None, help="with --show: only rows of this kind")
    args = parser.parse_args(argv)

    audit = ra.Audit(args.work)
    rows = [r for r in audit.rows if r["error"] in sc.ERRORS]
    counts: Counter = Counter()
    arts: dict[str, set[str]] = defaultdict(set)
    by_err: Counter = Counter()
    for r, ev, doc, sent, word in audit.persisting(rows):
        k, cls = kind(r, ev, doc, sent, word, audit.tables)
        counts[k] += 1
        by_err[(r["error"], k)] += 1
        arts[k].add(r["article_id"])
        if args.show and args.kind in {None, k}:
            print(f"{k:48} {cls:45} {r['error']} {r['file']} {r['article_id']} {r['event_type']} {word!r}")
            print(f"    note: {r.get('note', '')[:240]}")
            print(f"    now: {'; '.join(sorted(ev['sources']))} -> {'; '.join(sorted(ev['targets']))}")
    print(f"persisting wrong-source/wrong-actors rows: {sum(counts.values())}")
    for k, n in counts.most_common():
        split = ", ".join(f"{e} {by_err[(e, k)]}" for e in sorted(sc.ERRORS))
        print(f"  {k:48} {n:4}  ({len(arts[k])} articles; {split})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
