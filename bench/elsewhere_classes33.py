"""Where the missing actor of an `elsewhere` or `apart` miss stands, in four classes: counts only, safe on held-out
halves.

usage (from the project root):
    .venv/bin/python bench/elsewhere_classes33.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]

UNSEEN_OUT_DIR is an output directory of /tmp/unseen_all.sh. For each gold main event of bench/miss_causes.py's
classes `one side: other actor elsewhere in the documents` and `apart: each actor in some event, none with all`,
the event of the gold type (else any) carrying most gold actors is taken ("ours", its first mention in a body),
and each gold actor M it lacks is put in the first class that fits:

- `reference`: the sentence of ours holds, as a subject, object or object of a preposition, a word that can stand
  for M and is no entity mention: a pronoun of M's kind (he/she/him/her/his for a person; it/its/they/them/their
  for a state or an organisation), a definite description of M's kind ("the minister", "the two countries", "both
  sides": a determiner the/this/that/these/those/both or a number, and a role noun of the actor dictionary's agents
  or a title for a person, a collective or country noun for the others), or a definite act noun with an owner
  ("the accusations", "his claim"); split by the word's kind and by whether M is named before the sentence in
  the article (back) or only after (forward);
- `article party`: M is named in the title or the first sentence of ours' article;
- `neighbour`: M is named one or two sentences before or after ours' sentence;
- `other report`: M is not named in ours' article, only in another document of the gold event (a report the
  merge left out, or never coded);
- `farther`: M is named three or more sentences away.

Each class is also split by whether ours gives M's gold role to another party. Only counts (class names) are
printed; --show (tuning halves only) also prints the sentence and the word found.
"""

from __future__ import annotations

import sys
from collections import Counter

from elsewhere_acts import ACT_NOUNS, COLLECTIVE
from miss_causes import APART, ELSEWHERE, fold
from side_paths import Articles, gold_role, sentence_index, unfound_events

from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.event_arg_words import INTRODUCED_TITLES, TITLE_HEADS

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their", "itself", "themselves"}
STATE_NOUNS = {"country", "countries", "nation", "nations", "state", "states", "side", "sides", "neighbour",
               "neighbor", "neighbours", "neighbors", "capital", "capitals", "ally", "allies", "pair"}  # fmt: skip
DEFINITE = {"the", "this", "that", "these", "those", "both"}
CORE = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative", "agent", "attr", "appos"}
KINDS = {"PERSON": "person", "GPE": "group", "NORP": "group", "ORG": "group"}


def _reference(sent, mention_chars: set[int], kinds_at: dict[int, str], kind: str) -> str | None:
    """The kind of the first word of ``sent`` that can stand for a party of ``kind`` ('person'/'group'); a
    pronoun after a named party of its kind in the sentence is that party's ('Trump stood by his claim')."""
    for tok in sent:
        if tok.idx in mention_chars or tok.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"}:
            continue
        low = tok.lower_
        bound = any(sent.start_char <= st < tok.idx and k == kind for st, k in kinds_at.items())
        if tok.pos_ == "PRON" and tok.dep_ in CORE and not bound:
            if (kind == "person" and low in PERSON_PRONOUNS) or (kind == "group" and low in GROUP_PRONOUNS):
                return "pronoun"
            continue
        if tok.pos_ != "NOUN" or tok.dep_ not in CORE:
            continue
        dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "predet", "nummod", "poss"}}
        nums = any(c.dep_ == "nummod" for c in tok.children)
        poss = {c.lower_ for c in tok.children if c.dep_ == "poss"}
        lem = tok.lemma_.lower()
        if lem in ACT_NOUNS and (dets & DEFINITE or poss & (PERSON_PRONOUNS | GROUP_PRONOUNS)):
            return "act noun"
        if not (dets & DEFINITE or nums):
            continue
        if kind == "group" and (lem in COLLECTIVE or low in STATE_NOUNS or lem in STATE_NOUNS):
            return "description"
        role_noun = agent_sector(lem) is not None or lem in TITLE_HEADS | INTRODUCED_TITLES
        if kind == "person" and role_noun and lem not in COLLECTIVE | STATE_NOUNS:
            return "description"
    return None


def classify(wh, arts: Articles, ge: dict, actors, names: dict, out: Counter, show: bool, label: str) -> None:
    docs = set(ge["docs"])
    with_any = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
    typed = [e for e in with_any if wh.events[e][0] == ge["type"]]
    best = max(typed or with_any, key=lambda e: len(set(actors) & wh.parts[e]))
    aid, lo = next(((a, s) for a, s, _ in sorted(wh.spans[best]) if a in arts.body), (None, 0))
    out[label + " events"] += 1
    if aid is None:
        out[label + ": event outside a body"] += 1
        return
    doc, d = arts.doc(aid), wh.doc_of[aid]
    sents = list(doc.sents)
    here = sentence_index(doc, lo)
    sent = sents[here]
    mention_chars = {st for _, _, maid, st in wh.mentions.get(d, []) if maid == aid}
    mention_chars |= {t.idx for st in list(mention_chars) for t in doc if st <= t.idx < arts.ends.get((aid, st), st)}
    kinds_at = {
        st: KINDS.get(arts.kind.get(ent, ("?",))[0], "group")
        for ent, _, maid, st in wh.mentions.get(d, [])
        if maid == aid
    }
    title = fold(arts.title.get(aid) or "")
    for actor in [a for a in actors if a not in wh.parts[best]]:
        role = gold_role(ge, names.get(actor))
        held = "role held" if arts.holders(best, role, actors) else "role empty"
        kind = KINDS.get(arts.kind.get(actor, ("?",))[0], "group")
        starts = [st for ent, _, maid, st in wh.mentions.get(d, []) if ent == actor and maid == aid]
        idx = sorted({sentence_index(doc, st) for st in starts})
        surfaces = {s for ent, s, maid, _ in wh.mentions.get(d, []) if ent == actor}
        ref = _reference(sent, mention_chars, kinds_at, kind)
        if not idx and not any(s and s in title for s in surfaces):
            cls = "other report"
        elif ref and idx:
            cls = "reference " + ref + (" back" if min(idx) < here else " forward")
        elif any(s and s in title for s in surfaces) or 0 in idx:
            cls = "article party"
        elif any(abs(i - here) <= 2 for i in idx):
            cls = "neighbour"
        else:
            cls = "farther"
        out[f"{label}: {cls.split()[0]}"] += 1
        out[f"{label}: {cls} ({kind}, {held})"] += 1
        if show:
            print(label.upper(), cls, kind, held, ge["type"], wh.events[best][0], "|", sent.text)


def main(argv: list[str]) -> int:
    show = "--show" in argv and argv[1] == "tune"
    half, roots = argv[1], [a for a in argv[2:] if a != "--show"]
    out: Counter = Counter()
    for wh, arts, ge, actors, names, cls in unfound_events(roots, half):
        if cls in (ELSEWHERE, APART):
            classify(wh, arts, ge, actors, names, out, show, "elsewhere" if cls == ELSEWHERE else "apart")
    for key in sorted(out):
        print(f"{out[key]:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
