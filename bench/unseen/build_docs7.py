"""Write the articles of bench/unseen/newsarticles7_gold.json from the shared corpus into a docs folder.

usage (from the project root; needs ../shared/corpora):
    .venv/bin/python bench/unseen/build_docs7.py [OUT_DIR]        # default /tmp/unseen-news7/docs

The seventh hand-coded collection (README_newsarticles7.md): the same corpus and layout as build_docs.py, other
articles. Each record is written as a one-record JSON file under the gold's file name (v01.json, ...) with its
title, body, published date, outlet and url. Only annotations are kept in the repository, never article text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_docs import CORPUS, out_dir, write_docs

GOLD = Path(__file__).resolve().with_name("newsarticles7_gold.json")


def main(argv: list[str]) -> int:
    out = out_dir(argv, "/tmp/unseen-news7/docs")
    return 2 if out is None else write_docs(CORPUS, GOLD, out, day_only=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
