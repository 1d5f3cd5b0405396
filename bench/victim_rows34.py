"""How the victims of an attack are told in the development rows judged wrong-target or wrong-actors (round 34).

usage (from the project root): .venv/bin/python bench/victim_rows34.py [--show]

Every ASSAULT or COERCE row of ``bench/precision/dev_judged*.tsv`` (never the evaluation sample ``judged.tsv`` nor
its shelf) judged ``wrong-target`` or ``wrong-actors`` whose sentence holds a verb of harm (``data/harm_verbs.tsv``,
or the participle of one after the trigger) is parsed alone and split by how its victims are told: ``named person``
(a person's name or a title before one), ``pronoun`` ('he was shot'), ``counted group`` ('22 people', 'dozens
more'), ``group noun`` ('civilians', 'soldiers'), ``common noun`` ('a man', 'members of his family'); ``passive``
or ``active`` says whether they are the passive subject (with ``+by`` when a 'by' agent names the doer) or the
object. Rows whose harm verb has no victim phrase are ``no victim phrase``. Only counts are printed; --show prints
each row's sentence head with its class. Run ``bench/role_audit.py`` for whether each row persists.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from precision_sample import read_tsv  # noqa: E402

PRECISION = ROOT / "bench" / "precision"
ERRORS = frozenset({"wrong-target", "wrong-actors"})
TYPES = frozenset({"ASSAULT", "COERCE"})
COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "others", "more", "several", "many"})


def rows() -> list[dict[str, str]]:
    out = []
    for path in sorted(PRECISION.glob("dev_judged*.tsv")):
        if path.name.endswith(".left.tsv"):
            continue
        out += [
            {**r, "file": path.name}
            for r in read_tsv(path)
            if r.get("error") in ERRORS and r.get("event_type") in TYPES
        ]
    return out


def victim_class(sent, harm: frozenset[str]) -> str:  # noqa: ANN001
    from sitrep.extract.event_arg_clauses import subject_token
    from sitrep.extract.event_arg_groups import group_of

    verbs = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in harm]
    for verb in verbs:
        subj, passive = subject_token(verb)
        victim = subj if passive else next((c for c in verb.children if c.dep_ == "dobj"), None)
        if victim is None:
            continue
        voice = "passive" if passive else "active"
        if passive and any(c.dep_ == "agent" for c in verb.children):
            voice += "+by"
        if victim.pos_ == "PRON":
            kind = "pronoun"
        elif victim.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in victim.subtree):
            kind = "named person"
        elif victim.pos_ == "NUM" or victim.lower_ in COUNT_WORDS or any(c.dep_ == "nummod" for c in victim.children):
            kind = "counted group"
        elif group_of(victim):
            kind = "group noun"
        else:
            kind = "common noun"
        return f"{kind} ({voice})"
    return "no victim phrase" if verbs else "no verb of harm"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)

    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.data_files import read_tsv as data_tsv
    from sitrep.extract.nlp import load_nlp

    harm = frozenset(r["lemma"] for r in data_tsv("harm_verbs.tsv"))
    nlp = load_nlp(DEFAULT_MODEL)
    found = rows()
    counts: Counter = Counter()
    for r in found:
        cls = victim_class(nlp(r["sentence"]), harm)
        counts[cls] += 1
        if args.show:
            print(f"{cls:32} {r['file']} {r['event_type']} {r['targets'] or '-'} | {r['sentence'][:150]}")
    print(f"{len(found)} ASSAULT/COERCE development rows judged wrong-target/wrong-actors")
    for cls, n in counts.most_common():
        print(f"  {cls:40} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
