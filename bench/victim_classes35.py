"""How often each of round 35's four victim/attacker frames occurs in the development material (counts only).

usage (from the project root): .venv/bin/python bench/victim_classes35.py [--show]

Sentences read: every ASSAULT or COERCE row of ``bench/precision/dev_judged*.tsv`` judged wrong-target, wrong-source or
wrong-actors (never the evaluation sample ``judged.tsv`` nor a shelf), the GSR tuning half's ASSAULT and COERCE
sentences (``bench/gsr_split.half``), and the sentences of the devset and devset2 documents that hold a verb of harm
or of arrest. Each sentence is parsed and put in the first class whose frame it holds:

- ``a pronoun + by``: a personal pronoun is the passive subject of a verb of harm or arrest that has a 'by' agent
  ('they were shot by police');
- ``b noun clause``: an attack noun ('bombing', 'attack', 'strike') has a relative clause or participle whose verb
  of harm has an object ('a bombing that killed 50 soldiers');
- ``c passive, no doer``: a verb of harm or arrest in the passive with no 'by' agent ('21 men have been killed');
- ``d group arrester``: a verb of arrest whose subject is a security group noun ('police detained', 'troops raided');
- ``other``. Only counts are printed per source; --show prints each sentence's head with its class.

Run at 1781dec5 (round 35's start): dev rows 118 (a 4, b 2, c 42, d 3, other 67); GSR tuning half 14 (c 1, d 2,
other 11); devset 1 (other); devset2 29 (c 12, other 17: the detentions of one reporter, coded right). The frame
says where the victims stand, not that the row is coded wrongly: of the 42 dev rows in c, bench/role_audit.py
shows the persisting ones are mostly a state or another sentence's person coded in the victims' place.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from gsr_split import half  # noqa: E402
from precision_sample import read_tsv  # noqa: E402

SHARED = ROOT.parent / "shared"
ERRORS = frozenset({"wrong-target", "wrong-source", "wrong-actors"})
TYPES = frozenset({"ASSAULT", "COERCE"})
ARREST = frozenset({"arrest", "detain", "raid", "imprison", "jail", "deport", "abduct", "kidnap", "seize"})
ATTACK_NOUNS = frozenset(
    {"attack", "bombing", "strike", "airstrike", "raid", "shooting", "blast", "explosion", "ambush", "assault",
     "shelling", "bomb", "stabbing", "massacre", "offensive", "operation"}
)  # fmt: skip
SECURITY = frozenset({"police", "policeman", "officer", "force", "troop", "soldier", "army", "authority", "guard",
                      "agent", "investigator", "military"})  # fmt: skip
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "we", "i"})


def frame(sent, harm: frozenset[str]) -> str:  # noqa: ANN001, C901
    from sitrep.extract.event_arg_clauses import subject_token

    verbs = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in harm | ARREST]
    for v in verbs:
        subj, passive = subject_token(v)
        agent = any(c.dep_ == "agent" for c in v.children)
        if passive and agent and subj is not None and subj.lower_ in PRONOUNS:
            return "a pronoun + by"
    for n in sent:
        if n.pos_ == "NOUN" and n.lemma_.lower() in ATTACK_NOUNS:
            for c in n.children:
                if (
                    c.dep_ in {"relcl", "acl"}
                    and c.lemma_.lower() in harm
                    and any(o.dep_ == "dobj" for o in c.children)
                ):
                    return "b noun clause"
    for v in verbs:
        subj, passive = subject_token(v)
        if passive and not any(c.dep_ == "agent" for c in v.children):
            return "c passive, no doer"
    for v in verbs:
        subj, passive = subject_token(v)
        if v.lemma_.lower() in ARREST and not passive and subj is not None and subj.lemma_.lower() in SECURITY:
            return "d group arrester"
    return "other"


def sentences(nlp, harm: frozenset[str]) -> list[tuple[str, str]]:  # noqa: ANN001
    out = []
    for path in sorted((ROOT / "bench" / "precision").glob("dev_judged*.tsv")):
        if path.name.endswith(".left.tsv"):
            continue
        out += [
            ("dev rows", r["sentence"])
            for r in read_tsv(path)
            if r.get("error") in ERRORS and r.get("event_type") in TYPES
        ]
    gold = json.loads((SHARED / "devset" / "plover" / "gsr_dev.json").read_text(encoding="utf-8"))
    out += [("gsr tune", r["text"]) for r in gold if half(r["id"]) == "tune" and r["type"] in TYPES]
    words = harm | ARREST
    for name, docs in (("devset", SHARED / "devset" / "docs"), ("devset2", SHARED / "devset2" / "docs")):
        for p in sorted(docs.glob("*.txt")):
            text = p.read_text(encoding="utf-8", errors="replace")
            if p.suffix == ".json":
                text = json.loads(text).get("body", "")
            for s in nlp(text).sents:
                if any(t.lemma_.lower() in words and t.pos_ == "VERB" for t in s):
                    out.append((name, s.text))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)

    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.data_files import read_tsv as data_tsv
    from sitrep.extract.nlp import load_nlp

    harm = frozenset(r["lemma"] for r in data_tsv("harm_verbs.tsv"))
    nlp = load_nlp(DEFAULT_MODEL)
    counts: Counter = Counter()
    for where, text in sentences(nlp, harm):
        cls = frame(nlp(text), harm)
        counts[(where, cls)] += 1
        if args.show:
            print(f"{cls:20} {where:9} | {text[:150]}")
    for where in ("dev rows", "gsr tune", "devset", "devset2"):
        row = {c: n for (w, c), n in counts.items() if w == where}
        print(f"{where:9} {sum(row.values()):4}  " + "  ".join(f"{c}: {n}" for c, n in sorted(row.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
