"""Gold actors that resolve to no entity, by shape, and gold entities with a wrong country, by cause (counts only).

usage (from the project root):
    .venv/bin/python bench/actor_misses.py [--half tune|held-out] [--names] ROOT ...

ROOT is a work root of /tmp/unseen_all.sh (one dir per collection, each with ``tune.duckdb``/``held-out.duckdb`` and
``tune/gold.json``/``held-out/gold.json``, as bench/event_split.py leaves them). The matching is the acceptance
scorer's (bench/miss_causes.py): a gold entity is the entity most of its alias mentions in its documents point to.

Unresolved actors (each actor of a gold main event that resolves to nothing, counted once per event) by shape:
``person``; ``state`` (a country); ``body`` (a lower-case body of a state, after any demonym or country name:
'police', 'Turkish prosecutors', 'the court', 'security forces'); ``group`` (another lower-case collective:
'protesters', 'rebels'); ``org`` (a capitalised name). Beside each, where the words are: ``written`` (an alias is
in the text of its documents), ``in-mention`` (an alias is part of a longer mention's surface: 'Turkish police'
for 'police'), ``group-entity`` (an event of its documents carries a group entity of the alias's head noun).

Wrong countries (the scorer's ``entity_country_acc``: every gold entity with a country that resolves) by cause:
``none`` (the entity has no country), ``namesake`` (a person of the same surname and another given name),
``other entity`` (the resolved entity shares no word with the gold names), ``wrong`` (the entity, another
country); each split by the gold type, whether the entity is an actor of a gold event and, for an organisation,
its kind by a word of its gold names (``org_kind``: committee, court, outlet, legislature, agency, ...).
Only counts are printed, so it may be run on a held-out half; ``--names`` lists the tuning half's cases.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
from miss_causes import COLLECTIONS, Warehouse, fold

from sitrep.extract import actors
from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.event_arg_groups import groups

#: heads of a state's bodies written in lower case (the event_groups rows of state organs, and organ nouns)
BODY_HEADS = {
    "police", "policeman", "officer", "troop", "soldier", "army", "military", "force", "navy", "guard",
    "government", "authority", "official", "minister", "ministry", "court", "tribunal", "judge", "prosecutor",
    "judiciary", "lawmaker", "legislator", "parliament", "senate", "congress", "service", "agency", "office",
    "department", "regulator", "administration", "embassy", "cabinet", "coalition", "investigator",
}  # fmt: skip


def _head_part(alias: str) -> list[str]:
    """An alias's words after a leading article, demonyms and country names."""
    words = re.sub(r"^(?:the|a|an)\s+", "", alias.strip(), flags=re.I).split()
    while len(words) > 1 and (actors.demonym_iso3(words[0]) or actors.country_iso3(words[0].rstrip("'s’"))):
        words = words[1:]
    return words


