"""Write the articles of bench/unseen/newsarticles9_gold.json from the shared corpus into a docs folder.

usage (from the project root; needs ../shared/corpora):
    .venv/bin/python bench/unseen/build_docs9.py [OUT_DIR]        # default /tmp/unseen-news9/docs

The ninth hand-coded collection (README_newsarticles9.md): the same corpus and layout as build_docs.py, other
articles (v01.json, ...). build_docs.collection_main does the work for every numbered collection; only
annotations are kept in the repository, never article text.
"""

from __future__ import annotations

import sys

from build_docs import collection_main

if __name__ == "__main__":
    sys.exit(collection_main(sys.argv, 9))
