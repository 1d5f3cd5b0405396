"""The persisting wrong-source and wrong-actors development rows, sorted into classes by mechanism (counts only).

usage (from the project root): .venv/bin/python bench/source_classes36.py [--work DIR] [--show] [--class NAME]

Every row of ``bench/precision/dev_judged*.tsv`` (never the evaluation sample ``judged.tsv`` nor a shelf) judged
``wrong-source`` or ``wrong-actors`` is re-run as ``bench/role_audit.py`` does (same --work cache); a row whose event
still names the same sources (and, for wrong-actors, targets) persists and is put in the first class whose mechanism
its sentence's parse shows, looked at from the coded source side:

- ``speaker as doer``: a coded source is the subject of a saying verb ('said', 'alleged', 'told') over the trigger,
  or the trigger stands in a quotation the sentence gives to a speaker the source names;
- ``by-agent missed``: the trigger has a 'by' phrase (its own, a coordinated verb's, or its setting phrase's scene
  noun's: 'killed in raids by X') and the coded source is not in it, or no source is coded;
- ``possessor``: a coded source is the owner of a noun ('X's troops', 'the X's request');
- ``country in an organisation's name``: a coded source is a country named inside an organisation's name or
  modifier ('CNPC Russia', 'NATO-led');
- ``group noun``: the coded source is a sector-only group actor ('civilians', 'workers', 'police') made from a common
  noun of the sentence or of another one, or a country given to such a group;
- ``place as doer``: a coded source is named only as a place ('in Afghanistan', 'across Syria');
- ``heading or dateline as doer``: a coded source is a name in a heading, caption or dateline opening the sentence;
- ``other subject carried``: the trigger's subject is a pronoun or missing, and the coded source is
  named in another sentence (the previous subject carried over, or a resolved 'they' that is wrong);
- ``other clause's party``: the coded source is named in the sentence but in another clause than the trigger's;
- ``missing source``: no source is coded although the judges name one (with what stands in the subject);
- ``of-phrase owner``, ``description (appositive / relative clause)``: a coded source named in such a phrase;
- ``subject read wrongly``: the coded source is the trigger's own argument (subject/agent) but judged wrong.

Only counts are printed; --show prints each row with its class, note and what is coded now.

Run at ce2a3f57 (round 36's start) on the 133 persisting rows (wrong-source 87, wrong-actors 46): missing source 38
(no subject 16, pronoun subject 6, subject names a party 6, passive with no agent 5, common-noun subject 5), group
noun 16, other subject carried 14, other clause's party 14, subject read wrongly 12, by-agent missed 10, other
sentence's party over a named subject 9, place as doer 5, description 5, possessor 4, of-phrase owner 3, speaker as
doer 2, heading 1 (no row has a country taken from an organisation's name). The 'by' test is loose: 'caught me by
my hair' and 'a ban on travel by citizens' are counted too. After round 36's scene agents, modified group nouns
and court-only convictions: wrong-source 85, wrong-actors 45 (by-agent 9, group noun 15, speaker as doer 1).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import role_audit as ra  # noqa: E402

ERRORS = frozenset({"wrong-source", "wrong-actors"})
SAYING = ra.SAYING | {"allege", "accuse", "quote", "explain", "warn", "argue", "suggest", "believe", "tweet"}
GROUPS = frozenset({"civilians", "workers", "police", "military", "government", "protesters", "attackers"})
GROUPS |= {"judiciary", "journalists", "rebels", "students", "migrants", "legislature", "criminals", "opposition"}
SCENE = frozenset({"in", "during", "amid", "after"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})


def _group(name: str) -> bool:
    return name.split(" (")[0] in GROUPS


def _subjects(trig) -> list:  # noqa: ANN001
    """The trigger's subject or 'by' agent tokens (a noun trigger: its verb's subject)."""
    out = [k for k in trig.children if k.dep_ in {"nsubj", "nsubjpass"}]
    out += [g for k in trig.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
    if not out and trig.dep_ in {"xcomp", "conj", "advcl"}:
        return _subjects(trig.head)
    return out


def _by_nouns(trig) -> list:  # noqa: ANN001
    """The objects of a 'by' phrase that names the trigger's doer: its own agent, one hung on a coordinated or
    attached verb ('was attacked, including being shot, by X'), on the scene noun of its setting phrase ('killed
    in raids by X') or on a participle over it ('a move condemned by X')."""
    holders = [trig, *(c for c in trig.children if c.dep_ in {"conj", "advcl", "pcomp", "xcomp"})]
    holders += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in SCENE for g in c.children]
    out = []
    for h in holders:
        for by in h.children:
            if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by"):
                out += [g for g in by.children if g.dep_ in {"pobj", "pcomp"}]
    return out