def _singular(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


def shape(ent: dict) -> str:
    """person, state, body, group or org (see the module doc)."""
    typ = ent.get("type")
    if typ == "PERSON":
        return "person"
    if typ in ("COUNTRY", "GPE"):
        return "state"
    lower = [w for a in ent["aliases"] if (w := _head_part(a)) and w[0][:1].islower()]
    if not lower:
        return "org"
    return "body" if any(_singular(w[-1]) in BODY_HEADS for w in lower) else "group"


class Texts:
    """Bodies of a warehouse's articles by document name, and its group entities."""

    def __init__(self, path: Path) -> None:
        con = duckdb.connect(str(path), read_only=True)
        self.body = {
            Path(u or "").name: f"{t or ''}\n{b or ''}"
            for u, t, b in con.execute("select source_uri, title, body from curated.articles").fetchall()
        }
        self.country = dict(con.execute("select entity_id, country_iso3 from curated.entities").fetchall())
        self.groups = {
            e: (n or "").split(" (")[0]
            for e, n in con.execute(
                "select entity_id, canonical_name from curated.entities where entity_id like 'ent_grp_%'"
            ).fetchall()
        }
        con.close()


def _where(ent: dict, docs: set[str], wh: Warehouse, texts: Texts) -> list[str]:
    aliases = {fold(a) for a in ent["aliases"]}
    out = []
    if any(re.search(rf"\b{re.escape(a)}\b", fold(texts.body.get(d, ""))) for a in aliases for d in docs):
        out.append("written")
    surfaces = {s for d in docs for _, s, _, _ in wh.mentions.get(d, [])}
    if any(a != s and re.search(rf"\b{re.escape(a)}\b", s) for a in aliases for s in surfaces):
        out.append("in-mention")
    heads = {_singular(w[-1]) for a in ent["aliases"] if (w := _head_part(a))}
    carried = {p for e, ds in wh.docs.items() if ds & docs for p in wh.parts[e] if p in texts.groups}
    if any(_singular(texts.groups[p].split()[-1]) in heads for p in carried):
        out.append("group-entity")
    state = [
        p for e, ds in wh.docs.items() if ds & docs for p in wh.parts[e] if texts.country.get(p) == ent.get("country")
    ]
    if ent.get("country") and state:
        out.append("country-carried")
    return out or ["nowhere"]


def head_class(ent: dict) -> str:
    """The group of a lower-case alias's head noun (``event_groups.tsv``, else its Phoenix agent sector)."""
    for a in ent["aliases"]:
        words = _head_part(a)
        if words and words[0][:1].islower():
            lemma = _singular(words[-1])
            found = groups().get(f"{words[-2].lower()} {lemma}" if len(words) > 1 else lemma) or groups().get(lemma)
            if found:
                return found[0]
            sector = agent_sector(" ".join(words).lower()) or agent_sector(lemma)
            return f"sector {sector[:3]}" if sector else "unlisted"
    return "-"


#: kinds of organisation a wrong or missing country falls on, by a word of the gold name (first match wins)
ORG_KINDS = (
    ("committee", {"committee", "subcommittee", "caucus"}),
    ("court", {"court", "circuit", "tribunal", "judiciary"}),
    ("outlet", {"news", "times", "post", "journal", "tv", "television", "radio", "broadcasting", "network", "press"}),
    ("legislature", {"house", "senate", "congress", "parliament", "assembly"}),
    ("agency", {"department", "agency", "bureau", "ministry", "office", "service", "administration", "commission"}),
    ("schools", {"school", "schools", "university", "college"}),
    ("union", {"union", "federation", "confederation", "association"}),
    ("party", {"party", "movement", "front"}),
)


def org_kind(ent: dict) -> str:
    """The kind of an organisation by the words of its gold names (``ORG_KINDS``); an all-capitals short name
    is ``acronym``; else ``other``."""
    words = {w.strip(".,'’").lower() for a in ent["aliases"] + [ent["canonical"]] for w in a.split()}
    for kind, heads in ORG_KINDS:
        if words & heads:
            return kind
    if any(a.isupper() and len(a) <= 6 for a in ent["aliases"] + [ent["canonical"]]):
        return "acronym"
    return "other"


def _cause(ent: dict, eid: str, wh_row: tuple | None) -> str:
    name, ctry, etype = (wh_row or ("", None, ""))[:3]
    gold_words = {w for a in ent["aliases"] + [ent["canonical"]] for w in fold(a).split()}
    pred_words = set(fold(name).split(" (")[0].split())
    if not ctry:
        return f"none (ours {etype or '?'})"
    g, p = fold(ent["canonical"]).split(), fold(name).split()
    if ent.get("type") == "PERSON" and etype == "PERSON" and g and p and g[-1] == p[-1] and g[0] != p[0]:
        return "namesake"
    if not gold_words & pred_words:
        return "other entity"
    return "wrong"


def count(root: Path, half: str, names: bool, tallies: dict[str, Counter]) -> None:
    for coll in COLLECTIONS:
        wh_path, gold_path = root / coll / f"{half}.duckdb", root / coll / half / "gold.json"
        if not (wh_path.exists() and gold_path.exists()):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        wh, texts = Warehouse(wh_path), Texts(wh_path)
        con = duckdb.connect(str(wh_path), read_only=True)
        rows = {
            r[0]: r[1:]
            for r in con.execute(
                "select entity_id, canonical_name, country_iso3, entity_type from curated.entities"
            ).fetchall()
        }
        con.close()
        by_name = {e["canonical"]: e for e in gold["entities"]}
        resolved = {e["canonical"]: wh.resolve(e) for e in gold["entities"]}
        actor_names = {a for ev in gold["events"] for a in ev["actors"]}
        for ev in gold["events"]:
            if ev.get("background"):
                continue
            for a in ev["actors"]:
                if resolved.get(a) is None and a in by_name:
                    ent = by_name[a]
                    where = _where(ent, set(ev["docs"]), wh, texts)
                    tallies["unresolved"][(shape(ent), head_class(ent), "+".join(where))] += 1
                    if names:
                        print(f"  UNRESOLVED {coll} {ev['event']} {a!r} {ent['aliases']} {shape(ent)} {where}")
        for ent in gold["entities"]:
            eid = resolved.get(ent["canonical"])
            if not ent.get("country") or eid is None:
                continue
            row = rows.get(eid)
            ok = row is not None and row[1] == ent["country"]
            tallies["country"][(coll, "right" if ok else "wrong")] += 1
            if ok:
                continue
            cause = _cause(ent, eid, row)
            who = "actor" if ent["canonical"] in actor_names else "other"
            kind = org_kind(ent) if ent.get("type") != "PERSON" else "-"
            tallies["causes"][(cause, ent.get("type"), who, kind)] += 1
            if names:
                print(f"  COUNTRY {coll} {ent['canonical']!r} gold={ent['country']} ours={row} {cause} {who}")


def main(argv: list[str]) -> int:
    half = argv[argv.index("--half") + 1] if "--half" in argv else "held-out"
    names = "--names" in argv
    if names and half != "tune":
        print("--names lists the tuning half only", file=sys.stderr)
        return 2
    skip = {"--half", half, "--names"}
    tallies: dict[str, Counter] = defaultdict(Counter)
    for root in [a for a in argv if a not in skip]:
        count(Path(root), half, names, tallies)
    print(f"# {half}: unresolved gold actors of main events (shape, head noun's group, where its words are)")
    for k, v in sorted(tallies["unresolved"].items(), key=lambda kv: (-kv[1], kv[0])):
        print(*k, v, sep="\t")
    print("# actor country per collection (right, wrong)")
    for coll in COLLECTIONS:
        r, w = tallies["country"][(coll, "right")], tallies["country"][(coll, "wrong")]
        if r or w:
            print(coll, r, w, f"{r / (r + w):.3f}", sep="\t")
    print("# wrong countries (cause, gold type, actor of a gold event or not, organisation kind: ORG_KINDS)")
    for k, v in sorted(tallies["causes"].items(), key=lambda kv: (-kv[1], kv[0])):
        print(*k, v, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
