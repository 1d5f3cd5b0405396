"""How the trigger of our event and a gold actor it misses are joined in the event's sentence (counts only).

usage (from the project root):
    .venv/bin/python bench/insent_classes34.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]

For every gold main event of class `one side: other actor in the event's sentence` (bench/miss_causes.py), the
event of its documents that carries a gold actor and has evidence in a sentence naming the missing one is taken;
its trigger word (the words in brackets of the event's summary: 'ASSAULT (attacked): ...') is found in that
sentence and the path from the trigger to the missing actor's head is classed by the dependency labels climbed
from each side to their lowest common ancestor:

- `actor side`: the labels from the actor's head up to the common ancestor, with the preposition word of a
  prepositional object ('pobj(with)<prep'), at most four;
- `trigger side`: the labels from the trigger up to the common ancestor ('-' when the trigger governs the actor);
- `common ancestor`: its part of speech and whether it is the trigger;
- the brief's classes: `argument of the trigger` (trigger side empty, one step), `inside an argument` (trigger side
  empty, deeper: possessor, modifier, 'of' phrase of an argument), `another clause` (the trigger is below the
  ancestor), and the gold role the missing actor should take and whether our event fills that role.

Only counts are printed, never a text or a name, so the tool may be run on a held-out half; --show (tuning half
only) prints each sentence with the path.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

import duckdb
from miss_causes import IN_SENTENCE
from side_paths import gold_role, mention_head, missed_in_spans, unfound_events

BRACKET = re.compile(r"\(([^)]*)\)")


def summaries(wh_path) -> dict[str, str]:
    con = duckdb.connect(str(wh_path), read_only=True)
    out = dict(con.execute("select event_id, summary from curated.events").fetchall())
    con.close()
    return out


def trigger_token(sent, summary: str | None):
    """The first token of the sentence that is the first word of the summary's bracketed trigger."""
    m = BRACKET.search(summary or "")
    if not m or not m.group(1).split():
        return None
    first = m.group(1).split()[0].lower()
    return next((t for t in sent if t.lower_ == first or t.lemma_.lower() == first), None)


def label(tok) -> str:
    if tok.dep_ == "pobj" and tok.head.dep_ in {"prep", "agent"}:
        return f"pobj({tok.head.lower_})"
    return tok.dep_


def climb(tok, stop) -> list[str]:
    labels, cur = [], tok
    while cur != stop and cur.head != cur:
        if cur.dep_ in {"prep", "agent"} and labels and labels[-1].startswith("pobj("):
            cur = cur.head
            continue
        labels.append(label(cur))
        cur = cur.head
    return labels


def common_ancestor(a, b):
    up = [a, *a.ancestors]
    return next((t for t in [b, *b.ancestors] if t in up), None)


def classify(trig, actor) -> list[str]:
    lca = common_ancestor(trig, actor)
    if lca is None:
        return ["no common ancestor"]
    a_side, t_side = climb(actor, lca), climb(trig, lca)
    out = [
        "actor side: " + ("<".join(a_side[:4]) or "-"),
        "trigger side: " + ("<".join(t_side[:3]) or "-"),
        f"common ancestor: {lca.pos_}, {'the trigger' if lca == trig else 'another word'}",
    ]
    if not t_side:
        out.append("class: argument of the trigger" if len(a_side) == 1 else "class: inside an argument")
    elif not a_side:
        out.append("class: the actor governs the trigger")
    else:
        out.append("class: another clause or phrase")
    return out


def in_sentence_events(roots: list[str], half: str):
    """(warehouse, articles, summaries, gold event, resolved actors, names) of each in-sentence miss of a half."""
    sums_of: dict = {}
    for wh, arts, ge, actors, names, cls in unfound_events(roots, half):
        if cls == IN_SENTENCE:
            if wh.path not in sums_of:
                sums_of[wh.path] = summaries(wh.path)
            yield wh, arts, sums_of[wh.path], ge, actors, names


def count(roots: list[str], half: str, show: bool) -> Counter:
    out: Counter = Counter()
    for wh, arts, sums, ge, actors, names in in_sentence_events(roots, half):
        out["in-sentence events"] += 1
        docs = set(ge["docs"])
        for actor, (e, aid, _lo, _hi, st) in missed_in_spans(wh, docs, actors):
            doc = arts.doc(aid)
            tok = mention_head(doc, st, arts.ends.get((aid, st), st + 1))
            sent = tok.sent if tok is not None else None
            trig = trigger_token(sent, sums.get(e)) if sent is not None else None
            role = gold_role(ge, names.get(actor))
            filled = any(r == role for (ev, _), r in arts.role.items() if ev == e)
            out[f"missing role: {role}, our event fills it: {filled}"] += 1
            out[f"our type is the gold type: {arts.types.get(e) == ge['type']}"] += 1
            if trig is None:
                out["trigger word not found in the sentence"] += 1
                continue
            out[f"trigger part of speech: {trig.pos_}"] += 1
            for k in classify(trig, tok):
                out[k] += 1
            if show:
                print("IN", ge["type"], arts.types.get(e), trig.text, classify(trig, tok), "|", sent.text)
    return out


def main(argv: list[str]) -> int:
    show = "--show" in argv and argv[1] == "tune"
    half, roots = argv[1], [a for a in argv[2:] if a != "--show"]
    out = count(roots, half, show)
    for key in sorted(out):
        print(f"{out[key]:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
