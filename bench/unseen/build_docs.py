"""Write the articles of bench/unseen/newsarticles_gold.json from the shared corpus into a docs folder.

usage (from the project root; needs ../shared/corpora):
    .venv/bin/python bench/unseen/build_docs.py [OUT_DIR]        # default /tmp/unseen-news/docs

Each gold document names its corpus record (`corpus_id`). The record is written as a one-record JSON file under
the gold's file name (n01.json, ...), with its title, body, published date, outlet and url, which sitrep reads
as an article with that published date. Only annotations are kept in the repository, never article text.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "newsarticles2017.jsonl.gz"
GOLD = Path(__file__).resolve().with_name("newsarticles_gold.json")


def write_docs(corpus: Path, gold_path: Path, out: Path, *, day_only: bool) -> int:
    """Write each gold document's corpus record to OUT as a one-record JSON file under the gold's file name;
    ``day_only`` keeps only the date of the record's timestamp. Exit code 2 when a record is not in the corpus."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    wanted = {d["corpus_id"]: d for d in gold["documents"]}
    records = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
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
            "published": rec["published"][:10] if day_only else rec["published"],
            "outlet": rec["source"],
        }
        if "url" in rec:
            item["url"] = rec["url"]
        (out / doc["doc"]).write_text(json.dumps(item, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(wanted)} documents written to {out}")
    return 0


def out_dir(argv: list[str], default: str) -> Path | None:
    """The folder to write (the one argument, else ``default``); None for an option such as --help, which
    would otherwise become a folder of that name."""
    if len(argv) > 1 and argv[1].startswith("-"):
        print(
            f"usage: {Path(argv[0]).name} [OUT_DIR]  (default {default}): writes the collection's texts",
            file=sys.stderr,
        )
        return None
    return Path(argv[1]) if len(argv) > 1 else Path(default)


def collection_main(argv: list[str], number: int) -> int:
    """The command line of the hand-coded collection `number` (build_docs3.py ... build_docs9.py): write the
    articles of newsarticles<number>_gold.json from the shared corpus to OUT_DIR, by default
    /tmp/unseen-news<number>/docs, one record per day-stamped JSON file under the gold's file names."""
    gold = GOLD.with_name(f"newsarticles{number}_gold.json")
    out = out_dir(argv, f"/tmp/unseen-news{number}/docs")
    return 2 if out is None else write_docs(CORPUS, gold, out, day_only=True)


def main(argv: list[str]) -> int:
    out = out_dir(argv, "/tmp/unseen-news/docs")
    return 2 if out is None else write_docs(CORPUS, GOLD, out, day_only=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
