"""Wrong event places split by the sides of the event: whose country the place is, whose gold's is, and what kind
of actor each side is (counts only; safe on a held-out half).

usage (from the project root):
    .venv/bin/python bench/place_classes34.py [--dir /tmp/unseen-base] [--eval /tmp/eval-base]

For every gold main event of the 24 unseen halves and of devset and devset2 that the scorer matches, the assembly is
replayed as bench/place_sources32.py replays it. Each event's place (right or wrong) is related to its sides:

- ``side``: our country and gold's are the country of the source side (``src``), of the target side (``tgt``),
  of both (``both``: compatriots), of neither (``-``), or none (``none``);
- ``kinds``: what the source and the target are: a state (``state``), a body or office of a state or another
  organisation (``org``), a person (``person``), a group named by a common noun ('students', 'protesters',
  'police': ``group``), ``?`` when the side is empty; with ``+`` when a side holds several kinds;
- the step that gave the country (place_sources32's country step) and our type.

Tables: (1) every event: our side / gold's side [kinds] = right/total; (2) the wrong places by when_where33's
class and the kinds of the sides; (3) for wrong places where we give none: which of the countries at hand would be
gold's (the one source country, the one target country, the one country the event's sentences name). No text is
printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
import place_clauses31 as pc31
import place_sources as ps
import place_sources32 as ps32
import when_where33 as ww
from cached_inputs import load_inputs

from sitrep.extract import gazetteer, places

#: our types of acts done on someone's ground (merged_places.ON_TARGET_GROUND)
ON_GROUND = frozenset({"ASSAULT", "AID"})

#: the spaCy pipeline, loaded once on first use
NLP: list = []

#: entity types of states
STATE_TYPES = frozenset({"GPE"})


#: buckets of the group labels the extraction gives ('civilians (UKR)', 'military (TUR)'): armed forces, police and
#: government, civilians and other people, attackers and crowds
GROUP_BUCKETS = {
    "armed": {"military", "militants", "rebels", "fighters", "insurgents", "army", "troops", "forces"},
    "police": {"police", "government", "officials", "authorities"},
    "civilians": {"civilians", "workers", "journalists", "students", "migrants", "refugees", "residents"},
    "crowd": {"attackers", "protesters", "criminals", "mob", "crowd", "gunmen"},
}


def _kind(ent: dict) -> str:
    """state / org / person / group (with its bucket) of an entity row."""
    name = ent.get("canonical_name") or ""
    if ent.get("entity_type") in STATE_TYPES:
        return "state"
    if name[:1].islower():
        last = name.split(" (")[0].lower()
        return "group:" + next((b for b, words in GROUP_BUCKETS.items() if last in words), "other")
    return "person" if ent.get("entity_type") == "PERSON" else "org"


def _sides(ev_id: str, tables: dict, ents: dict) -> dict[str, tuple[set[str], set[str]]]:
    """role -> (countries, kinds) of the event's participants in that role."""
    out: dict[str, tuple[set[str], set[str]]] = {"source": (set(), set()), "target": (set(), set())}
    for p in tables["event_participants"]:
        if p["event_id"] != ev_id or p["role"] not in out:
            continue
        ent = ents.get(p["entity_id"]) or {}
        if ent.get("country_iso3"):
            out[p["role"]][0].add(ent["country_iso3"])
        out[p["role"]][1].add(_kind(ent))
    return out


def _side_of(iso3: str | None, sides: dict) -> str:
    if not iso3:
        return "none"
    src, tgt = iso3 in sides["source"][0], iso3 in sides["target"][0]
    return "both" if src and tgt else "src" if src else "tgt" if tgt else "-"


def _kinds(sides: dict) -> str:
    return "/".join("+".join(sorted(sides[r][1])) or "?" for r in ("source", "target"))


