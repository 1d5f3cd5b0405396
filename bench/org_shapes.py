"""Shapes of the gold organisations that resolve to no entity of ours (counts only).

usage (from the project root):
    .venv/bin/python bench/org_shapes.py [--names] [--all] WAREHOUSE:GOLD_JSON ...

A gold organisation (type ORG, an actor of some gold event unless ``--all``) is unresolved when no mention of ours
in its documents has one of its aliases as its surface (the scorer's rule, bench/miss_causes.py). Each is counted by
the shape of its aliases and by what we wrote where they occur:
- ``shape``: ``acronym-only`` ('ECOWAS'), ``acronym+long`` (an acronym among longer names), ``long-only``;
  ``acronym-defined``: the article writes the acronym in parentheses ('... States (ECOWAS)');
- ``lowercase`` (every alias in lower case: 'security forces'), ``some-lowercase`` ('the junta' beside a name);
- ``place-inside``: a country, demonym or city word inside a long alias ('Kenya Defence Forces');
- ``led``: an alias '<X>-led ...' ('Saudi-led coalition');
- ``phoenix``: the shipped Phoenix tables list an alias;
- ``body`` / ``title-only`` / ``no-literal``: where an alias is written;
- ``ours``: the kinds of mention of ours that overlap an alias where it is written (``NORP:inside`` a demonym inside
  the name, ``grp`` a group actor's mention, ``none``).
Only counts are printed, so it may be run on a held-out half; ``--names`` lists the aliases (tuning halves and
development sets only).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import duckdb
from miss_causes import Warehouse

from sitrep.extract import gazetteer
from sitrep.extract.actor_dictionary import lookup

ACRONYM = re.compile(r"^[A-Z][A-Z&.\-]{1,9}s?$")


def _placey(alias: str) -> bool:
    words = re.findall(r"[\w'’]+", alias)
    return any(w[:1].isupper() and _place_word(w) for w in words)


def _place_word(word: str) -> bool:
    return bool(gazetteer.country_iso3(word) or gazetteer.demonym_iso3(word) or gazetteer.city(word, min_pop=100000))


def _texts(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, str], dict[str, str], dict[str, list]]:
    bodies, titles, mentions = {}, {}, {}
    for uri, body, title in con.execute("select source_uri, body, title from curated.articles").fetchall():
        bodies[os.path.basename(uri or "")], titles[os.path.basename(uri or "")] = body or "", title or ""
    rows = con.execute(
        "select a.source_uri, m.start_char, m.end_char, e.entity_type, e.entity_id from curated.mentions m "
        "join curated.articles a using(article_id) join curated.entities e using(entity_id)"
    ).fetchall()
    for uri, start, end, etype, eid in rows:
        kind = ("grp" if eid.startswith("ent_grp") else "") + etype
        mentions.setdefault(os.path.basename(uri or ""), []).append((start, end, kind))
    return bodies, titles, mentions


def _overlaps(alias: str, body: str, mentions: list, seen: Counter) -> int:
    """How often ``alias`` is written in ``body``; counts in ``seen`` how our mentions overlap it there."""
    n = 0
    for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", body):
        n += 1
        i, j = m.span()
        hits = [(s, e, k) for s, e, k in mentions if s < j and e > i]
        for s, e, k in hits:
            rel = "exact" if (s, e) == (i, j) else "inside" if s >= i and e <= j else "covers"
            rel = rel if rel != "covers" or (s <= i and e >= j) else "cross"
            seen[f"{k}:{rel}"] += 1
        if not hits:
            seen["none"] += 1
    return n


def entity_shape(ent: dict, bodies: dict, titles: dict, mentions: dict) -> list[str]:
    """The shape features of one gold organisation (see the module doc)."""
    aliases = ent["aliases"]
    acr = [a for a in aliases if ACRONYM.match(a)]
    longs = [a for a in aliases if not ACRONYM.match(a)]
    feats = ["shape:" + ("acronym-only" if acr and not longs else "acronym+long" if acr else "long-only")]
    if all(a[:1].islower() for a in aliases):
        feats.append("lowercase")
    elif any(a[:1].islower() for a in aliases):
        feats.append("some-lowercase")
    if any(_placey(a) for a in longs):
        feats.append("place-inside")
    if any("-led " in a for a in aliases):
        feats.append("led")
    seen: Counter = Counter()
    in_body = in_title = 0
    defined = False
    for doc in ent.get("docs", []):
        body = bodies.get(doc, "")
        for a in aliases:
            in_title += titles.get(doc, "").count(a)
            in_body += _overlaps(a, body, mentions.get(doc, []), seen)
            defined |= bool(ACRONYM.match(a) and re.search(r"\(\s*" + re.escape(a) + r"\s*\)", body))
    if defined:
        feats.append("acronym-defined")
    feats.append("body" if in_body else "title-only" if in_title else "no-literal")
    feats.append("phoenix" if any(lookup(a) is not None for a in aliases) else "no-phoenix")
    feats.append("ours:" + (",".join(sorted(seen)) or "-"))
    return feats


def main(argv: list[str]) -> int:
    names, every = "--names" in argv, "--all" in argv
    pairs = [a for a in argv[1:] if not a.startswith("--")]
    shapes: Counter = Counter()
    totals: Counter = Counter()
    for pair in pairs:
        wh_path, gold_path = pair.split(":")
        gold = json.loads(Path(gold_path).read_text())
        wh = Warehouse(Path(wh_path))
        con = duckdb.connect(wh_path, read_only=True)
        bodies, titles, mentions = _texts(con)
        con.close()
        actors = {a for ev in gold["events"] for a in ev["actors"]}
        for ent in gold["entities"]:
            if ent["type"] != "ORG" or not (every or ent["canonical"] in actors):
                continue
            totals["ORG"] += 1
            if wh.resolve(ent) is not None:
                continue
            totals["unresolved"] += 1
            feats = entity_shape(ent, bodies, titles, mentions)
            shapes[" | ".join(feats)] += 1
            if names:
                print(ent["aliases"][:5], feats)
    print(f"unresolved {totals['unresolved']} of {totals['ORG']} gold organisations")
    for shape, n in shapes.most_common():
        print(n, shape)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
