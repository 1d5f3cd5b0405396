"""Count the rows of reported speech and addressed acts by frame (issue 10, actors of speech, round 38).

usage (from the project root):
    .venv/bin/python bench/speech_frames38.py [--work DIR] [--unseen DIR] [--rows]

Reads only the development samples (``bench/precision/dev_judged*.tsv``; never ``judged.tsv``) and, with --unseen,
the TUNING halves of an ``unseen_all.sh --misses`` output folder (``DIR/<collection>/tune``). A sentence is put in
the frames its parse shows (one sentence may show several):

- ``told party``: a verb that tells a clause ('told', 'assured', 'informed') with an addressee that is no audience
  of ``told_audiences`` ('X told the envoy that Y would ...'); ``told audience``: the addressee is one;
- ``spoken venue``: a verb of saying with an 'in'/'at' phrase naming a place ('X said in Paris that ...');
- ``collective addressee``: 'called on', 'urged', 'appealed to' a collective ('both sides', 'all parties', 'the
  international community', 'Europe', 'the world');
- ``speech noun to audience``: 'a comment to reporters', 'complained to the Independent that';
- ``on a medium``: 'defended X on television', 'on social media, citizens voiced anger' (``spoken_audiences``);
- ``insisting``: 'insisting that X do Y' (a participle of insist with a clause).

Development rows: every judged row (trigger_audit's de-duplicated rows) is counted by frame and verdict (right,
not an event, wrong type, wrong source/target/actors); the persisting wrong-actor rows (role_audit's ``Audit``) are
counted by frame and by whether the frame's word (the addressee, the venue, the collective) is a coded actor now.
Unseen: the tuning half's missed events (not fully right) whose documents hold a sentence of a frame that names one
of the event's gold actors. Only counts are printed; --rows prints the development rows (never unseen text).

Run at 5e0ad1c3 (before the 'on a medium' frame was added) on the 2,041 development rows: told party 34 (right 15, not
an event 7, wrong target 4, wrong type 4, wrong actors 3, source 1), told audience 22 (right 12, not an event 5,
target 2, ...), spoken venue 5 (right 2; the one wrong target is a possessor, no venue), collective addressee 5
(right 3 with no target, wrong target 2: 'Europe', 'both sides' of a strike), speech noun to audience 1, insisting 1.
Among the 342 persisting wrong-actor rows the addressee of a told clause is coded as a party of the inner act in 2
(an outlet 'complained to' that no list names; a demand of strikers); a venue city coded as a target in none. On
the tuning halves of news..news7 (base run): of 17 missed events, 8 have a told frame naming a gold actor in their
documents (co-occurrence, not the cause). So no frame of the family reaches 3 rows of one mechanism; the news
medium of an act of words ('on television', 'on social media', 'a comment to reporters, urging ...') does: 3 wrong
target rows of 3 articles, built as ``sitrep/extract/spoken_audiences.py`` (role_audit wrong target 211 -> 208).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from role_audit import Audit  # noqa: E402
from trigger_audit import dev_rows as judged_rows  # noqa: E402

#: a cheap filter before the parse: a sentence that holds none of these has no frame
CUE = re.compile(
    r"\b(told|tell\w*|assur\w*|inform\w*|said|say\w*|call\w*|urg\w*|appeal\w*|insist\w*|complain\w*|comment\w*"
    r"|remark\w*|on)\b",
    re.I,
)
#: the words of a collective addressee
COLLECTIVE = frozenset({"side", "sides", "party", "parties", "community", "europe", "world", "west", "nations"})
SAYING = frozenset({"say", "tell", "speak", "state", "announce", "declare", "add", "warn", "write", "insist"})
ASKING = frozenset({"call", "urge", "appeal", "press", "implore"})
SPEECH_NOUNS = frozenset({"comment", "remark", "statement", "interview", "complaint"})


def frames(sent) -> list[tuple[str, object]]:  # noqa: ANN001, C901
    """(frame, the frame's word token) for each frame the sentence's parse shows."""
    from sitrep.extract import quote_lexicon
    from sitrep.extract.spoken_audiences import medium_phrase
    from sitrep.extract.told_audiences import audience

    out = []
    for tok in sent:
        lem = tok.lemma_.lower()
        kids = list(tok.children)
        clause = any(c.dep_ == "ccomp" for c in kids)
        if tok.pos_ in {"VERB", "AUX"} and clause and quote_lexicon.tells_clause(tok):
            heads = [c for c in kids if c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN"}]
            heads += [p for c in kids if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
            for h in heads:
                out.append(("told audience" if audience(h) else "told party", h))
        if lem in SAYING and tok.pos_ == "VERB":
            for c in kids:
                if c.dep_ == "prep" and c.lower_ in {"in", "at"}:
                    for p in c.children:
                        if p.dep_ == "pobj" and p.ent_type_ in {"GPE", "LOC", "FAC"}:
                            out.append(("spoken venue", p))
        if lem in ASKING:
            objs = [c for c in kids if c.dep_ == "dobj"]
            objs += [p for c in kids if c.lower_ in {"on", "to", "upon"} for p in c.children if p.dep_ == "pobj"]
            out += [("collective addressee", o) for o in objs if o.lower_ in COLLECTIVE or o.lemma_ in COLLECTIVE]
        if lem == "complain" or (lem in SPEECH_NOUNS and tok.pos_ == "NOUN"):
            for c in kids:
                if c.lower_ == "to":
                    out += [("speech noun to audience", p) for p in c.children if p.dep_ == "pobj" and audience(p)]
        if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ == "VERB" and medium_phrase(tok):
            out.append(("on a medium", tok))
        if lem == "insist" and tok.tag_ == "VBG" and clause:
            out.append(("insisting", tok))
    return out


def dev_counts(nlp, show: bool) -> Counter:  # noqa: ANN001
    """(frame, verdict) over every judged development row (parsed alone)."""
    counts: Counter = Counter()
    rows = [r for r in judged_rows() if CUE.search(r["sentence"])]
    for r, doc in zip(rows, nlp.pipe(r["sentence"] for r in rows), strict=True):
        verdict = r.get("error") or "right"
        for frame in sorted({f for f, _ in frames(doc)}):
            counts[(frame, verdict)] += 1
            if show and verdict != "right":
                print(
                    f"{frame:24} {verdict:13} {r['file']} {r['article_id']} {r['event_type']} {r['sources']} -> "
                    f"{r['targets']}\n    {r['sentence'][:260]}\n    note: {r['note'][:200]}"
                )
    return counts


def persisting_counts(audit: Audit, show: bool) -> Counter:
    """(frame, 'coded'/'not coded') over the wrong-actor rows whose judged-wrong actors are still coded."""
    counts: Counter = Counter()
    for r, ev, _doc, sent, word in audit.persisting(audit.rows):
        if sent is None:
            continue
        coded = " ".join(sorted(ev["sources"] | ev["targets"])).lower()
        for frame, tok in frames(sent):
            hit = "coded" if tok.text.lower() in coded else "not coded"
            counts[(frame, hit)] += 1
            if show:
                print(f"persisting {frame:24} {hit:9} {r['error']} {r['article_id']} {r['event_type']} {word!r}")
    return counts


def unseen_counts(nlp, folder: Path) -> Counter:  # noqa: ANN001
    """(collection, frame) over the tuning halves' missed events (counts only)."""
    counts: Counter = Counter()
    for out in sorted(folder.glob("*.out")):
        name = out.stem
        tune = folder / name / "tune"
        gold_path = tune / "gold.json"
        missed = re.findall(r"^## (E\d+) .* cause=(?!fully right)", _tune_part(out.read_text()), flags=re.M)
        if not gold_path.exists() or not missed:
            continue
        gold = json.loads(gold_path.read_text())
        aliases = {e["canonical"]: [e["canonical"], *e.get("aliases", [])] for e in gold["entities"]}
        for ev in gold["events"]:
            if ev["event"] not in missed:
                continue
            names = [a for eid in ev.get("actors", []) for a in aliases.get(eid, [eid])]
            found = set()
            for d in ev.get("docs", []):
                text = json.loads((tune / "docs" / d).read_text()).get("body") or ""
                for s in nlp(text).sents:
                    if CUE.search(s.text) and any(n in s.text for n in names):
                        found |= {f for f, _ in frames(s)}
            for f in found:
                counts[(name, f)] += 1
            counts[(name, "missed events")] += 1
    return counts


def _tune_part(text: str) -> str:
    return text.split("== held-out")[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--unseen", type=Path, default=None)
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args(argv)

    audit = Audit(args.work)
    dev = dev_counts(audit.nlp, args.rows)
    print("development rows by frame and verdict:")
    for frame in sorted({f for f, _ in dev}):
        line = ", ".join(f"{v} {n}" for (f, v), n in sorted(dev.items(), key=lambda kv: -kv[1]) if f == frame)
        print(f"  {frame:24} {line}")
    per = persisting_counts(audit, args.rows)
    print("persisting wrong-actor rows by frame (the frame's word coded as an actor or not):")
    for (frame, hit), n in sorted(per.items()):
        print(f"  {frame:24} {hit:9} {n}")
    if args.unseen:
        un = unseen_counts(audit.nlp, args.unseen)
        print("unseen tuning halves: missed events whose documents show a frame naming a gold actor:")
        for name in sorted({c for c, _ in un}):
            line = ", ".join(f"{f} {n}" for (c, f), n in sorted(un.items()) if c == name)
            print(f"  {name:9} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