def half(wh: str, gold_path: str, out: dict[str, dict[str, Counter]], name: str) -> None:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    tables, paths, _cands, _pub, _bodies = ps32.replay(wh)
    events = {e["event_id"]: e for e in tables["events"]}
    ents = {e["entity_id"]: e for e in tables["entities"]}
    path_of = {e["event_id"]: p for e, p in zip(tables["events"], paths, strict=True)}
    alts_of = {e["event_id"]: a for e, a in zip(tables["events"], tables["alts"], strict=True)}
    for ge, best in ps.matches(tables, gold):
        ev = events[best]
        type_ok, date_ok, place_ok = ps._score(ge, ev)
        gc = (ge.get("location") or {}).get("country")
        sides = _sides(best, tables, ents)
        country, _city = ps32.steps(path_of[best], ev)
        ours = ev["location_country_iso3"]
        key = f"{_side_of(ours, sides)} / {_side_of(gc, sides)} [{_kinds(sides)}]"
        out["our side / gold's side [source/target kinds]"][name][f"{key}={'right' if place_ok else 'wrong'}"] += 1
        by_step = f"{country} {ev['event_type']}: {_side_of(ours, sides)} / {_side_of(gc, sides)}"
        out["step type: our side / gold's side"][name][f"{by_step}={'right' if place_ok else 'wrong'}"] += 1
        _the_city(out, name, ge, ev, best, tables, place_ok)
        if ev["event_type"] in ON_GROUND:
            out["acts on the ground: step: our side / gold's side [kinds]"][name][
                f"{ev['event_type']} {country}: {_side_of(ours, sides)} / {_side_of(gc, sides)} [{_kinds(sides)}]"
                f"={'right' if place_ok else 'wrong'}"
            ] += 1
        if place_ok:
            continue
        alts = alts_of[best]
        arts = {m["article_id"] for m in tables["event_mentions"] if m["event_id"] == best}
        states = tuple((alts.get(k) or {}).get("location_country_iso3") for k in ("source_state", "target_state"))
        dls = {d["location_country_iso3"] for a in arts if (d := ps.DATELINES.get(a))}
        cls = ww.place_class(ge, ev, ps32.relation(ge, best, tables, alts), states, dls).split(";")[0]
        out["wrong place: class [step] (source/target kinds)"][name][f"{cls} [{country}] ({_kinds(sides)})=x"] += 1
        also = "+".join(w for w, ok in (("type", type_ok), ("date", date_ok)) if not ok) or "place only"
        out["wrong place: class, what else is wrong"][name][f"{cls} [{country}]: {also}=x"] += 1
        _gold_token(out, name, wh, ge, ev, best, tables, f"{cls} [{country}]")
        if not ours:
            named = alts.get("_sentence_countries") or set()
            got = []
            for label, pool in (
                ("one source", sides["source"][0]),
                ("one target", sides["target"][0]),
                ("one named", named),
            ):
                if len(pool) == 1:
                    got.append(f"{label} {'gold' if gc in pool else 'not gold'}")
            out["we give none: what is at hand"][name][
                ("; ".join(got) or "nothing") + f" (gold {'has' if gc else 'no'} country)=x"
            ] += 1


def _nlp():
    if not NLP:
        from sitrep.config import DEFAULT_MODEL
        from sitrep.extract.nlp import load_nlp

        NLP.append(load_nlp(DEFAULT_MODEL))
    return NLP[0]


#: warehouse -> its cached analyses
ANALYSES: dict[str, list[dict]] = {}


def _path(tok, trig) -> str:
    """The dependency path from ``tok`` up to the lowest head it shares with ``trig`` and down to ``trig``."""
    up = [tok, *tok.ancestors]
    trig_up = [trig, *trig.ancestors]
    common = next((t for t in up if t in trig_up), None)
    left = (
        [f"{t.dep_}" + (f"({t.lower_})" if t.pos_ == "ADP" else "") for t in up[: up.index(common)]] if common else []
    )
    right = [t.dep_ for t in trig_up[: trig_up.index(common)]] if common else []
    return "^".join(left) + f" [{common.pos_ if common is not None else '-'}] " + "v".join(reversed(right))


def _gold_token(out, name: str, wh: str, ge: dict, ev: dict, best: str, tables: dict, cls: str) -> None:
    """Where gold's place word (its city, else its country's name or demonym) stands against the trigger of each
    member report whose sentence names it: the relation (place_clauses31) and the holder of the word."""
    if wh not in ANALYSES:
        con = duckdb.connect(wh, read_only=True)
        ANALYSES[wh] = load_inputs(con)[0]
        con.close()
    loc = ge.get("location") or {}
    if not loc.get("country"):
        return
    names = [loc.get("city"), gazetteer.country_name(loc["country"])]
    sents = {m["sentence"] for m in tables["event_mentions"] if m["event_id"] == best}
    seen = set()
    for a in ANALYSES[wh]:
        for cand in a.get("event_candidates", []):
            if cand.get("sentence") not in sents or cand["sentence"] in seen:
                continue
            seen.add(cand["sentence"])
            doc = _nlp()(cand["sentence"])
            trig = pc31._trigger(doc, cand["trigger"])
            tok = pc31._place_token(doc, names, loc["country"])
            if trig is None or tok is None:
                continue
            what = "city" if loc.get("city") and pc31.bare(loc["city"]) in pc31.bare(tok.text) else "country"
            key = f"{cls} {ev['event_type']}: gold {what} {pc31._relation(tok, trig)}, {pc31._holder(tok)}"
            if what == "city":
                ent = next((e for e in doc.ents if tok in e), None)
                known = places.resolve_place(ent.text if ent is not None else tok.text) or {}
                key += (
                    f"; {ent.label_ if ent is not None else '-'} known {known.get('level')}"
                    f"{'(gold country)' if known.get('location_country_iso3') == loc['country'] else ''}"
                    f"; path {_path(tok, trig)}"
                )
            out["gold's place word in a member sentence"][name][key + "=x"] += 1
            if cls.startswith("other country [sentence"):
                mine = pc31._place_token(doc, [ev.get("location_name")], ev["location_country_iso3"])
                if mine is not None:
                    key = f"{cls} {ev['event_type']}: ours {pc31._relation(mine, trig)}, path {_path(mine, trig)}"
                    key += f"; trigger {trig.pos_}/{trig.dep_}; gold {_path(tok, trig)}"
                    out["our place word (other country, sentence step)"][name][key + "=x"] += 1


