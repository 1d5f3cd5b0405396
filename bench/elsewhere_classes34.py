"""The class `one side: other actor elsewhere in the documents` split by how the event's sentence words the role the
missing actor should hold: counts only, safe on held-out halves.

usage (from the project root):
    .venv/bin/python bench/elsewhere_classes34.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]

As in bench/elsewhere_acts.py, the event of the gold type (else any) carrying most gold actors is taken, and for each
gold actor M it lacks, the word of the sentence in M's gold role (the subject of the event's verb for a source, its
object for a target) is put in one class:

- `member noun`: a plural or bare noun for members of a body ('lawmakers', 'prosecutors', 'police', 'troops'),
  split by whether one of M's names holds a body word that such members make up ('Parliament', 'Prosecutor's
  Office', 'Police', 'Army') -- the `body fits` mechanism;
- `role noun`: a singular noun of an office ('the spokesman', 'the minister'), split the same way (M's names hold
  the office's body, or M is a person named with that title in the article);
- `proper`, `pronoun`, `none`, `other noun`.

Each class is also split by M's kind and whether the role is held (by a state, another party) or empty. Only the class
names are printed; --show (tuning halves only) also prints the sentence.
"""

from __future__ import annotations

import sys
from collections import Counter

from miss_causes import ELSEWHERE
from side_paths import Articles, count_class, gold_role, sentence_index

#: member noun (lemma) -> words of the bodies such members make up
MEMBER_BODIES = {
    **dict.fromkeys(
        ["lawmaker", "legislator", "mp", "mep", "deputy", "senator", "congressman", "parliamentarian", "representative",
         "member"],
        {"parliament", "congress", "senate", "assembly", "house", "legislature", "duma", "knesset", "bundestag"}),
    **dict.fromkeys(["judge", "justice"], {"court", "tribunal"}),
    **dict.fromkeys(["prosecutor", "investigator"], {"prosecutor", "prosecution", "attorney", "bureau", "office"}),
    **dict.fromkeys(["police", "officer", "policeman", "cop", "agent"], {"police", "bureau", "service", "agency"}),
    **dict.fromkeys(["troop", "soldier", "force"], {"army", "force", "forces", "military", "guard"}),
    **dict.fromkeys(["militant", "rebel", "fighter", "insurgent", "gunman", "jihadist"],
                    {"state", "front", "army", "brigade", "movement", "group", "taliban", "hamas", "hezbollah"}),
    **dict.fromkeys(["official", "diplomat", "minister"],
                    {"ministry", "government", "department", "office", "administration", "commission", "council"}),
    **dict.fromkeys(["worker", "miner", "employee", "striker", "protester", "demonstrator", "activist"],
                    {"union", "federation", "association", "movement", "party"}),
}  # fmt: skip
ROLE_BODIES = {
    "spokesman": {"ministry", "office", "government", "department", "party", "group", "army"},
    "spokeswoman": {"ministry", "office", "government", "department", "party", "group", "army"},
    "spokesperson": {"ministry", "office", "government", "department", "party", "group", "army"},
    "ministry": {"ministry"},
    "government": {"government", "administration", "cabinet"},
    "president": set(),
    "minister": {"ministry"},
    "leader": {"party", "group", "movement"},
    "chief": {"agency", "police", "army", "service"},
}


def _word(sent, role: str):
    """The word of ``sent`` in ``role``: the root's (or first verb's) subject for a source, its object for a target."""
    verbs = [sent.root] + [t for t in sent if t.pos_ == "VERB" and t != sent.root]
    deps = {"nsubj", "nsubjpass"} if role == "source" else {"dobj", "dative"}
    for v in verbs:
        w = next((c for c in v.children if c.dep_ in deps), None)
        if w is not None and not (role == "source" and w.dep_ == "nsubjpass"):
            return w
        if role == "source":
            agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    return None


def _names(wh, d: str, actor: str) -> set[str]:
    return {w.lower().strip("'s") for ent, surf, _, _ in wh.mentions.get(d, []) if ent == actor for w in surf.split()}


def _titled(doc, wh, d: str, aid: str, actor: str, lem: str) -> bool:
    """M is named right after the role noun somewhere in the article ('Foreign Minister Ana Ruiz')."""
    for ent, _, maid, st in wh.mentions.get(d, []):
        if ent != actor or maid != aid:
            continue
        before = [t for t in doc if st - 40 <= t.idx < st]
        if any(t.lemma_.lower() == lem for t in before[-4:]):
            return True
    return False


def _class(w, m_words: set[str], m_kind: str, titled: bool) -> str:
    if w is None:
        return "none"
    if w.pos_ == "PRON":
        return "pronoun"
    if w.pos_ == "PROPN" or w.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}:
        return "proper"
    lem = w.lemma_.lower()
    if lem in MEMBER_BODIES:
        fits = bool(MEMBER_BODIES[lem] & m_words) if m_kind == "ORG" else False
        return "member noun, body " + ("fits" if fits else "does not fit")
    if lem in ROLE_BODIES:
        fits = bool(ROLE_BODIES[lem] & m_words) if m_kind == "ORG" else titled
        return "role noun, " + ("M fits" if fits else "M does not fit")
    return "other noun"


def best_event(wh, arts: Articles, ge: dict, actors, out: Counter):
    """(our event carrying most gold actors, preferring the gold type; its first report in a body; that report's
    sentence of the event), counted in ``out``; None when no report of it has a body."""
    docs = set(ge["docs"])
    with_any = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
    typed = [e for e in with_any if wh.events[e][0] == ge["type"]]
    best = max(typed or with_any, key=lambda e: len(set(actors) & wh.parts[e]))
    aid, lo = next(((a, s) for a, s, _ in wh.spans[best] if a in arts.body), (None, 0))
    out["events"] += 1
    if aid is None:
        out["event outside a body"] += 1
        return None
    doc = arts.doc(aid)
    return best, aid, list(doc.sents)[sentence_index(doc, lo)]


def classes(wh, arts: Articles, ge: dict, actors, names: dict, out: Counter, show: bool) -> None:
    found = best_event(wh, arts, ge, actors, out)
    if found is None:
        return
    best, aid, sent = found
    doc, d = arts.doc(aid), wh.doc_of[aid]
    for actor in [a for a in actors if a not in wh.parts[best]]:
        role = gold_role(ge, names.get(actor))
        holders = arts.holders(best, role, actors)
        kinds = {arts.kind.get(h, ("?",))[0] for h in holders}
        held = "empty" if not holders else "state holds" if kinds & {"GPE", "NORP"} else "other holds"
        m_kind = arts.kind.get(actor, ("?",))[0]
        w = _word(sent, role)
        m_words = _names(wh, d, actor)
        titled = w is not None and _titled(doc, wh, d, aid, actor, w.lemma_.lower())
        cls = _class(w, m_words, m_kind, titled)
        out[f"{role}: {cls}"] += 1
        out[f"{role}: {cls} | M {m_kind}, {held}"] += 1
        if show:
            print("CLS", role, cls, m_kind, held, ge["type"], wh.events[best][0], "|", sent.text)


def main(argv: list[str]) -> int:
    return count_class(argv, ELSEWHERE, classes)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
