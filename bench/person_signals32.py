"""One candidate signal at a time for persons the place vote (``actor_countries`` step ``places``) decides
(counts only, so it may be run on a held-out half; round 32 read it on tuning halves and development sets).

usage (from the project root):
    .venv/bin/python bench/person_signals32.py WAREHOUSE:GOLD_JSON ...

Replays corpus resolution as bench/person_country_evidence.py does; for each gold PERSON with a country whose
entity got its country from the place vote, each signal's country (the vote of what it reads; ``-`` when it reads
none or a tie) against the gold country, beside the vote's own verdict: ``intro`` (places and demonyms of the
sentence of the person's first mention in each article), ``titled`` (of the sentences where a mention carries a
title or role), ``adjacent-demonym`` (a demonym at most 40 characters before a mention, in its sentence),
``lede`` (the first place or demonym of each of the person's articles). A signal that would flip wrong to right
without flipping right to wrong is the one to build.
"""

from __future__ import annotations

import sys
from collections import Counter

import person_country_evidence
from person_country_evidence import voted_persons

from sitrep.extract.actor_countries import _weak_vote


def _signals(eid: str, allm: list, ents: dict) -> dict[str, str | None]:
    own = [(a, m) for (a, m, e) in allm if e == eid]
    placed = [
        (a, m, m.get("country_iso3") or (ents.get(e) or {}).get("country_iso3"))
        for (a, m, e) in allm
        if m.get("label") in ("GPE", "NORP") and e != eid
    ]
    placed = [(a, m, c) for a, m, c in placed if c]
    first = {}
    for a, m in own:
        if a not in first or m["start_char"] < first[a]["start_char"]:
            first[a] = m
    intro = {(a, m.get("sent_idx")) for a, m in first.items()}
    titled = {(a, m.get("sent_idx")) for a, m in own if m.get("title") or m.get("role")}
    lede = {}
    for a, _m, c in sorted(placed, key=lambda x: x[1]["start_char"]):
        lede.setdefault(a, c)
    arts = {a for a, _ in own}
    return {
        "intro": _weak_vote([c for a, m, c in placed if (a, m.get("sent_idx")) in intro]),
        "titled": _weak_vote([c for a, m, c in placed if (a, m.get("sent_idx")) in titled]),
        "adjacent-demonym": _weak_vote(
            [
                c
                for a, m, c in placed
                if m.get("label") == "NORP"
                and any(
                    b == a and o.get("sent_idx") == m.get("sent_idx") and 0 <= o["start_char"] - m["end_char"] <= 40
                    for b, o in own
                )
            ]
        ),
        "lede": _weak_vote([lede[a] for a in arts if a in lede]),
    }


def count(warehouse: str, gold_path: str, tally: Counter) -> None:
    for g, eid, ents, allm, verdict in voted_persons(warehouse, gold_path):
        for name, c in _signals(eid, allm, ents).items():
            tally[(name, f"vote {verdict}", "-" if not c else ("right" if c == g["country"] else "wrong"))] += 1


def main(argv: list[str]) -> None:
    person_country_evidence.main(argv, count, "# signal, the place vote's verdict, the signal's verdict: count")


if __name__ == "__main__":
    main(sys.argv[1:])
