"""Write the articles of bench/unseen/reuters2_gold.json from the shared Reuters-21578 corpus into a docs folder.

usage (from the project root; needs ../shared/corpora):
    .venv/bin/python bench/unseen/build_reuters2_docs.py [OUT_DIR]      # default /tmp/unseen-reuters2/docs

The second hand-coded Reuters collection (README_reuters2.md): the same corpus and layout as build_reuters_docs.py,
other articles. Each gold document's corpus record is written as a one-record JSON file under the gold's file name
(r05773.json, ...) with its title, body (the wire text as distributed), full published timestamp and outlet. Only
annotations live in the repository, never article text (Reuters-21578 is research-use only).
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_docs import ROOT, out_dir, write_docs

CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
GOLD = Path(__file__).resolve().with_name("reuters2_gold.json")


def main(argv: list[str]) -> int:
    out = out_dir(argv, "/tmp/unseen-reuters2/docs")
    return 2 if out is None else write_docs(CORPUS, GOLD, out, day_only=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
