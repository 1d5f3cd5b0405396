"""Status of an event trigger: planned ('will meet', 'is expected to visit'), denied ('did not meet',
'cancelled the visit'), or occurred; and whether a planned event is only a wish (``aspired``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_lexicon import ASPIRATION_WORDS, DENY_WORDS, FUTURE_AUX, LIGHT_VERBS, PLAN_WORDS
from sitrep.extract.event_syntax import governing_verb_tag, verb_base


def denied(trig: Token) -> bool:
    """Reported as not happening: 'did not meet', 'no talks were held', 'cancelled/postponed the visit',
    'refused to meet'. Not denial: 'media did not disclose a visit' (the visit happened)."""
    if any(c.dep_ == "neg" for c in trig.children):
        return True
    if trig.pos_ in {"NOUN", "PROPN"} and any(c.lower_ == "no" and c.dep_ == "det" for c in trig.children):
        return True
    head = trig.head
    if head == trig:
        return False
    if trig.dep_ in {"xcomp", "dobj", "nsubjpass", "ccomp"} and head.lower_ in DENY_WORDS - {"called"}:
        return True
    return bool(
        trig.dep_ in {"dobj", "nsubjpass"}
        and verb_base(head) in LIGHT_VERBS | {"take"}
        and any(c.dep_ == "neg" for c in head.children)
    )


def trigger_status(trig: Token) -> str:
    """planned for 'will/would meet', 'is expected/due/scheduled to meet', 'upcoming visit', 'to hold talks';
    denied for negated or cancelled events; else occurred."""
    chain = [trig]
    cur = trig
    for _ in range(4):
        if (
            cur.dep_
            in {
                "xcomp",
                "ccomp",
                "advcl",
                "conj",
                "dobj",
                "pobj",
                "prep",
                "pcomp",
                "acl",
                "relcl",
                "nsubj",
                "nsubjpass",
                "attr",
            }
            and cur.head is not cur
        ):
            cur = cur.head
            chain.append(cur)
        else:
            break
    if denied(trig):
        return "denied"
    if {c.lower_ for c in trig.children if c.dep_ in {"aux", "auxpass"}} & FUTURE_AUX:
        return "planned"
    for i, t in enumerate(chain[:4]):
        aux = {c.lower_ for c in t.children if c.dep_ in {"aux", "auxpass"}}
        if aux & FUTURE_AUX:
            return "planned"
        if i > 0 and t.lower_ in PLAN_WORDS:
            link = chain[i - 1].dep_
            if link in {"xcomp", "ccomp", "acomp", "nsubjpass", "nsubj", "dobj", "conj"}:
                return "planned"
            if link == "prep" and t.lower_ != "going":  # 'focused on resuming', 'ready for talks'
                return "planned"
        if i == 0 and t.lower_ in PLAN_WORDS:
            return "planned"
    if trig.pos_ == "NOUN" and any(c.lower_ in PLAN_WORDS for c in trig.children):
        return "planned"
    for t in chain[:3]:
        if t is not trig and t.pos_ not in {"VERB", "AUX"}:
            continue
        if (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            and t.dep_ in {"advcl", "acl", "relcl", "xcomp"}
            and governing_verb_tag(t) != "VBD"
        ):
            return "planned"  # 'to hold talks', 'Moscow's push to reactivate consultations'
    if trig.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"acl", "relcl"} and any(a.lower_ == "to" for a in c.children) for c in trig.children
    ):
        return "planned"
    if trig.dep_ == "pobj" and trig.head.lower_ == "for" and trig.head.head.lower_ in {"due", "set", "scheduled"}:
        return "planned"
    return "occurred"


def aspired(trig: Token) -> bool:
    """The trigger hangs (within three steps) under a word of wish or readiness rather than a schedule."""
    cur = trig
    for _ in range(3):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.lower_ in ASPIRATION_WORDS:
            return True
    return False