def _inside_org(tok) -> bool:  # noqa: ANN001
    """A state's name inside an organisation's name or modifier ('CNPC Russia', 'NATO-led', 'Campaign ... in
    Britain')."""
    if tok.ent_type_ != "GPE":
        return False
    head = tok.head
    return (tok.dep_ in {"compound", "npadvmod", "amod"} and head.ent_type_ == "ORG") or any(
        t.ent_type_ == "ORG" and t.i != tok.i for t in tok.head.subtree if t.i < tok.i and t.dep_ == "compound"
    )


def _heading(tok, sent) -> bool:  # noqa: ANN001
    """A name in a heading or dateline opening the sentence ('Delaware: ...', 'WASHINGTON -', a caption)."""
    first = [t for t in sent if not t.is_punct][:6]
    return tok in first and any(t.text in {":", "-", "--", "|"} for t in sent[: min(len(sent), 8)] if t.i > tok.i)


def _speaker(tok, trig) -> bool:  # noqa: ANN001
    head = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ in SAYING and head != trig:
        return trig in head.subtree or trig.sent.root == head
    return False


def mechanism(row: dict, ev: dict, doc, tables: dict) -> str:  # noqa: ANN001, C901
    span = ev["span"]
    sent = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sent is None:
        return "unparsed"
    trig = ra._trigger(sent, row.get("trigger", ""))
    subj = _subjects(trig)
    coded = sorted(ev["sources"])
    by = _by_nouns(trig)
    if not coded:
        if by:
            return "by-agent missed"
        return "missing source: " + ra.missing_source(trig).split(": ", 1)[1]
    places = []
    for name in coded:
        toks = ra._mention_tokens(doc, tables, row["article_id"], ev["entities"].get(name, ""), span)
        if not toks:
            places.append(("outside", name, None))
            continue
        tok = toks[0]
        if _speaker(tok, trig):
            return "speaker as doer"
        if _heading(tok, sent):
            return "heading or dateline as doer"
        if _inside_org(tok):
            return "country in an organisation's name"
        places.append((ra.place_of(tok, trig), name, tok))
    if by and not any(t is not None and any(t in b.subtree for b in by) for _, _, t in places):
        return "by-agent missed"
    kinds = [p for p, _, _ in places]
    if any(k in {"possessor", "kin possessor"} for k in kinds):
        return "possessor"
    if any(k in {"of-phrase", "kin of-phrase"} for k in kinds):
        return "of-phrase owner"
    if any(k == "place" for k in kinds):
        return "place as doer"
    if any(k in {"appositive", "description clause"} for k in kinds):
        return "description (appositive / relative clause)"
    if any(_group(n) for _, n, _ in places):
        return "group noun"
    if any(k == "outside" for k in kinds):
        if not subj or any(s.lower_ in PRONOUNS for s in subj):
            return "other subject carried (pronoun or no subject)"
        return "other sentence's party over a named subject"
    if any(k in {"reporting frame", "elsewhere in the sentence"} for k in kinds):
        return "other clause's party"
    return "subject read wrongly"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--show", action="store_true", help="print each row with its class")
    parser.add_argument("--class", dest="only", default=None, help="with --show: only rows of this class")
    args = parser.parse_args(argv)

    audit = ra.Audit(args.work)
    rows = [r for r in audit.rows if r["error"] in ERRORS]
    counts: Counter = Counter()
    classes: Counter = Counter()
    for r in rows:
        st, ev = audit.event(r)
        counts[(r["error"], st)] += 1
        if st != "persists":
            continue
        doc = audit.doc(r["article_id"])
        word = audit.word(r, ev)
        cls = mechanism({**r, "trigger": word}, ev, doc, audit.tables)
        classes[cls] += 1
        if args.show and (args.only is None or args.only == cls):
            now = f"{'; '.join(sorted(ev['sources']))} -> {'; '.join(sorted(ev['targets']))}"
            print(f"{cls:45} {r['error']} {r['file']} {r['article_id']} {r['event_type']} trigger={word!r}")
            print(f"    {r['sentence'][:320]}\n    note: {r['note']}\n    now: {now}")
    for err in sorted(ERRORS):
        line = ", ".join(f"{st} {counts[(err, st)]}" for st in ("persists", "changed", "gone"))
        print(f"{err}: {line}")
    print("persisting wrong-source and wrong-actors rows by mechanism:")
    for cls, n in classes.most_common():
        print(f"  {cls:50} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
