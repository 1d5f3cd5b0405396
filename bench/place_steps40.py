"""Round 40: where in its sentence the place of a matched event stands against where gold's country is named, and
how a rule that prefers one position to another would do (counts only; safe on a held-out half).

usage (from the project root):
    .venv/bin/python bench/place_steps40.py [--dir /tmp/unseen-base] [--eval /tmp/eval-base] [--rows]

For every gold main event of the 24 unseen halves and of devset and devset2 that the scorer matches, the assembly is
replayed as bench/place_sources32.py replays it, and each report sentence of the event is parsed again (alone) with
the project's model. Each place name of the sentence (GPE, LOC, FAC mentions that resolve to a country) is given
its POSITION against the report's trigger:

- ``trigger PP``: in a prepositional phrase of the trigger or of its clause head ('attacked X in Y');
- ``argument PP``: in a prepositional phrase of one of the trigger's nouns (subject, object, the object of a
  preposition: 'attacked students in Y', 'summoned the envoy of Y');
- ``argument``: the subject or object itself, or a name's modifier there ('Y's army', 'Y troops');
- ``relative/acl``, ``appositive``, ``subordinate clause`` (advcl, xcomp, ccomp, conj), ``other below``: inside
  such a dependent below the trigger;
- ``above``: not below the trigger (the clause that reports it, 'said in Y that ...', or a clause the trigger
  is a dependent of).

Tables: the position of our place (the nearest name of our country) by the country step, right/wrong; for wrong
countries, the positions where gold's country is named; and, per pair of positions (P, Q), a rule "an event placed
from a name at Q that the sentence also names another country at P takes that country": mends / breaks. Then the
round's other cues: a place borrowed (story, discourse, dateline) while a country of another country is the
trigger's subject (and how many stories those rows come from: a short id of each row's set of articles, no text);
the cities of the country our fallback cities (story city, seat, the country's one city) stand against in the
sentence, and the names the gazetteer does not know there; a dateline of another country than ours; and, for the
events we leave with no place, the countries of their source parties against gold's.
``--rows`` adds one line per wrong country of a tuning half (collection, gold event id, positions; no text);
``--detail`` splits ``above`` by the trigger's part of speech and dependency.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import cache
from pathlib import Path

import place_sources as ps
import place_sources32 as ps32
import when_where33 as ww
from miss_causes import bare

from sitrep.extract import places

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "agent"})
CLAUSE = {"relcl": "relative/acl", "acl": "relative/acl", "appos": "appositive"}
SUBORDINATE = frozenset({"advcl", "xcomp", "ccomp", "conj", "parataxis", "csubj"})


@cache
def _nlp():
    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp

    return load_nlp(DEFAULT_MODEL)


@cache
def _parse(text: str):
    return _nlp()(text)


def position(doc, start: int, end: int, trig) -> str:
    """The position of the name at characters [start, end) of the sentence against the trigger token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or trig is None:
        return "unparsed"
    root = span.root
    path = []  # the dependencies from the name up to (not including) the trigger
    cur = root
    while cur.i != trig.i:
        if cur.head.i == cur.i:
            return "above" + (f":{trig.pos_}/{trig.dep_}" if DETAIL else "")
        path.append(cur)
        cur = cur.head
    deps = [t.dep_ for t in path]
    for d in deps:
        if d in CLAUSE:
            return CLAUSE[d]
    if any(d in SUBORDINATE for d in deps):
        return "subordinate clause"
    if not deps:
        return "trigger itself"
    top = deps[-1]  # the dependency of the trigger's own child on the path
    if top == "prep" and all(d in {"pobj", "prep", "compound", "conj", "cc", "amod", "nmod"} for d in deps):
        return "trigger PP" if sum(d == "prep" for d in deps) == 1 else "argument PP"
    if top in NOUN_DEPS or top == "prep":
        if "prep" in deps[:-1]:
            return "argument PP"
        side = "subject" if top in {"nsubj", "agent"} or "agent" in deps else "object"
        return f"argument:{side}" + ("" if len(deps) == 1 or deps[-2] == "pobj" else ":modifier")
    return "other below:" + top + ("" if len(deps) == 1 else "<" + deps[0])


def _trigger(doc, word: str, near: int | None = None):
    """The token of the trigger's first word (the nearest to ``near`` when it occurs more than once)."""
    hits = [t for t in doc if t.text.lower() == word.lower()]
    if not hits:
        hits = [t for t in doc if t.lemma_.lower() == word.lower()]
    if not hits:
        return None
    return min(hits, key=lambda t: abs(t.idx - (near or 0))) if near is not None else hits[0]


