"""The class `one side: other actor elsewhere in the documents` split by the act and by where the missing actor
stands in the article: counts only, safe on held-out halves.

usage (from the project root):
    .venv/bin/python bench/elsewhere_acts.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]

As in bench/elsewhere_sides.py, the event of the gold type (else any) carrying most gold actors is taken, and for
each gold actor M it lacks:

- `empty role`: the act of the event's sentence, in classes (a reaction verb of the list below, an attack, a
  request, other), whether its object is a bare anaphoric noun ("the move", "the claims", "it") and of which
  class, and where M stands: the doer (source) of an earlier coded event of the article, of the nearest earlier
  one, a party of any earlier one, the article's most named entity (all kinds) or the most named one other than
  the present gold actor, named in the title, in the lead;
- `state holds the role` (a GPE or demonym where M is a person or an organisation): is the state the country of a
  person of the sentence (the subject), is M named in a sentence with that person elsewhere (an affiliation), is
  M of the state's country, does the sentence name an unresolved proper noun at the subject.

Only counts (of the class names above, never a word of the text) are printed; --show (tuning halves only) also
prints the sentences.
"""

from __future__ import annotations

import sys
from collections import Counter

from miss_causes import ELSEWHERE
from side_paths import Articles, count_class, gold_role, sentence_index

from sitrep.extract.deed_nominals import names_deed_of
from sitrep.extract.event_syntax import lemma

REACTION = {
    "condemn", "criticize", "criticise", "reject", "deny", "dismiss", "welcome", "praise", "denounce", "slam",
    "blast", "respond", "react", "hail", "applaud", "decry", "refute", "dispute", "protest", "oppose", "question",
    "challenge", "rebuff", "defend", "accuse", "blame", "warn", "urge", "call", "demand", "support", "back",
    "endorse", "laud", "thank", "lament", "regret", "deplore", "fault", "attack", "mock", "ridicule",
}  # fmt: skip
ATTACK = {"kill", "shoot", "strike", "bomb", "attack", "wound", "injure", "assault", "target", "raid", "arrest"}
REQUEST = {"ask", "urge", "call", "demand", "request", "appeal", "press", "plead", "seek"}
ACT_NOUNS = {
    "move", "decision", "claim", "remark", "statement", "accusation", "allegation", "attack", "plan", "proposal",
    "step", "comment", "measure", "sanction", "report", "ban", "order", "policy", "action", "announcement",
    "threat", "demand", "request", "offer", "deal", "agreement", "visit", "strike", "test", "launch", "call",
    "tweet", "speech", "ruling", "verdict", "law", "bill", "vote", "charge", "suggestion", "idea",
}  # fmt: skip
COLLECTIVE = {
    "group", "organization", "organisation", "movement", "party", "agency", "ministry", "company", "firm", "militia",
    "alliance", "coalition", "union", "council", "committee", "body", "court", "network", "bank", "board",
    "government", "administration", "office", "department", "commission", "campaign", "force", "army", "military",
    "police", "bloc", "federation", "association", "team", "club", "charity", "institute", "regime", "authority",
}  # fmt: skip
ANAPHORIC_DETS = {"the", "this", "that", "these", "those", "such", "its", "their", "his", "her"}


def _act(sent) -> tuple[str, str]:
    """(act class, object class) of the sentence's reaction/attack/request verb, else of its root."""
    verbs = [t for t in sent if t.pos_ in {"VERB", "NOUN"} and t.lemma_.lower() in REACTION | ATTACK | REQUEST]
    verb = next((t for t in verbs if t.pos_ == "VERB"), verbs[0] if verbs else sent.root)
    lem = verb.lemma_.lower()
    act = "reaction" if lem in REACTION else "attack" if lem in ATTACK else "request" if lem in REQUEST else "other"
    act += " (" + verb.pos_ + ")"
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objs += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if not objs:
        return act, "no object"
    obj = objs[0]
    if obj.pos_ == "PRON":
        return act, "object pronoun " + ("it/this/that" if obj.lower_ in {"it", "this", "that"} else "other")
    has_prop = any(t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} for t in obj.subtree)
    dets = {c.lower_ for c in obj.children if c.dep_ in {"det", "poss"}}
    if has_prop:
        return act, "object names a party"
    if dets & ANAPHORIC_DETS:
        return act, "object anaphoric " + ("act noun" if obj.lemma_.lower() in ACT_NOUNS else "other noun")
    return act, "object bare noun"


