"""Count the development rows whose coded target is wrong and persists, by three classes of wording left alone in
round 35 (issue 10, precision):

- ``coordinated``: the trigger verb is coordinated with another verb of the same subject ('X met Y and signed a
  deal', 'X condemned and sanctioned Y') and the other verb holds the object or recipient the trigger lacks;
- ``moved to a place``: a verb of moving a person ('deported to', 'expelled to', 'sent back to', 'extradited
  to') whose coded target is the place moved to, or whose person moved is not coded;
- ``held in a place``: a passive custody verb ('was held/charged/jailed in <place>') whose coded target is the
  place.

usage (from the project root): .venv/bin/python bench/target_classes36.py [--work DIR] [--rows]

Reads only ``bench/precision/dev_judged*.tsv`` (development samples, never ``judged.tsv``), through
``role_audit.py``'s machinery (its --work cache of parsed Docs). Every row judged ``wrong-target`` or
``wrong-actors`` that persists (the same targets are coded now) is classed; a second count goes over every judged
row's sentence of the articles analysed and counts the sentences with a passive custody verb followed by
'in <place>' that no COERCE event is coded on (whatever the row's verdict). --rows prints each classed row.

Round 36, main ce2a3f57 (and the same after raised_objects and moved_persons): wrong-target persisting 177,
coordinated 3 (none of the shape: a light verb's noun takes the recipient, coordinated subjects, a later clause),
moved to a place 0, held in a place 0; wrong-actors 46, none of the three (the camp after 'deported to' is a
garbled name, not read as a place); custody sentences 5, no COERCE on 1 (a meeting 'will be held in').
The three classes are one row or none each among the persisting rows: the fixes are for the wording class.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from precision_sample import read_tsv  # noqa: E402
from role_audit import PRECISION, Audit, _trigger, norm  # noqa: E402

MOVING = frozenset({"deport", "expel", "send", "return", "extradite", "repatriate", "transfer", "move", "fly"})
CUSTODY = frozenset({"hold", "charge", "jail", "imprison", "detain", "arrest", "sentence", "convict", "try", "indict"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj"})


def _objects(verb) -> list:  # noqa: ANN001
    """The direct objects and prepositional objects hanging on a verb."""
    out = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    out += [g for c in verb.children if c.dep_ in {"prep", "dative"} for g in c.children if g.dep_ == "pobj"]
    return out


def _names(toks: list) -> bool:  # noqa: ANN001
    return any(
        t.ent_type_ and t.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL"} for o in toks for t in o.subtree
    )


def coordinated(trig) -> bool:  # noqa: ANN001
    """The trigger and a verb coordinated with it share a subject, and the other verb's objects name a party the
    trigger's own do not."""
    if trig.pos_ not in {"VERB", "AUX"}:
        return False
    partners = [c for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    partners += [trig.head] if trig.dep_ == "conj" and trig.head.pos_ == "VERB" else []
    for other in partners:
        later = other if other.i > trig.i else trig
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in later.children):
            continue  # (a second clause of its own: 'X met Y and Z signed')
        if _names(_objects(other)) and not _names(_objects(trig)):
            return True
    return False


def moved_to(trig, targets: frozenset[str]) -> bool:  # noqa: ANN001
    """A verb of moving a person in the trigger's sentence ('arrested and deported to a camp in X') whose 'to'
    phrase holds a coded target."""
    for verb in trig.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in MOVING:
            continue
        dest = [
            g for c in verb.children if c.lower_ in {"to", "back", "into"} for g in c.subtree if g.ent_type_ in PLACES
        ]
        if any(t.text in " ".join(targets) for t in dest):
            return True
    return False


def held_in(trig, targets: frozenset[str]) -> bool:  # noqa: ANN001
    if trig.lemma_.lower() not in CUSTODY or not any(c.dep_ == "auxpass" for c in trig.children):
        return False
    where = [g for c in trig.children if c.lower_ == "in" for g in c.subtree if g.ent_type_ in PLACES]
    return bool(where) and any(t.text in " ".join(targets) for t in where)


def classify(trig, ev: dict) -> str:  # noqa: ANN001
    if coordinated(trig):
        return "coordinated"
    if moved_to(trig, ev["targets"]):
        return "moved to a place"
    if held_in(trig, ev["targets"]):
        return "held in a place"
    return "other"


def uncoded_custody(found: dict, nlp, show: bool, analysed: set[str]) -> tuple[int, int]:  # noqa: ANN001
    """(sentences of judged rows with a passive custody verb + 'in <place>', of them with no COERCE coded), over
    the ``analysed`` articles (those with a row judged wrong on its actors)."""
    seen, total, missing = set(), 0, 0
    for path in sorted(PRECISION.glob("dev_judged*.tsv")):
        for r in read_tsv(path):
            key = (r["article_id"], norm(r["sentence"]))
            if key in seen or r["article_id"] not in analysed:
                continue
            seen.add(key)
            doc = nlp(r["sentence"])
            if not any(
                t.lemma_.lower() in CUSTODY
                and any(c.dep_ == "auxpass" for c in t.children)
                and any(c.lower_ == "in" and any(g.ent_type_ in PLACES for g in c.subtree) for c in t.children)
                for t in doc
            ):
                continue
            total += 1
            missing += not found.get((*key, "COERCE"))
            if show and not found.get((*key, "COERCE")):
                print(f"no COERCE: {r['article_id']} {r['event_type']} {r['error'] or 'right'}: {r['sentence'][:200]}")
    return total, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args(argv)

    audit = Audit(args.work)
    rows = [r for r in audit.rows if r["error"] in {"wrong-target", "wrong-actors"}]
    counts: Counter = Counter()
    for r, ev, _doc, sent, word in audit.persisting(rows):
        cls = "unparsed" if sent is None else classify(_trigger(sent, word), ev)
        counts[(r["error"], cls)] += 1
        if args.rows and cls != "other":
            print(f"{cls:18} {r['error']} {r['file']} {r['article_id']} {r['event_type']} {word!r}")
            print(f"    {r['sentence'][:240]}\n    judged: {r['sources']} -> {r['targets']} | note: {r['note'][:160]}")
            print(f"    now: {'; '.join(sorted(ev['sources']))} -> {'; '.join(sorted(ev['targets']))}")
    for err in ("wrong-target", "wrong-actors"):
        line = ", ".join(f"{c} {n}" for (e, c), n in sorted(counts.items(), key=lambda kv: -kv[1]) if e == err)
        print(f"{err} persisting {sum(n for (e, _), n in counts.items() if e == err)}: {line}")
    total, missing = uncoded_custody(audit.found, audit.nlp, args.rows, {a["article_id"] for a in audit.articles})
    print(f"judged sentences with a passive custody verb + 'in <place>': {total}, no COERCE coded on {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
