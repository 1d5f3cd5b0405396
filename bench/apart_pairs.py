"""The `apart` miss class split by the pair of events that carry its actors: counts only, safe on held-out halves.

usage (from the project root):
    .venv/bin/python bench/apart_pairs.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]

UNSEEN_OUT_DIR is an output directory of /tmp/unseen_all.sh. For each gold main event of bench/miss_causes.py's
class `apart: each actor in some event, none with all`, the event of the gold type (else any) carrying most gold
actors is taken ("ours"), and for each gold actor M it lacks the event carrying M nearest to ours ("theirs": same
article first, then fewest sentences between). The pair is counted by:

- where: same sentence / adjacent sentences / 2-3 / more than 3 sentences apart / another article;
- in the same sentence: one act coded twice (the two events have the same type) or two acts (different types);
- the types: both, ours only, theirs only or neither have the gold type;
- the roles: does ours give M's gold role to somebody else, and is that party of M's country or M's state/agent
  (a state and its official: agent vs state duplication); is M in theirs in its gold role;
- speech: is either event in a quote, of a verbal type, or is M the speaker of a quote at our event.

Only counts are printed; --show (tuning halves only) also prints the two sentences.
"""

from __future__ import annotations

import sys
from collections import Counter

from miss_causes import APART
from side_paths import (
    Articles,
    chain,
    count_class,
    gold_role,
    governing_verb,
    in_quote,
    mention_head,
    sentence_index,
)

VERBAL = {"ACCUSE", "DEMAND", "REJECT", "THREATEN", "SUPPORT", "REQUEST", "CONSULT"}
STATES = {"GPE", "NORP"}


def _where(dist: int | None) -> str:
    if dist is None:
        return "another article"
    dist = abs(dist)
    return "same sentence" if not dist else "adjacent" if dist == 1 else "2-3 apart" if dist <= 3 else ">3 apart"


def _span(wh, arts, event, aids=None):
    """(article, start, end) of the event's first mention in a body (in one of ``aids`` when given)."""
    return next(
        ((a, s, t) for a, s, t in sorted(wh.spans[event]) if a in arts.body and (aids is None or a in aids)), None
    )


def _nearest(wh, arts, ours, events):
    """(event, sentence distance or None, our span, their span) of the event of ``events`` nearest ours: the
    fewest sentences between any two of their mentions in one article."""
    best, best_key = None, None
    for e in events:
        for a, s, t in sorted(wh.spans[ours]):
            for a2, s2, t2 in sorted(wh.spans[e]):
                if a not in arts.body or a2 not in arts.body:
                    continue
                if a2 != a:
                    key, dist = (1, 0), None
                else:
                    doc = arts.doc(a)
                    dist = sentence_index(doc, s2) - sentence_index(doc, s)
                    key = (0, abs(dist))
                if best_key is None or key < best_key:
                    best, best_key = (e, dist, (a, s, t), (a2, s2, t2)), key
    return best


def _kin(arts, holder: str, actor: str) -> str:
    """How a party holding M's role relates to M: M's state or agent, of M's country, or neither."""
    h_kind, h_country = arts.kind.get(holder, ("?", None))
    m_kind, m_country = arts.kind.get(actor, ("?", None))
    if not m_country or h_country != m_country:
        return "other"
    if (h_kind in STATES) != (m_kind in STATES):
        return "state/agent of M"
    return "same country"