def _deed_noun(doc, sent) -> bool:
    """A noun of the sentence is the noun of a verb of the three sentences before ('the ban' after 'banned')."""
    sents = list(doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start == sent.start)
    verbs = {lemma(t) for s in sents[max(0, at - 3) : at] for t in s if t.pos_ == "VERB"}
    verbs |= {lemma(t) for t in sent if t.pos_ == "VERB"}
    return any(names_deed_of(lemma(t), v) for t in sent if t.pos_ == "NOUN" for v in verbs if lemma(t) != v)


def _standing(out: Counter, k: str, wh, arts, aid: str, doc, here: int, actor: str, present: list[str]) -> None:
    """Where M stands in the article: earlier events' parties, most named, title, lead."""
    d = wh.doc_of[aid]
    earlier = []
    for e in wh.events:
        for a, s, _ in wh.spans[e]:
            if a == aid and sentence_index(doc, s) < here:
                earlier.append((sentence_index(doc, s), e))
    out[k + "M source of an earlier event: " + str(any(arts.role.get((e, actor)) == "source" for _, e in earlier))] += 1
    out[k + "M party of an earlier event: " + str(any(actor in wh.parts[e] for _, e in earlier))] += 1
    if earlier:
        _, last = max(earlier, key=lambda x: x[0])
        out[k + "nearest earlier event: M " + str(arts.role.get((last, actor)))] += 1
        both = any(p in wh.parts[last] for p in present)
        out[k + "nearest earlier event carries a present gold actor: " + str(both)] += 1
    else:
        out[k + "no earlier event"] += 1
    named = Counter(ent for ent, _, maid, _ in wh.mentions.get(d, []) if maid == aid)
    ranked = [e for e, _ in named.most_common()]
    n = named.get(actor, 0)
    out[k + "M named in this article: " + ("0" if not n else "1" if n == 1 else "2-3" if n <= 3 else "4+")] += 1
    out[k + "M named in another document of the event only: " + str(not n)] += 1
    out[k + "M the most named entity: " + str(bool(ranked) and ranked[0] == actor)] += 1
    others = [e for e in ranked if e not in present]
    out[k + "M the most named besides the present actors: " + str(bool(others) and others[0] == actor)] += 1
    kinds = Counter(arts.kind.get(e, ("?",))[0] for e in others[:1])
    out[k + "most named besides present is " + (next(iter(kinds)) if kinds else "none")] += 1


