"""Why gold events are not found, for three causes of bench/miss_causes.py, by class (counts only).

usage (from the project root):
    .venv/bin/python bench/found_classes33.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]

UNSEEN_OUT_DIR is an output directory of /tmp/unseen_all.sh (one sub-directory per collection holding
<half>.duckdb and <half>/gold.json). The classes:

- `in-sentence` (one side: other actor in the event's sentence): the missing actor's mention in the sentence of an
  event carrying another gold actor, by the dependency that attaches its head (side_paths.governing_verb: the first
  label climbed) -- `subject`, `object`, `prepositional object (PREP)`, `conjunct`, `appositive`, `possessive`,
  `nominal modifier` -- and whether the verb governing it is a speech verb (`speaker`) and the same verb as the one
  governing the present actor;
- `unresolved` (a gold actor resolves to no entity): actor_misses.shape (person, state, body, group, org), the
  group of its head noun (actor_misses.head_class: 'military', 'sector OPP', '-' for a name) and where its words
  are: `in a longer mention` (an alias is part of a mention's surface: 'Syrian army' for 'army'),
  `written, no mention` (an alias is in the text, no mention covers it), `not written`;
- `no event` (no event with any actor): for each gold actor, the sentences naming it: `in an event's sentence, not
  a party` (an event of its documents has evidence in that sentence) or `no event in its sentences`, each split by
  how the actor stands there: `speaker` (subject of a speech verb: 'X said ...'), `subject`, `object`,
  `prepositional object of a noun` ('a warning from X'), `prepositional object of a verb`, `other`.

Only counts are printed, never a text or a name, so the tool may be run on a held-out half; --show (tuning half
only) also prints the sentences.
"""

from __future__ import annotations

import sys
from collections import Counter

from actor_misses import Texts, _where, head_class, shape
from miss_causes import IN_SENTENCE, NO_ACTOR, Warehouse, split_halves
from side_paths import (
    Articles,
    governing_verb,
    mention_head,
    mentions_in,
    missed_in_spans,
    sentence_index,
    unfound_events,
)

#: lemmas of verbs of speech whose subject is the speaker of what the clause reports
SPEECH = {
    "say", "tell", "state", "announce", "add", "claim", "insist", "argue", "write", "tweet", "declare", "note",
    "accuse", "deny", "warn", "urge", "call", "ask", "echo", "respond", "reply", "acknowledge", "admit", "contend",
    "assert", "suggest", "allege", "charge", "complain", "criticize", "criticise", "dismiss", "reject",
}  # fmt: skip
ATTACH = {
    "nsubj": "subject",
    "nsubjpass": "subject",
    "dobj": "object",
    "dative": "object",
    "conj": "conjunct",
    "appos": "appositive",
    "poss": "possessive",
    "compound": "nominal modifier",
    "nmod": "nominal modifier",
    "amod": "nominal modifier",
    "npadvmod": "nominal modifier",
}


def attachment(tok) -> str:
    """How a mention's head hangs from the tree: ATTACH, or `prepositional object (PREP of a noun|verb)`."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        host = tok.head.head
        return f"prepositional object ({tok.head.lower_} of a {'verb' if host.pos_ in ('VERB', 'AUX') else 'noun'})"
    return ATTACH.get(tok.dep_, "other (" + tok.dep_ + ")")


def speaker(tok) -> bool:
    verb, labels = governing_verb(tok)
    return labels[0] in ("nsubj", "nsubjpass") and len(labels) == 1 and verb.lemma_ in SPEECH


def in_sentence(wh: Warehouse, arts: Articles, ge: dict, actors, out: Counter, show: bool) -> None:
    docs = set(ge["docs"])
    for _actor, (e, aid, lo, hi, st) in missed_in_spans(wh, docs, actors):
        doc = arts.doc(aid)
        tok = mention_head(doc, st, arts.ends.get((aid, st), st + 1))
        if tok is None:
            out["in-sentence: outside the body"] += 1
            continue
        verb, _ = governing_verb(tok)
        present = mentions_in(wh, docs, aid, lo, hi, lambda ent, e=e: ent in wh.parts[e] and ent in actors)
        ptok = mention_head(doc, present[0], present[0] + 1) if present else None
        same = "same verb as ours" if ptok is not None and governing_verb(ptok)[0] == verb else "another verb"
        out["in-sentence: " + ("speaker" if speaker(tok) else attachment(tok)) + ", " + same] += 1
        if show:
            body = arts.body.get(aid) or ""
            print("IN", ge["type"], attachment(tok), "|", body[lo:st] + "[[" + body[st:hi])


def no_event(wh: Warehouse, arts: Articles, ge: dict, actors, out: Counter, show: bool) -> None:
    docs = set(ge["docs"])
    for actor in actors:
        seen = [(aid, st) for d in docs for ent, _, aid, st in wh.mentions.get(d, []) if ent == actor]
        seen = [(aid, st) for aid, st in seen if aid in arts.body]
        if not seen:
            out["no event: actor not named in the event's documents"] += 1
            continue
        kinds, evented = set(), False
        for aid, st in seen:
            doc = arts.doc(aid)
            tok = mention_head(doc, st, arts.ends.get((aid, st), st + 1))
            if tok is None:
                continue
            sent = tok.sent
            evented |= any(
                a == aid and lo < sent.end_char and sent.start_char < hi
                for e in wh.events if wh.docs[e] & docs for a, lo, hi in wh.spans[e]
            )  # fmt: skip
            kinds.add("speaker" if speaker(tok) else attachment(tok).split(" (")[0])
            if show:
                print("NO", ge["type"], attachment(tok), sentence_index(doc, st), "|", sent.text.strip()[:300])
        where = "in an event's sentence, not a party" if evented else "no event in its sentences"
        best = next((k for k in ("speaker", "subject", "object", "prepositional object") if k in kinds), "other")
        out[f"no event: {where}; {best}"] += 1


def unresolved(half: str, roots: list[str], out: Counter) -> None:
    for _coll, wh_path, gold in split_halves(roots, half):
        wh, texts = Warehouse(wh_path), Texts(wh_path)
        by_name = {e["canonical"]: e for e in gold["entities"]}
        for ge in gold["events"]:
            if ge.get("background"):
                continue
            for a in ge["actors"]:
                ent = by_name.get(a)
                if ent is None or wh.resolve(ent) is not None:
                    continue
                where = _where(ent, set(ge["docs"]), wh, texts)
                words = (
                    "in a longer mention" if "in-mention" in where
                    else "written, no mention" if "written" in where else "not written"
                )  # fmt: skip
                out[f"unresolved: {shape(ent)} ({head_class(ent)}), {words}"] += 1


def main(argv: list[str]) -> int:
    show = "--show" in argv and argv[1] == "tune"
    half, roots = argv[1], [a for a in argv[2:] if a != "--show"]
    out: Counter = Counter()
    for wh, arts, ge, actors, _names, cls in unfound_events(roots, half):
        if cls == IN_SENTENCE:
            out["in-sentence events"] += 1
            in_sentence(wh, arts, ge, actors, out, show)
        elif cls == NO_ACTOR:
            out["no event: events"] += 1
            no_event(wh, arts, ge, actors, out, show)
    unresolved(half, roots, out)
    for key in sorted(out):
        print(f"{out[key]:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