def pair(wh, arts: Articles, ge: dict, actors, names: dict, out: Counter, show: bool) -> None:
    docs = set(ge["docs"])
    with_any = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
    typed = [e for e in with_any if wh.events[e][0] == ge["type"]]
    ours = max(typed or with_any, key=lambda e: len(set(actors) & wh.parts[e]))
    out["apart events"] += 1
    out[f"gold actors: {len(set(actors))}"] += 1
    for actor in [a for a in actors if a not in wh.parts[ours]]:
        theirs, dist, here, there = _nearest(wh, arts, ours, [e for e in with_any if actor in wh.parts[e]])
        where = _where(dist)
        out["where: " + where] += 1
        t_ours, t_theirs = wh.events[ours][0], wh.events[theirs][0]
        if where == "same sentence":
            out["same sentence: " + ("one act coded twice" if t_ours == t_theirs else "two acts")] += 1
            out["same sentence: same mention span: " + str(here == there)] += 1
        gold = ge["type"]
        out["types: " + {(1, 1): "both", (1, 0): "ours only", (0, 1): "theirs only", (0, 0): "neither"}[
            (t_ours == gold, t_theirs == gold)]] += 1  # fmt: skip
        out["types same as each other: " + str(t_ours == t_theirs)] += 1
        _mention(wh, arts, ours, actor, out, show)
        role = gold_role(ge, names.get(actor))
        holders = arts.holders(ours, role, actors)
        kin = sorted({_kin(arts, h, actor) for h in holders}) or ["nobody"]
        out["ours gives M's role (" + role + ") to: " + ", ".join(kin)] += 1
        m_role = arts.role.get((theirs, actor))
        out["M in theirs in its gold role: " + str(m_role == role)] += 1
        present = [a for a in actors if a in wh.parts[ours]]
        out["a present actor is also in theirs: " + str(any(a in wh.parts[theirs] for a in present))] += 1
        kinds = sorted({arts.kind.get(a, ("?",))[0] for a in actors})
        out["gold actor kinds: " + "+".join(kinds)] += 1
        _speech(wh, arts, ours, theirs, actor, out)
        if show:
            a, b = here, there
            print("APART", gold, t_ours, t_theirs, where, role, names.get(actor))
            if a:
                print("   OURS  :", arts.body[a[0]][a[1] : a[2]].replace("\n", " "))
            if b:
                print("   THEIRS:", arts.body[b[0]][b[1] : b[2]].replace("\n", " "))


def _mention(wh, arts, ours, actor, out: Counter, show: bool) -> None:
    """Where M is named nearest any sentence of ours, and how M's mention hangs in ours' sentence."""
    best = None
    for a, s, _t in wh.spans[ours]:
        if a not in arts.body:
            continue
        doc = arts.doc(a)
        here = sentence_index(doc, s)
        for ent, _, maid, st in wh.mentions.get(wh.doc_of[a], []):
            if ent == actor and maid == a:
                dist = sentence_index(doc, st) - here
                if best is None or abs(dist) < abs(best[0]):
                    best = (dist, a, st)
    if best is None:
        out["M named: not in ours' articles"] += 1
        return
    out["M named nearest ours: " + _where(best[0])] += 1
    if show:
        doc = arts.doc(best[1])
        sent = next(x for x in doc.sents if x.start_char <= best[2] < x.end_char)
        print("   M NAMED", _where(best[0]), ":", sent.text.replace("\n", " "))
    if best[0] == 0:
        tok = mention_head(arts.doc(best[1]), best[2], arts.ends.get((best[1], best[2]), best[2] + 1))
        if tok is not None:
            verb, labels = governing_verb(tok)
            out["M in ours' sentence: path " + chain(labels) + " -> " + verb.pos_] += 1


def _speech(wh, arts, ours, theirs, actor, out: Counter) -> None:
    quoted = []
    for e in (ours, theirs):
        sp = _span(wh, arts, e)
        quoted.append(bool(sp) and in_quote(arts.body[sp[0]], sp[1]))
    out["in a quote: ours " + str(quoted[0]) + ", theirs " + str(quoted[1])] += 1
    verbal = [wh.events[e][0] in VERBAL for e in (ours, theirs)]
    out["verbal type: ours " + str(verbal[0]) + ", theirs " + str(verbal[1])] += 1
    sp = _span(wh, arts, ours)
    speaks = bool(sp) and any(
        spk == actor and (s <= sp[1] < e or sp[1] <= s < sp[2]) for spk, s, e in arts.quotes[sp[0]]
    )
    out["M speaks a quote at ours: " + str(speaks)] += 1


def main(argv: list[str]) -> int:
    return count_class(argv, APART, pair)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
