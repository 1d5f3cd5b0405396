"""Where, in the parse of the event's sentence, the wrong place of a matched gold event stands against its
trigger, and where the gold place stands (counts only; safe on a held-out half).

usage (from the project root):
    .venv/bin/python bench/place_clauses31.py --dir /tmp/unseen-base tune|held-out

For every matched gold event whose place is wrong (bench/place_sources.py's replay and matching), each member
report whose own sentence gave the place is re-parsed, and the place word of our place and of the gold place
(its city, else a name of its country, else a demonym) is classed against the report's trigger:

- own clause: in the trigger's clause (``event_syntax.clause_tokens``) or under the trigger word;
- governing: in a clause above the trigger's ('a statement by X in Y [that Z did W]', 'said in Y that ...');
- below: in a clause under the trigger's (a relative, adverbial or content clause of the act);
- beside: in another clause of the sentence (a conjunct, a parenthesis);
- not in sentence.

Prints the counts of (our place's relation, the gold place's relation, the kind of miss) and of the holder word
of our place (the dependency of the noun or verb its preposition hangs on); where our place and the gold place
are the same word, how the word resolves (a namesake city in another country: its population bucket, that of the
name read without a hint, well known or a capital); where our place stays at its country and gold has a city,
whether that city is the seat of government, a city the story places acts in or names, or neither. No text is
printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import duckdb
import place_sources as ps
from cached_inputs import load_inputs
from miss_causes import COLLECTIONS, bare
from place_misses import print_tally

from sitrep.extract import gazetteer, places
from sitrep.extract.event_syntax import clause_head, clause_tokens
from sitrep.extract.story_cities import article_cities


def _relation(tok, trig) -> str:
    if tok is None:
        return "not in sentence"
    if tok.i in clause_tokens(trig) or tok in trig.subtree:
        return "own clause"
    mine, theirs = clause_head(trig), clause_head(tok)
    if mine in theirs.subtree and tok not in mine.subtree:
        return "governing"
    if theirs in mine.subtree:
        return "below"
    return "beside"


def _holder(tok) -> str:
    if tok is None:
        return "-"
    if tok.dep_ == "pobj":
        prep = tok.head
        return f"{prep.lower_}<-{prep.head.dep_}/{prep.head.pos_}"
    return f"{tok.dep_}<-{tok.head.pos_}"


def _place_token(doc, names: list[str], iso3: str | None):
    """The first token of a span of ``doc`` whose text is one of ``names``, else of a place entity of ``iso3``."""
    for name in (n for n in names if n):
        for ent in doc.ents:
            if bare(name) == bare(ent.text) or bare(name) in bare(ent.text):
                return ent.root
    if iso3:
        for ent in doc.ents:
            if ent.label_ in {"GPE", "LOC", "FAC", "NORP"}:
                found = places.resolve_place(ent.text) if ent.label_ != "NORP" else None
                iso = (found or {}).get("location_country_iso3") or gazetteer.demonym_iso3(ent.text)
                if iso == iso3:
                    return ent.root
    return None


def _trigger(doc, trigger: str):
    first = (trigger or "").split()[0:1]
    return next((t for t in doc if first and t.text == first[0]), None)


def _bucket(city) -> str:
    if city is None:
        return "none"
    return next(f">={b}" for b in (1_000_000, 300_000, 100_000, 15_000, 1_000, 0) if city.population >= b)


def _country_level(tally, ev, loc, best, tables, cities, path) -> None:
    """What the gold city is when our place stays at its country: the seat of government, a city the story
    places acts in or names (how many such cities), or neither."""
    from sitrep.extract import government_seats

    arts = {m["article_id"] for m in tables["event_mentions"] if m["event_id"] == best}
    iso3 = ev["location_country_iso3"]
    seat = government_seats.seat_of_government(iso3) or {}
    placed = {
        bare(p["location_name"]) for a in arts for p in cities.get(a, ([], []))[0] if p["location_country_iso3"] == iso3
    }
    named = set()
    for a in arts:
        for name in cities.get(a, ([], []))[1]:
            found = places.resolve_place(name, iso3)
            if found and found["level"] == "city" and found["location_country_iso3"] == iso3:
                named.add(bare(found["location_name"]))
    city = bare(loc["city"])
    what = (
        "seat"
        if city in bare(seat.get("location_name") or "-")
        else "placed"
        if city in placed
        else "named"
        if city in named
        else "neither"
    )
    tally["country-level ours, gold city is"][f"{what}; placed {len(placed)}, named {len(named)}; {path}"] += 1


def main(argv: list[str]) -> int:
    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp

    base, half = [a for a in argv[1:] if not a.startswith("--")]
    nlp = load_nlp(DEFAULT_MODEL)
    tally = {
        k: Counter()
        for k in (
            "same word: resolved level, ours, gold",
            "ours / gold relation",
            "our holder",
            "our / gold holder",
            "misses without a sentence member",
            "country-level ours, gold city is",
            "governing: trigger clause dep, its head, marker",
            "namesake: ours pop, unhinted pop, well known, capital",
            "namesake: unhinted reading is ours / gold; a reading in gold country",
        )
    }
    for c in COLLECTIONS:
        wh = Path(f"{base}/{c}/{half}.duckdb")
        if not wh.exists():
            continue
        gold = json.loads(Path(f"{base}/{c}/{half}/gold.json").read_text(encoding="utf-8"))
        tables, paths = ps.replay(str(wh))
        con = duckdb.connect(str(wh), read_only=True)
        analyses, _ = load_inputs(con)
        con.close()
        cities = article_cities(analyses)
        events = {e["event_id"]: e for e in tables["events"]}
        path_of = {e["event_id"]: p for e, p in zip(tables["events"], paths, strict=True)}
        for ge, best in ps.matches(tables, gold):
            ev = events[best]
            kind = ps._kind(ge, ev)
            if kind in {"right", "gold none"}:
                continue
            loc = ge.get("location") or {}
            if kind == "city" and ev.get("latitude") is None:
                _country_level(tally, ev, loc, best, tables, cities, path_of[best])
            gold_names = [loc.get("city"), gazetteer.country_name(loc["country"]) if loc.get("country") else None]
            members = [m for m in tables["event_mentions"] if m["event_id"] == best]
            sents = {m["sentence"] for m in members}
            cands = [
                cand
                for a in analyses
                for cand in a.get("event_candidates", [])
                if cand.get("sentence") in sents
                and cand.get("place_source") == "sentence"
                and cand.get("location_country_iso3") == ev["location_country_iso3"]
            ]
            if not cands:
                tally["misses without a sentence member"][f"{kind}: {path_of[best].split('+')[0]}"] += 1
                continue
            cand = cands[0]
            doc = nlp(cand["sentence"])
            trig = _trigger(doc, cand["trigger"])
            if trig is None:
                tally["misses without a sentence member"][f"{kind}: trigger not found"] += 1
                continue
            ours = _place_token(doc, [cand.get("location_written"), cand.get("location_name")], None)
            theirs = _place_token(doc, gold_names, loc.get("country"))
            tally["ours / gold relation"][f"{kind}: {_relation(ours, trig)} / {_relation(theirs, trig)}"] += 1
            if _relation(ours, trig) == "governing":
                head = clause_head(trig)
                marks = ",".join(c.lower_ for c in head.children if c.dep_ == "mark") or "-"
                tally["governing: trigger clause dep, its head, marker"][
                    f"{kind}: {head.dep_} <- {head.head.pos_}/{head.head.dep_}, {marks}"
                ] += 1
            same = ours is not None and ours == theirs
            if same:
                ent = next((e for e in doc.ents if ours in e), None)
                found = places.resolve_place(ent.text if ent is not None else ours.text) or {}
                gold_is = "gold city" if loc.get("city") else "gold country"
                ours_is = "ours another city" if cand.get("latitude") is not None else "ours country only"
                if kind == "country" and ent is not None:
                    alone = (places.resolve_place(ent.text) or {}).get("location_country_iso3")
                    in_gold = places.resolve_place(ent.text, loc["country"]) or {}
                    ours_city = gazetteer.city(ent.text, ev["location_country_iso3"], 0)
                    first = gazetteer.city(ent.text)
                    tally["namesake: ours pop, unhinted pop, well known, capital"][
                        f"{_bucket(ours_city)} / {_bucket(first)} / {places.well_known_city(ent.text)} / "
                        f"{gazetteer.capital_iso3(ent.text)}"
                    ] += 1
                    tally["namesake: unhinted reading is ours / gold; a reading in gold country"][
                        f"{alone == ev['location_country_iso3']} / {alone == loc['country']}; "
                        f"{in_gold.get('location_country_iso3') == loc['country']} {in_gold.get('level')}"
                    ] += 1
                tally["same word: resolved level, ours, gold"][
                    f"{kind}: {found.get('level')} {ent.label_ if ent is not None else '-'}, {ours_is}, {gold_is}"
                ] += 1
            tally["our holder"][f"{kind}: {_holder(ours)} ({cand.get('place_how')})"] += 1
            side = (
                "same word"
                if theirs is not None and theirs == ours
                else "before"
                if theirs is not None and ours is not None and theirs.i < ours.i
                else "after/-"
            )
            tally["our / gold holder"][f"{kind}: {_holder(ours)} / {_holder(theirs)} (gold {side})"] += 1
    print_tally(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
