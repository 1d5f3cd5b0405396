"""How often ``alleged_acts`` reads a trigger as a claimed or threatened act in a docs folder, by kind, noun and
clause link: counts only (safe on held-out collections; no text is printed).

usage (from the project root): .venv/bin/python bench/alleged_counts34.py DOCS_DIR
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from sitrep.extract import entities, events  # noqa: F401  (loads the extraction package in order)
from sitrep.extract.alleged_acts import _clause_head, _threat_noun, alleged_act
from sitrep.extract.nlp import load_nlp
from sitrep.extract.token_lemma import lemma


def main() -> None:
    from sitrep.config import DEFAULT_MODEL

    nlp = load_nlp(DEFAULT_MODEL)
    counts: Counter = Counter()
    for path in sorted(Path(sys.argv[1]).glob("*.json")):
        doc = nlp(json.loads(path.read_text())["body"])
        for _ev in events.doc_event_candidates(doc, entities.doc_mentions(doc), None):
            counts["events"] += 1
        for tok in doc:
            if alleged_act(tok):
                clause = _clause_head(tok)
                threat = _threat_noun(clause)
                noun = threat if threat is not None else clause.head
                counts[(path.name, lemma(noun), clause.dep_)] += 1
    for key, n in sorted(counts.items(), key=str):
        print(key, n)


if __name__ == "__main__":
    main()
