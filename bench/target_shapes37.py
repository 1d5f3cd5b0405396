"""Count the persisting wrong-target development rows by grammatical shape (issue 10, precision, round 37).

usage (from the project root): .venv/bin/python bench/target_shapes37.py [--work DIR] [--rows]

Reads only ``bench/precision/dev_judged*.tsv`` (development samples, never ``judged.tsv``) through ``role_audit.py``'s
machinery (its --work cache of parsed Docs). Every row judged ``wrong-target`` whose coded targets persist is put in
one shape:

- an extra actor taken as target (targets are coded): ``place`` (a coded target is a city, region or country:
  ``place beside a party`` when a target that is no place is coded too, ``place alone`` else), ``possessor``
  ('X's problems', 'associates of X'), ``party of another clause`` (named in the sentence outside the trigger's
  arguments: another clause, a description, an appositive), ``argument misread`` (an argument of the trigger that
  is no party: the content of a denial, the goods), ``outside the sentence`` (a party of another sentence);
- the judged target named but not taken (no target coded): ``pronoun or 'the group'`` (antecedents, lane coref37's),
  ``prep 'P'`` (a preposition's object on the trigger, on its noun or on its light verb: 'with', 'to', 'on',
  'against', 'for', 'from'), ``nominal object`` (a noun trigger's 'of'/'on'/'against' phrase), ``passive subject``,
  ``direct object`` (the trigger's object is there but not taken), ``coordinated subject`` ('X and Y held talks'),
  ``another clause`` (named in the sentence, no argument of the trigger), ``previous sentence`` (no party named in
  the sentence).
Only counts are printed; --rows prints each row with its shape. The preposition shapes name the first preposition
whose object names a party (else any), not always the judged target's.

Round 37, main 8b2f21c0 and after located_places (the same 206 rows): extra actor 98 (argument misread 35, outside
the sentence 31, party of another clause 12, possessor 11, place alone 7, place beside a party 2); not taken 108
(direct object 33, another clause 12, pronoun or 'the group' 11, prep 'on' 10, previous sentence 9, prep 'by' 9,
'for' 6, 'to' 5, 'about' 4, 'with' 3, 'at' 2, passive subject 2, 'into' 1, 'against' 1). Read by hand, a place
coded as the only target where the act happened ('a shooting in X', 'the march in X') is 11-13 rows (many are
pseudo-mentions the script counts as outside the sentence): the PLOVER records code that place's country, so left.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from role_audit import Audit, _mention_tokens, _trigger, classify  # noqa: E402

PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "we", "us"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout", "on"})
PREPS = ("with", "to", "on", "against", "for", "from", "at", "into", "about", "over", "by")


def _names_party(tok) -> bool:  # noqa: ANN001
    return any(t.ent_type_ in PARTY_ENTS for t in tok.subtree)


def _holders(trig) -> list:  # noqa: ANN001
    """The trigger, its object noun, and the light verb a noun trigger hangs on."""
    out = [trig] + [c for c in trig.children if c.dep_ in {"dobj", "xcomp"}]
    if trig.pos_ == "NOUN" and trig.dep_ in {"dobj", "pobj", "nsubj"}:
        out.append(trig.head if trig.dep_ != "pobj" else trig.head.head)
    return out


def missing_shape(trig, row: dict) -> str:  # noqa: ANN001
    note = (row.get("note") or "").lower()
    if "unresolved" in note or "'the group'" in note or any(f"'{p}'" in note for p in PRONOUNS):
        return "pronoun or 'the group'"
    kids = [c for h in _holders(trig) for c in h.children]
    if trig.pos_ == "NOUN":
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ in {"of", "on", "against"} and any(_names_party(g) for g in c.children):
                return "nominal object"
    preps = [c for c in kids if c.dep_ in {"prep", "dative", "agent"} and c.lower_ in PREPS]
    named = [c for c in preps if any(g.dep_ == "pobj" and _names_party(g) for g in c.children)]
    for c in named or [c for c in preps if any(g.dep_ == "pobj" for g in c.children)]:
        return f"prep '{c.lower_}'"
    if any(c.dep_ == "nsubjpass" for c in trig.children):
        return "passive subject"
    if any(c.dep_ in {"dobj", "dative"} for c in trig.children):
        return "direct object"
    subj = [c for c in trig.children if c.dep_ == "nsubj"]
    if any(g.dep_ == "conj" for s in subj for g in s.children):
        return "coordinated subject"
    if any(t.ent_type_ in PARTY_ENTS for t in trig.sent if t not in trig.subtree):
        return "another clause"
    return "previous sentence"


def _located(tok) -> bool:  # noqa: ANN001
    """A place's name standing in a phrase of where ('in X', 'on a X street corner')."""
    if tok.ent_type_ not in PLACES:
        return False
    while tok.dep_ in {"compound", "amod", "nmod", "poss"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE


def extra_shape(cls: str, ev: dict, doc, tables: dict, row: dict) -> str:  # noqa: ANN001
    """The shape of a coded wrong target, from role_audit's class and whether a coded target is a place named in a
    phrase of where."""
    located = set()
    for name in ev["targets"]:
        toks = _mention_tokens(doc, tables, row["article_id"], ev["entities"].get(name, ""), ev["span"])
        sent = doc.char_span(*ev["span"], alignment_mode="expand")
        toks = toks or [t for t in sent or [] if t.ent_type_ in PLACES and t.text in name.split()]  # (a place's state)
        located |= {name} if any(_located(t) for t in toks) else set()
    if located:
        return "place beside a party" if len(located) < len(ev["targets"]) else "place alone"
    if cls in {"possessor", "kin possessor", "of-phrase", "kin of-phrase"}:
        return "possessor"
    if cls in {"elsewhere in the sentence", "description clause", "appositive", "reporting frame"}:
        return "party of another clause"
    if cls == "outside the sentence":
        return "outside the sentence"
    return "argument misread"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args(argv)

    audit = Audit(args.work)
    tables = audit.tables
    counts: Counter = Counter()
    for r, ev, doc, sent, word in audit.persisting([r for r in audit.rows if r["error"] == "wrong-target"]):
        if sent is None:
            shape = ("missing", "unparsed")
        elif not ev["targets"]:
            shape = ("not taken", missing_shape(_trigger(sent, word), r))
        else:
            cls = classify({**r, "trigger": word}, ev, doc, tables)
            shape = ("extra actor", extra_shape(cls, ev, doc, tables, r))
        counts[shape] += 1
        if args.rows:
            print(f"{shape[0]:11} {shape[1]:24} {r['file']} {r['article_id']} {r['event_type']} {word!r}")
            print(f"    {r['sentence'][:240]}\n    judged: {r['sources']} -> {r['targets']} | {r['note'][:160]}")
    print(f"wrong-target persisting {sum(counts.values())}")
    for group in ("extra actor", "not taken", "missing"):
        rows = [(s, n) for (g, s), n in counts.items() if g == group]
        if rows:
            line = ", ".join(f"{s} {n}" for s, n in sorted(rows, key=lambda x: -x[1]))
            print(f"  {group} {sum(n for _, n in rows)}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