def _state(out: Counter, wh, arts, aid: str, doc, sent, holder: str, actor: str) -> None:
    k = "state holds: "
    d = wh.doc_of[aid]
    hc = arts.kind.get(holder, ("?", None))[1]
    out[k + "M of the state's country: " + str(arts.kind.get(actor, (0, None))[1] == hc)] += 1
    inside = [(ent, st) for ent, _, maid, st in wh.mentions.get(d, []) if maid == aid]
    inside = [(ent, st) for ent, st in inside if sent.start_char <= st < sent.end_char]
    persons = [ent for ent, _ in inside if arts.kind.get(ent, ("?",))[0] == "PERSON"]
    of_state = [p for p in persons if arts.kind.get(p, (0, None))[1] == hc]
    out[k + "a person of the sentence has the state's country: " + str(bool(of_state))] += 1
    out[k + "the state is named in the sentence: " + str(any(ent == holder for ent, _ in inside))] += 1
    sents = list(doc.sents)
    with_m = {sentence_index(doc, st) for ent, _, maid, st in wh.mentions.get(d, []) if maid == aid and ent == actor}
    affil = False
    for p in persons:
        p_sents = {sentence_index(doc, st) for ent, _, maid, st in wh.mentions.get(d, []) if maid == aid and ent == p}
        affil = affil or bool(p_sents & with_m)
    out[k + "M named with a person of the sentence elsewhere: " + str(affil)] += 1
    subj = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head == sent.root), None)
    if subj is not None and subj.pos_ == "PROPN":
        lo_c = min(t.idx for t in subj.subtree)
        known = any(lo_c <= st <= subj.idx for _, st in inside)
        holders_there = any(lo_c <= st <= subj.idx for ent, st in inside if ent == holder)
        out[k + "subject names the state holder: " + str(holders_there)] += 1
        out[k + "subject proper noun resolved: " + str(known)] += 1
        words = {t.lower_ for t in subj.subtree if t.pos_ == "PROPN"}
        m_words = {w for ent, surf, _, _ in wh.mentions.get(d, []) if ent == actor for w in surf.split()}
        out[k + "subject proper noun shares a word with M's names: " + str(bool(words & m_words))] += 1
        out[k + "subject proper noun is the ent type " + (subj.ent_type_ or "none")] += 1
    elif subj is not None and subj.pos_ == "PRON":
        out[k + "subject pronoun"] += 1
    else:
        out[k + "subject " + ("none" if subj is None else "common noun")] += 1
        if subj is not None:
            lem = subj.lemma_.lower()
            cls = "collective" if lem in COLLECTIVE else "person noun"
            m_kind = arts.kind.get(actor, ("?",))[0]
            m_words = {w for ent, surf, _, _ in wh.mentions.get(d, []) if ent == actor for w in surf.split()}
            out[k + f"subject common noun {cls}, M {m_kind}, M's name has the noun: {lem in m_words}"] += 1
            dets = sorted(c.lower_ for c in subj.children if c.dep_ in {"det", "poss"})
            out[k + "subject common noun determiner " + ("/".join(dets) or "none")] += 1
    _ = sents


def acts(wh, arts: Articles, ge: dict, actors, names: dict, out: Counter, show: bool) -> None:
    docs = set(ge["docs"])
    with_any = [e for e in wh.events if wh.docs[e] & docs and set(actors) & wh.parts[e]]
    typed = [e for e in with_any if wh.events[e][0] == ge["type"]]
    best = max(typed or with_any, key=lambda e: len(set(actors) & wh.parts[e]))
    aid, lo = next(((a, s) for a, s, _ in wh.spans[best] if a in arts.body), (None, 0))
    if aid is None:
        out["event outside a body"] += 1
        return
    doc = arts.doc(aid)
    here = sentence_index(doc, lo)
    sent = list(doc.sents)[here]
    present = [a for a in actors if a in wh.parts[best]]
    for actor in [a for a in actors if a not in wh.parts[best]]:
        role = gold_role(ge, names.get(actor))
        holders = arts.holders(best, role, actors)
        kinds = {arts.kind.get(h, ("?",))[0] for h in holders}
        if not holders:
            k = "empty " + role + ": "
            act, obj = _act(sent)
            out[k + "act " + act] += 1
            out[k + "act " + act + ", " + obj] += 1
            out[k + "a noun of the sentence names an earlier verb's deed: " + str(_deed_noun(doc, sent))] += 1
            _standing(out, k, wh, arts, aid, doc, here, actor, present)
        elif kinds & {"GPE", "NORP"}:
            out["state holds " + role] += 1
            for h in holders:
                if arts.kind.get(h, ("?",))[0] in {"GPE", "NORP"}:
                    _state(out, wh, arts, aid, doc, sent, h, actor)
            _standing(out, "state holds " + role + ": ", wh, arts, aid, doc, here, actor, present)
        else:
            out["other holds " + role + ": " + ",".join(sorted(kinds))] += 1
        if show:
            print("ACT", ge["type"], wh.events[best][0], role, holders, "|", sent.text)


def _event_acts(wh, arts, ge, actors, names, out: Counter, show: bool) -> None:
    out["events"] += 1
    acts(wh, arts, ge, actors, names, out, show)


def main(argv: list[str]) -> int:
    return count_class(argv, ELSEWHERE, _event_acts)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