def event_positions(ev: dict, tables: dict, alts: dict) -> list[tuple[str, str, int]]:
    """(country, position, distance to the trigger) of each place name of the event's report sentences."""
    trig_word = (ev.get("summary") or "").split("(", 1)[-1].split(")", 1)[0].split()
    # in the members' order, so the trigger word of a sentence with two members is the same on every run
    members = list(dict.fromkeys((m[1].get("start_char"), m[1].get("trigger")) for m in alts.get("=members", [])))
    out = []
    for m in tables["event_mentions"]:
        if m["event_id"] != ev["event_id"]:
            continue
        sent = m["sentence"]
        doc = _parse(sent)
        word = next((t for s, t in members if s == m["start_char"] and t), None) or " ".join(trig_word)
        trig = _trigger(doc, word.split()[0]) if word else None
        for mm in ps.MENTIONS.get(m["article_id"], []):
            if mm.get("label") not in PLACE_LABELS or not (m["start_char"] <= mm["start_char"] < m["end_char"]):
                continue
            iso3 = mm.get("country_iso3")
            if not iso3:
                got = places.resolve_place(mm["surface"])
                iso3 = got["location_country_iso3"] if got else None
            if not iso3:
                continue
            s, e = mm["start_char"] - m["start_char"], mm["end_char"] - m["start_char"]
            dist = abs(s - trig.idx) if trig is not None else 999
            out.append((iso3, position(doc, s, e, trig), dist))
    return out


def half(wh: str, gold_path: str, out: dict, name: str) -> None:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    tables, paths, _c, _p, _b = ps32.replay(wh)
    events, path_of, alts_of = ps32.by_event(tables, paths)
    for ge, best in ps.matches(tables, gold):
        ev = events[best]
        gc, ours = (ge.get("location") or {}).get("country"), ev["location_country_iso3"]
        if not ours:
            _unplaced(ge, ev, tables, out, name)
        if not gc or not ours:
            continue
        step = ps32.steps(path_of[best], ev)[0]
        pos = event_positions(ev, tables, alts_of[best])
        mine = sorted((d, p) for c, p, d in pos if c == ours)
        our_pos = mine[0][1] if mine else "not named"
        ok = "right" if ours == gc else "wrong"
        out["our place's position [country step]"][name][f"{our_pos} [{step.split('/')[0]}]={ok}"] += 1
        if ok == "wrong":
            golds = sorted({p for c, p, _d in pos if c == gc}) or ["not named"]
            out["wrong country: gold's positions / ours"][name][f"{'+'.join(golds)} / {our_pos}=x"] += 1
            if ROWS and "held-out" not in name:
                print(
                    f"   {name} {ge['event']} {ge['type']}/{ev['event_type']}: gold {'+'.join(golds)}, ours {our_pos}"
                )
        arts = {m["article_id"] for m in tables["event_mentions"] if m["event_id"] == best}
        dls = {d["location_country_iso3"] for a in arts if (d := ps.DATELINES.get(a))}
        if dls and ours not in dls:
            alt = "the dateline's right" if gc in dls else "neither" if ok == "wrong" else "ours right"
            key = f"{step.split('/')[0]} against a dateline of another country: {alt}"
            out["dateline of another country than ours"][name][f"{key}={ok}"] += 1
        _city_rule(ge, ev, step, ps32.steps(path_of[best], ev)[1], tables, out, name)
        subj = {c for c, p, _d in pos if p == "argument:subject"}
        if step.split("/")[0] in {"story", "discourse", "dateline"} and subj - {ours}:
            a = alts_of[best]
            flags = (
                f"{step.split('/')[0]} {ev['event_type']} subject=source state:"
                f"{(a.get('source_state') or {}).get('location_country_iso3') in subj}"
                f" ours=target state:{(a.get('target_state') or {}).get('location_country_iso3') == ours}"
                f" subjects:{len(subj)}"
            )
            out["borrowed place, a country subject of another country"][name][f"{flags}={ok}"] += 1
            arts = sorted({m["article_id"][:8] for m in tables["event_mentions"] if m["event_id"] == best})
            out["borrowed place, a country subject: collections/articles"][name][
                f"{name.split('/')[0]}: {len(arts)} articles, set {_set_id(arts)}=x"
            ] += 1
        others: dict[str, set[str]] = {}
        for c, p, _d in pos:
            if c != ours:
                others.setdefault(p, set()).add(c)
        for p, cs in others.items():
            if len(cs) != 1:
                continue
            alt = next(iter(cs))
            verdict = "mends" if alt == gc and ok == "wrong" else "breaks" if ok == "right" else "still wrong"
            key = f"take {p} over ours at {our_pos} [{step.split('/')[0]}]: {verdict}"
            out["rule: another country at P over ours at Q"][name][key + "=x"] += 1


ROWS = False
DETAIL = False


def _set_id(arts: list[str]) -> str:
    """A short stable id of a set of article ids (to tell one story's rows from several stories' rows)."""
    return hashlib.sha1("|".join(arts).encode()).hexdigest()[:6]


