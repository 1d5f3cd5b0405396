"""Where an NLP worker's CPU goes, split finer than ``profile_nlp.py``: the NER's own embedding and encoder
(``ner.model``'s tok2vec, which it does not share with the tagger and parser) apart from its transition loop, and
how much of the text an output-changing cut could skip (the share of sentences and tokens in which an event
candidate starts: parsing only those would change the analyses, since sentence edges, quotes and mentions read the
parse everywhere).

CPU seconds of this process (``time.process_time``) on the first N articles of the throughput corpus, after a
warm-up; read them as shares when other jobs load the machine.

usage: .venv/bin/python bench/worker_split22.py [--n 100] [--corpus newsarticles2017|reuters]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_throughput import FILES, load_articles  # noqa: E402
from sitrep.config import DEFAULT_MODEL  # noqa: E402
from sitrep.extract.nlp import load_nlp  # noqa: E402
from sitrep.extract.pipeline import analyze_doc  # noqa: E402


def _timed(fn, *args) -> tuple[float, object]:  # noqa: ANN001
    start = time.process_time()
    out = fn(*args)
    return time.process_time() - start, out


def _embed(tok2vec, docs: list, batch_size: int) -> None:  # noqa: ANN001
    for i in range(0, len(docs), batch_size):
        tok2vec.predict(docs[i : i + batch_size])


def _run(proc, docs: list, batch_size: int) -> list:  # noqa: ANN001
    return list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]


def split(texts: list[str], batch_size: int = 32) -> dict[str, float]:
    nlp = load_nlp(DEFAULT_MODEL)
    for i, doc in enumerate(nlp.pipe(texts[-10:])):  # lazy tables (gazetteers) built before timing, as a worker's
        analyze_doc({"article_id": f"warm{i}", "published_at": None}, doc)
    seconds: dict[str, float] = {}
    seconds["tokenizer"], docs = _timed(lambda: [nlp.make_doc(t) for t in texts])
    for name, proc in nlp.pipeline:
        if name == "ner":  # its own embedding and encoder, then the whole component again (they are not cached)
            seconds["ner: own tok2vec"], _ = _timed(_embed, proc.model.get_ref("tok2vec"), docs, batch_size)
        seconds[name], docs = _timed(_run, proc, docs, batch_size)
    seconds["ner: transitions"] = seconds["ner"] - seconds["ner: own tok2vec"]
    seconds["extraction"], analyses = _timed(
        lambda: [analyze_doc({"article_id": str(i), "published_at": None}, d) for i, d in enumerate(docs)]
    )
    sentences = tokens = ev_sentences = ev_tokens = 0
    for doc, analysis in zip(docs, analyses, strict=True):
        starts = [c["start_char"] for c in analysis["event_candidates"]]
        for sent in doc.sents:
            sentences, tokens = sentences + 1, tokens + len(sent)
            if any(sent.start_char <= s < sent.end_char for s in starts):
                ev_sentences, ev_tokens = ev_sentences + 1, ev_tokens + len(sent)
    seconds["share of sentences with an event candidate"] = ev_sentences / max(1, sentences)
    seconds["share of tokens in them"] = ev_tokens / max(1, tokens)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--corpus", choices=sorted(FILES), default="newsarticles2017")
    args = parser.parse_args()
    texts = [a["body"] for a in load_articles(args.corpus, args.n)]
    seconds = split(texts)
    total = sum(v for k, v in seconds.items() if not k.startswith(("share", "ner:")))
    print(f"{len(texts)} articles: {total:.2f} CPU s")
    for name, value in seconds.items():
        share = "" if name.startswith("share") else f"  {value / total:6.1%}"
        print(f"  {name:45s} {value:6.2f}{share}")


if __name__ == "__main__":
    main()
