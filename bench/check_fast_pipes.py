"""Check that sitrep's look-up attribute ruler and lemmatizer (``sitrep.extract.fast_pipes``) give exactly the stock
spaCy components' output on real articles, and time both pipelines (CPU seconds, one process each).

usage: .venv/bin/python bench/check_fast_pipes.py [--n 400] [--corpus newsarticles2017|reuters]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, TAG

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_throughput import FILES, load_articles  # noqa: E402
from sitrep.config import DEFAULT_MODEL  # noqa: E402
from sitrep.extract import entities, events  # noqa: E402
from sitrep.extract.fast_pipes import speed_up  # noqa: E402
from sitrep.extract.rule_lemmas import use_on  # noqa: E402

ATTRS = [ORTH, NORM, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]


def pipeline(fast: bool):
    nlp = spacy.load(DEFAULT_MODEL)
    for module in (entities, events):
        module.add_components(nlp)
    if fast:
        return speed_up(nlp)
    use_on(nlp.get_pipe("lemmatizer"))  # spaCy 3.8.18's lemma rule, which sitrep's lemmas follow on any release
    return nlp


def run(nlp, texts: list[str]) -> tuple[float, list]:
    start = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=32))
    seconds = time.process_time() - start
    return seconds, [(d.to_array(ATTRS).tolist(), [(e.start, e.end, e.label_) for e in d.ents]) for d in docs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--corpus", choices=sorted(FILES), default="newsarticles2017")
    args = ap.parse_args()
    texts = [a["body"] for a in load_articles(args.corpus, args.n)]
    stock, fast = pipeline(False), pipeline(True)
    print("stock:", stock.pipe_names, "\nfast: ", fast.pipe_names)
    run(stock, texts[:5]), run(fast, texts[:5])  # warm both
    t_stock, a_stock = run(stock, texts)
    t_fast, a_fast = run(fast, texts)
    # the string tables differ (separate vocabularies) only if a lemma or morph was spelled differently
    same = all(
        s == f and [stock.vocab.strings[h] for h in _lemmas(s)] == [fast.vocab.strings[h] for h in _lemmas(f)]
        for s, f in zip(a_stock, a_fast, strict=True)
    )
    ratio = t_fast / t_stock
    print(f"{args.n} articles: stock {t_stock:.2f} CPU s, fast {t_fast:.2f} CPU s ({ratio:.2f}x); identical: {same}")
    if not same:
        raise SystemExit(1)


def _lemmas(analysis) -> list[int]:
    return [row[ATTRS.index(LEMMA)] for row in analysis[0]]


if __name__ == "__main__":
    main()
