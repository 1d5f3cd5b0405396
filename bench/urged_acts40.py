"""Counts only: sentences where a verb of urging takes an actor object and a 'to' infinitive ('encouraged X to
hold talks', 'lobbied X to back the bill') -- PLOVER REQUEST, the infinitive's act asked, not done -- in the judged
development rows and the unseen collections' documents (round 40).

usage (from the project root):
    .venv/bin/python bench/urged_acts40.py --labels SAVED_MAP.json [--unseen ROOT]

``SAVED_MAP.json`` is ``bench/trigger_audit.py --save``'s row -> label map. For the development rows the script
prints, per verb lemma, the sentences' rows by verdict (``trigger_audit.verdict_kind``) and how many of the rows
are REQUEST, and the articles the class spans. ``ROOT`` is an ``unseen_all.sh`` work root: per half, the number of
such sentences and documents (no text). The verbs are those of ``sitrep/extract/data/urging_verbs.tsv`` when it
exists, else the list below.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import trigger_audit  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "sitrep" / "extract" / "data" / "urging_verbs.tsv"
#: the verbs counted when the data file is not there yet
VERBS = {"encourage", "woo", "lobby", "implore", "beg", "beseech", "prod", "nudge", "goad", "counsel", "advise",
         "enjoin", "direct", "push", "pressure", "pressurise", "pressurize", "persuade", "convince", "exhort",
         "entreat", "invite", "challenge"}  # fmt: skip
ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}


def verbs() -> set[str]:
    if not DATA.exists():
        return VERBS
    lines = [ln for ln in DATA.read_text().splitlines() if ln and not ln.startswith("#")]
    return {ln.split("\t")[0] for ln in lines[1:]}


def urged(sent, words: set[str]) -> list[str]:
    """Lemmas of the verbs of urging in the sentence with an object and a 'to' infinitive after it."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words:
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        infs = [c for c in tok.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ in {"VERB", "AUX"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # fmt: skip
        if infs and (passive or any(o.i < infs[0].i for o in objs)):
            out.append(tok.lemma_.lower())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", type=Path, required=True)
    ap.add_argument("--unseen", type=Path, default=None)
    args = ap.parse_args()
    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp

    nlp, words = load_nlp(DEFAULT_MODEL), verbs()
    labels, _run = trigger_audit.read_map(args.labels)
    rows = trigger_audit.dev_rows()
    by_sentence: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_sentence[r["sentence"]].append(r)
    kinds: Counter = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    for text, group in by_sentence.items():
        for lem in urged(nlp(text), words):
            for r in group:
                coded = labels[trigger_audit.row_id(r)][0] != "gone"
                kinds[(lem, trigger_audit.verdict_kind(r), r["event_type"] == "REQUEST", coded)] += 1
                articles[lem].add(r["article_id"])
    print("development rows in sentences of the class (lemma, verdict, row is REQUEST, still coded): rows")
    for key, n in sorted(kinds.items()):
        print(f"  {key}: {n}")
    print("articles by lemma: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(articles.items())))
    print(f"articles in all: {len(set().union(*articles.values())) if articles else 0}")
    if args.unseen:
        for half in ("tune", "held-out"):
            sents: Counter = Counter()
            docs: set[str] = set()
            for coll in sorted(p for p in args.unseen.iterdir() if (p / half / "docs").is_dir()):
                for f in sorted((coll / half / "docs").iterdir()):
                    rec = json.loads(f.read_text(encoding="utf-8"))
                    text = rec.get("text") or rec.get("body") or ""
                    for sent in nlp(text).sents:
                        for lem in urged(sent, words):
                            sents[lem] += 1
                            docs.add(f"{coll.name}/{f.name}")
            print(f"unseen {half}: {sum(sents.values())} sentences in {len(docs)} documents; " +
                  ", ".join(f"{k} {v}" for k, v in sents.most_common()))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
