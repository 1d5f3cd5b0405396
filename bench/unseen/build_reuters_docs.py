"""Write the articles of bench/unseen/reuters_gold.json from the shared Reuters-21578 corpus into a docs folder.

usage (from the project root; needs ../shared/corpora):
    .venv/bin/python bench/unseen/build_reuters_docs.py [OUT_DIR]      # default /tmp/unseen-reuters/docs

Each gold document names its corpus record (`corpus_id`). The record is written as a one-record JSON file under the
gold's file name (r21459.json, ...) with its title, body (the wire text as distributed: hard line breaks, indented
paragraphs, the "Reuter" sign-off), published timestamp and outlet, which sitrep reads as an article with that
published date. Only annotations live in the repository, never article text (Reuters-21578 is research-use only).
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
GOLD = Path(__file__).resolve().with_name("reuters_gold.json")


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("/tmp/unseen-reuters/docs")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    wanted = {d["corpus_id"]: d for d in gold["documents"]}
    records = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in wanted:
                records[rec["id"]] = rec
    missing = sorted(set(wanted) - set(records))
    if missing:
        print(f"not in the corpus: {missing}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.json"):
        old.unlink()
    for cid, doc in wanted.items():
        rec = records[cid]
        item = {
            "id": rec["id"],
            "title": rec["title"],
            "body": rec["body"],
            "published": rec["published"],
            "outlet": rec["source"],
        }
        (out / doc["doc"]).write_text(json.dumps(item, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(wanted)} documents written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