def report(out: dict[str, dict[str, Counter]], tables: list[str]) -> None:
    """when_where33.report with the whole class printed (wider first column)."""
    names = {n for by in out.values() for n in by}
    groups = {
        "tune": [n for n in names if n.endswith("/tune")],
        "held": [n for n in names if n.endswith("/held-out")],
        "dev": [n for n in names if n.startswith("devset")],
    }
    for table in tables:
        rows: dict[str, Counter] = defaultdict(Counter)
        for g, members in groups.items():
            for n in members:
                for key, k in out[table].get(n, Counter()).items():
                    step, v = key.rsplit("=", 1)
                    rows[step][(g, v)] += k
        ratio = table in ww.RATIO_TABLES
        print(f"\n== {table}: count per group" + (" (right/total)" if ratio else ""))
        for step in sorted(rows, key=lambda s: (-sum(rows[s].values()), s)):
            c = rows[step]
            if ratio:
                cells = [f"{c[(g, 'right')]}/{c[(g, 'right')] + c[(g, 'wrong')]}" for g in groups]
            else:
                cells = [str(c[(g, "x")]) for g in groups]
            print(" ".join(f"{x:>7}" for x in cells) + "  " + step)


#: nouns of a settlement a definite article makes an anaphor ('retook the city', 'clashes in the town')
SETTLEMENTS = frozenset({"city", "town", "village"})


def _the_city(out, name: str, ge: dict, ev: dict, best: str, tables: dict, place_ok: bool) -> None:
    """Member sentences with a bare definite settlement noun ('the city', not 'the city of X' nor 'the city's'):
    whether the last city named before it in the article is gold's city, and whether our place is right."""
    from sitrep.extract import places

    loc = ge.get("location") or {}
    for m in tables["event_mentions"]:
        if m["event_id"] != best:
            continue
        doc = _nlp()(m["sentence"])
        hits = [
            t
            for t in doc
            if t.lower_ in SETTLEMENTS
            and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children)
            and not any(c.dep_ in {"prep", "appos", "compound", "poss", "amod"} for c in t.children)
            and t.dep_ not in {"poss", "compound"}
        ]
        if not hits:
            continue
        at = m["start_char"] + hits[0].idx
        before = None
        for mm in sorted(ps.MENTIONS.get(m["article_id"], []), key=lambda x: x["start_char"]):
            if mm["start_char"] >= at:
                break
            if mm.get("label") in {"GPE", "LOC", "FAC"}:
                got = places.resolve_place(mm["surface"])
                if got and got.get("level") == "city":
                    before = got
        gcity = pc31.bare(loc.get("city") or "")
        ante = (
            "no city before"
            if before is None
            else (
                "gold none"
                if not gcity
                else "gold city"
                if gcity in pc31.bare(before["location_name"])
                else "other city"
            )
        )
        ours = "ours = it" if before and before["location_name"] == ev["location_name"] else "ours other"
        key = f"{ev['event_type']}: antecedent {ante}; {ours}; {hits[0].dep_}<-{hits[0].head.pos_}"
        out["'the city' in a member sentence"][name][f"{key}={'right' if place_ok else 'wrong'}"] += 1


def main(argv: list[str]) -> int:
    ratios = [
        "our side / gold's side [source/target kinds]",
        "step type: our side / gold's side",
        "acts on the ground: step: our side / gold's side [kinds]",
        "'the city' in a member sentence",
    ]
    ww.RATIO_TABLES = (*ww.RATIO_TABLES, *ratios)
    out = ps32.every_half(argv, half)
    report(
        out,
        [
            *ratios,
            "wrong place: class [step] (source/target kinds)",
            "we give none: what is at hand",
            "wrong place: class, what else is wrong",
            "gold's place word in a member sentence",
            "our place word (other country, sentence step)",
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
