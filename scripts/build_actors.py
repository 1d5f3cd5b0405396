"""Build sitrep's actor tables from the Phoenix (PETRARCH2) dictionaries (MIT licence).

usage: .venv/bin/python scripts/build_actors.py [RESOURCES_DIR]   (default ../shared/resources/petrarch2)

Writes, under sitrep/extract/data/:
- phoenix_actors.tsv.gz: one row per (name key, code reading): key, kind (person | org), country (ISO-3, empty
  for international actors), sector, CAMEO code, start, end (ISO dates, empty when open), source file;
- phoenix_agents.tsv: one row per role phrase: key, sector (CAMEO agent code: GOV, MIL, COP, OPP, REB, ...);
- PHOENIX_LICENSE.txt: the licence notice of the dictionaries.
Rows are sorted, so a rebuild from the same files gives the same bytes.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.extract.phoenix_parse import actor_rows, agent_rows, parse_blocks  # noqa: E402

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
OUT = ROOT / "sitrep" / "extract" / "data"
HEADER = ("key", "kind", "country", "sector", "code", "start", "end", "source")
NOTICE = """The actor tables phoenix_actors.tsv.gz and phoenix_agents.tsv are derived by scripts/build_actors.py
from the Phoenix dictionaries of PETRARCH2 (openeventdata/petrarch2, commit 676801cd):
Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt and
Phoenix.agents.txt, provided by the Computational Event Data System Project and the Open Event Data Alliance.

"""


def build(resources: Path) -> tuple[int, int]:
    rows = set()
    for name in ACTOR_FILES:
        lines = (resources / name).read_text(encoding="utf-8", errors="replace").splitlines()
        rows.update(actor_rows(list(parse_blocks(lines)), name.split(".")[1].lower()))
    with gzip.GzipFile(OUT / "phoenix_actors.tsv.gz", "wb", mtime=0) as raw:
        raw.write(("\t".join(HEADER) + "\n").encode())
        for row in sorted(rows):
            raw.write(("\t".join(row) + "\n").encode())
    lines = (resources / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    agents = sorted(set(agent_rows(lines)))
    with (OUT / "phoenix_agents.tsv").open("w", encoding="utf-8") as fh:
        fh.write("key\tsector\n")
        fh.writelines(f"{k}\t{s}\n" for k, s in agents)
    (OUT / "PHOENIX_LICENSE.txt").write_text(NOTICE + (resources / "LICENSE").read_text(encoding="utf-8"))
    return len(rows), len(agents)


if __name__ == "__main__":
    default = ROOT.parent / "shared" / "resources" / "petrarch2"
    n_actors, n_agents = build(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
    print(f"{n_actors} actor rows, {n_agents} agent rows -> {OUT}")
