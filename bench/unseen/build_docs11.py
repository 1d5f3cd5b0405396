"""Write the articles of bench/unseen/newsarticles11_gold.json from the shared corpus into a docs folder.

usage (from the project root; needs ../shared/corpora):
    .venv/bin/python bench/unseen/build_docs11.py [OUT_DIR]        # default /tmp/unseen-news11/docs

The eleventh hand-coded collection (README_newsarticles11.md): the same corpus and layout as build_docs.py, other
articles (y01.json, ...). build_docs.collection_main does the work for every numbered collection; only
annotations are kept in the repository, never article text.
"""

from __future__ import annotations

import sys

from build_docs import collection_main

if __name__ == "__main__":
    sys.exit(collection_main(sys.argv, 11))
