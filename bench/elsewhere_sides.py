"""Where the missing actor of a one-sided gold event is, when the event's sentence does not name it: counts only.

usage (from the project root):
    .venv/bin/python bench/elsewhere_sides.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]

UNSEEN_OUT_DIR is an output directory of /tmp/unseen_all.sh. The class `one side: other actor elsewhere in the
documents` of bench/miss_causes.py is broken down: the event of the gold type (else any) carrying most gold actors is
taken, and for each gold actor M it lacks: M's gold role and who holds that role in our event, where M's nearest
mention is (sentences before / after the event's), whether M is named in the title or in the lead sentence,
whether M is a party of some other event of the article (and of which type, how far before), whether the present
gold actor holds the other role, and whether our event's sentence is a quote. Only counts are printed; --show
(tuning halves only) also prints the sentences.
"""

from __future__ import annotations

import sys
from collections import Counter

from miss_causes import ELSEWHERE, Warehouse, fold
from side_paths import Articles, count_class, gold_role, in_quote, sentence_index


def _far(dist: int) -> str:
    if not dist:
        return "same sentence"
    side = "before" if dist < 0 else "after"
    return side + (" 1" if abs(dist) == 1 else " 2-3" if abs(dist) <= 3 else " >3")


def elsewhere(wh: Warehouse, arts: Articles, ge: dict, actors, names: dict, out: Counter, show: bool) -> None:
    docs = set(ge["docs"])
    with_any = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
    typed = [e for e in with_any if wh.events[e][0] == ge["type"]]
    out["events"] += 1
    out["our event has the gold type: " + str(bool(typed))] += 1
    best = max(typed or with_any, key=lambda e: len(set(actors) & wh.parts[e]))
    aid, lo, hi = next(((a, s, t) for a, s, t in wh.spans[best] if a in arts.body), (None, 0, 0))
    if aid is None:
        out["event outside a body"] += 1
        return
    doc, d = arts.doc(aid), wh.doc_of[aid]
    here, sents = sentence_index(doc, lo), list(doc.sents)
    out["our sentence is a quote: " + str(in_quote(arts.body[aid], lo) or arts.body[aid][lo : lo + 1] in '"“')] += 1
    for actor in [a for a in actors if a not in wh.parts[best]]:
        role = gold_role(ge, names.get(actor))
        out["M " + role + ": " + arts.holder_kinds(best, role, actors, actor)] += 1
        other_role = "target" if role == "source" else "source"
        present_other = [a for a in actors if a in wh.parts[best] and arts.role.get((best, a)) == other_role]
        out["a present gold actor holds the other role: " + str(bool(present_other))] += 1
        starts = [st for ent, _, maid, st in wh.mentions.get(d, []) if ent == actor and maid == aid]
        idx = sorted({sentence_index(doc, st) for st in starts})
        title = fold(arts.title.get(aid) or "")
        surfaces = {s for ent, s, maid, _ in wh.mentions.get(d, []) if ent == actor}
        out["M in the title: " + str(any(s and s in title for s in surfaces))] += 1
        out["M in the lead sentence: " + str(0 in idx)] += 1
        if not idx:
            out["M nearest: not in this article's body"] += 1
            continue
        near = min(idx, key=lambda i: (abs(i - here), i > here))
        out["M nearest: " + _far(near - here)] += 1
        theirs = [e for e in wh.events if actor in wh.parts[e] and aid in {a for a, _, _ in wh.spans[e]}]
        before = []
        for e in theirs:
            for a, s, _ in wh.spans[e]:
                if a == aid and 0 <= here - sentence_index(doc, s) <= 3:
                    before.append((here - sentence_index(doc, s), e))
        out["M is a party of another event of the article: " + str(bool(theirs))] += 1
        for h in arts.holders(best, role, actors):
            hk = arts.kind.get(h, ("?", None))[0]
            if hk in {"GPE", "NORP"} and arts.kind.get(actor, ("?",))[0] in {"ORG", "PERSON"}:
                _state_holder(out, doc, sents[here], wh, d, aid, h, hk, role, actor, arts)
        if not arts.holders(best, role, actors):
            kind = arts.kind.get(actor, ("?",))[0]
            alike = Counter(
                ent
                for ent, _, maid, _ in wh.mentions.get(d, [])
                if maid == aid and arts.kind.get(ent, ("",))[0] == kind
            )
            _empty(out, sents[here], role, wh.events[best][0], near - here, actor, alike)
        if before:
            dist, e = min(before, key=lambda x: x[0])
            where = f"{_far(-dist)}, type {wh.events[e][0]}, M {arts.role.get((e, actor))}"
            out["M's event 0-3 sentences before: " + where] += 1
        if show:
            print("ELSE", ge["type"], wh.events[best][0], role, near - here, "|", sents[here].text, "| M:",
                  sents[near].text)  # fmt: skip


def _state_holder(out: Counter, doc, sent, wh, d, aid, h, hk, role, actor, arts) -> None:
    """How a state holding M's role is named in our event's sentence (M an organisation or a person)."""
    k = f"state holds {role} of {arts.kind.get(actor, ('?',))[0]}/{'c' if arts.kind.get(actor, (0, 0))[1] else '-'}: "
    starts = [st for ent, _, maid, st in wh.mentions.get(d, []) if ent == h and maid == aid]
    inside = [st for st in starts if sent.start_char <= st < sent.end_char]
    if not inside:
        subj = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head == sent.root), None)
        kind = "none" if subj is None else subj.pos_ + " " + (subj.lemma_ if subj.pos_ != "PROPN" else "")
        out[k + hk + " not named in the sentence; subject " + kind] += 1
        return
    tok = next((t for t in sent if t.idx <= inside[0] < t.idx + len(t.text)), None)
    if tok is None:
        return
    path = [tok.dep_]
    cur = tok
    while cur.dep_ in {"compound", "amod", "poss", "pobj", "prep", "nmod"} and cur.head != cur:
        cur = cur.head
        path.append(cur.dep_ + ("(" + cur.lower_ + ")" if cur.dep_ == "prep" else ""))
    out[k + hk + " named as " + "<".join(path[:4])] += 1


def _empty(out: Counter, sent, role: str, typ: str, dist: int, actor: str, same_kind: Counter) -> None:
    """Features of an event whose role M should hold is empty."""
    k = "empty " + role + ": "
    out[k + "our type " + typ] += 1
    out[k + "passive in the sentence: " + str(any(t.dep_ in {"nsubjpass", "auxpass"} for t in sent))] += 1
    subj = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head == sent.root), None)
    kind = "none" if subj is None else {"PRON": "pronoun", "PROPN": "proper"}.get(subj.pos_, "noun " + subj.lemma_)
    out[k + "root subject " + kind] += 1
    out[k + "M nearest " + _far(dist)] += 1
    top = bool(same_kind) and same_kind.most_common(1)[0][0] == actor
    out[k + "M is the article's most mentioned of its kind: " + str(top)] += 1


def main(argv: list[str]) -> int:
    return count_class(argv, ELSEWHERE, elsewhere)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