def _unplaced(ge: dict, ev: dict, tables: dict, out: dict, name: str) -> None:
    """An event we leave with no place: the countries of its source parties against gold's country."""
    gc = (ge.get("location") or {}).get("country")
    country = {e["entity_id"]: e.get("country_iso3") for e in tables["entities"]}
    roles: dict[str, set] = {"source": set(), "target": set()}
    for p in tables["event_participants"]:
        if p["event_id"] == ev["event_id"] and p["role"] in roles:
            roles[p["role"]].add(country.get(p["entity_id"]))
    src = roles["source"] - {None}
    tgt = roles["target"] - {None}
    if not gc:
        cue = "gold none"
    elif len(src) == 1:
        cue = "one source country: " + ("gold's" if gc in src else "other")
    else:
        cue = f"{len(src)} source countries" + (" incl. gold's" if gc in src else "")
    cue += "; target " + ("gold's" if gc and gc in tgt else str(len(tgt)))
    out["we give no place: the source parties' countries"][name][f"{ev['event_type']} {cue}=x"] += 1


def _sentence_places(ev: dict, tables: dict):  # noqa: ANN202 - a generator of (Mention, position) pairs
    """Each place mention of the event's sentences with its position relative to the event's trigger."""
    for m in tables["event_mentions"]:
        if m["event_id"] != ev["event_id"]:
            continue
        doc = _parse(m["sentence"])
        word = (ev.get("summary") or "").split("(", 1)[-1].split(")", 1)[0].split()
        trig = _trigger(doc, word[0]) if word else None
        for mm in ps.MENTIONS.get(m["article_id"], []):
            if mm.get("label") not in PLACE_LABELS or not (m["start_char"] <= mm["start_char"] < m["end_char"]):
                continue
            s, e = mm["start_char"] - m["start_char"], mm["end_char"] - m["start_char"]
            yield mm, position(doc, s, e, trig)


def unknown_names(ev: dict, tables: dict) -> list[tuple[str, str]]:
    """(bare name, position) of the place names of the event's sentences the gazetteer knows as nothing."""
    out = []
    for mm, at in _sentence_places(ev, tables):
        if places.resolve_place(mm["surface"]) or places.region_place(mm["surface"]):
            continue
        if places.country_cue(mm["surface"]):
            continue
        out.append((bare(mm["surface"]), at))
    return out


def _city_rule(ge: dict, ev: dict, step: str, city_step: str, tables: dict, out: dict, name: str) -> None:
    """Wrong / right cities (country right, gold has a city) against an unknown place name of the sentences."""
    loc = ge.get("location") or {}
    if not loc.get("city") or ev["location_country_iso3"] != loc.get("country"):
        return
    gcity = bare(loc["city"])
    ok = gcity in bare(ev["location_name"] or "") or gcity in bare(ev.get("location_written") or "")
    unknown = unknown_names(ev, tables)
    gold_at = sorted({p for n, p in unknown if n and (n in gcity or gcity in n)}) or ["-"]
    cs = city_step.split(":")[0] if not city_step.startswith("with country") else "with country"
    key = f"{cs} [{'right' if ok else 'wrong'}] unknown names at: {'+'.join(sorted({p for _n, p in unknown})) or '-'};"
    out["city vs unknown names of the sentence"][name][f"{key} gold's at {'+'.join(gold_at)}=x"] += 1
    if cs in {"story_city", "seat(default)", "city_of_country", "(no city)"}:
        known = sentence_cities(ev, tables)
        gold_at = sorted({p for n, p in known if gcity in n or n in gcity}) or ["-"]
        ours_at = sorted({p for n, p in known if n in bare(ev["location_name"] or "")}) or ["-"]
        others = len({n for n, _p in known})
        key = f"{cs} [{'right' if ok else 'wrong'}] {others} cities of the country; gold's at {'+'.join(gold_at)}"
        out["fallback city vs the sentence's cities of the country"][name][f"{key}; ours at {'+'.join(ours_at)}=x"] += 1
        if not ok:
            arts = sorted({m["article_id"] for m in tables["event_mentions"] if m["event_id"] == ev["event_id"]})
            key = f"{cs}; gold's at {'+'.join(gold_at)}: articles {_set_id(arts)}"
            out["wrong fallback cities: article sets"][name][f"{key}=x"] += 1


def sentence_cities(ev: dict, tables: dict) -> list[tuple[str, str]]:
    """(bare city, position) of the cities of the event's country its sentences name."""
    iso3 = ev["location_country_iso3"]
    out = []
    for mm, at in _sentence_places(ev, tables):
        got = places.resolve_place(mm["surface"], iso3)
        if not got or got.get("level") != "city" or got["location_country_iso3"] != iso3:
            continue
        out.append((bare(got["location_name"]), at))
    return out


def main(argv: list[str]) -> int:
    global ROWS, DETAIL
    ROWS = "--rows" in argv
    DETAIL = "--detail" in argv
    ww.RATIO_TABLES += (
        "our place's position [country step]",
        "borrowed place, a country subject of another country",
        "dateline of another country than ours",
    )
    ww.report(
        ps32.every_half(argv, half),
        [
            "our place's position [country step]",
            "wrong country: gold's positions / ours",
            "rule: another country at P over ours at Q",
            "borrowed place, a country subject of another country",
            "borrowed place, a country subject: collections/articles",
            "city vs unknown names of the sentence",
            "fallback city vs the sentence's cities of the country",
            "dateline of another country than ours",
            "wrong fallback cities: article sets",
            "we give no place: the source parties' countries",
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
