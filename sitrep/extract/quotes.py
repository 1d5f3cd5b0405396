"""Direct quotations and their speakers.

A quotation is text between matching quote marks (curly or straight) of at least four words, so scare quotes
("strategic relation") are left out. The speaker is the subject of a speech verb in the sentence around the
quote (“…,” Patrushev said; Patrushev said: “…”; X was quoted as saying “…”; according to X), resolved like
event participants: pronouns and title descriptions ("he", "the Cuban President") go to the nearest fitting
person mentioned before. A quote paragraph with no attribution of its own continues the previous quote's
speaker when it directly follows it. Offsets are those of the quoted text inside the body.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sitrep.extract.events import SUBJ, _arg_mentions, _Ctx

QUOTE_RX = re.compile(r"“([^”]{3,2000}?)”|\"([^\"\n]{3,2000}?)\"|«([^»]{3,2000}?)»")
SPEECH_VERBS = {
    "said",
    "says",
    "say",
    "added",
    "adds",
    "told",
    "tells",
    "noted",
    "stated",
    "stressed",
    "explained",
    "replied",
    "declared",
    "remarked",
    "insisted",
    "warned",
    "wrote",
    "quoted",
    "saying",
    "emphasized",
    "emphasised",
    "underlined",
    "recalled",
    "continued",
    "concluded",
    "asked",
    "announced",
    "praised",
    "went",
}
MIN_WORDS = 4


def doc_quotes(doc: Doc, mentions: list[dict]) -> list[dict]:
    """[{text, start_char, end_char, speaker_mention_idx}] for the direct quotations of one article."""
    ctx = _Ctx(doc, mentions, None)
    out: list[dict] = []
    prev_end, prev_speaker = -1, None
    for m in QUOTE_RX.finditer(doc.text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        text = m.group(group)
        if len(text.split()) < MIN_WORDS:
            continue
        start, end = m.start(group), m.end(group)
        ctx.last_subject_person = _antecedent(ctx, doc, m.start())
        speaker = _speaker(ctx, doc, m.start(), m.end())
        if speaker is None and prev_speaker is not None and _adjacent(doc.text, prev_end, m.start()):
            speaker = prev_speaker
        out.append(
            {
                "text": text,
                "start_char": start,
                "end_char": end,
                "speaker_mention_idx": speaker["idx"] if speaker else None,
            }
        )
        prev_end, prev_speaker = m.end(), speaker
    return out


def _antecedent(ctx: _Ctx, doc: Doc, before: int) -> dict | None:
    """The last person mentioned as a subject before ``before`` (else the last person mentioned)."""
    persons = [m for m in ctx.mentions if m["label"] == "PERSON" and m["end_char"] <= before]
    subjects = [
        m
        for m in persons
        if any(t.dep_ in SUBJ for t in doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand") or [])
    ]
    return (subjects or persons or [None])[-1]


def _adjacent(text: str, prev_end: int, start: int) -> bool:
    """The quote continues the previous one: same paragraph, or the very next paragraph with nothing else
    between them ('“…,” said X, director of Y. “…”')."""
    if prev_end < 0:
        return False
    gap = text[prev_end:start]
    if "\n" not in gap and len(gap) < 400:
        return True
    return gap.count("\n") <= 2 and len(gap.strip(" \n\t,.;:")) == 0


def _sentences_around(doc: Doc, qstart: int, qend: int) -> list[Span]:
    return [s for s in doc.sents if s.start_char < qend + 2 and s.end_char > qstart - 1]


def _speaker(ctx: _Ctx, doc: Doc, qstart: int, qend: int) -> dict | None:
    """Subject of the nearest speech verb outside the quote, in the sentences the quote touches."""
    cands: list[tuple[int, Token, Span]] = []
    for sent in _sentences_around(doc, qstart, qend):
        for tok in sent:
            if qstart <= tok.idx < qend:
                continue
            if tok.lower_ in SPEECH_VERBS or (tok.lower_ == "according" and tok.nbor(1).lower_ == "to"):
                dist = qstart - tok.idx if tok.idx < qstart else tok.idx - qend
                cands.append((dist, tok, sent))
    for _, verb, sent in sorted(cands, key=lambda c: c[0]):
        person = _verb_speaker(ctx, verb, sent, qstart)
        if person:
            return person
    return None


def _verb_speaker(ctx: _Ctx, verb: Token, sent: Span, qstart: int) -> dict | None:
    if verb.lower_ == "according":
        for prep in verb.children:
            for obj in prep.children:
                return _first_person(_arg_mentions(ctx, obj, sent))
        return None
    head = verb
    if verb.lower_ == "saying" and verb.head.lower_ in {"quoted", "cited"}:
        head = verb.head
    for c in head.children:
        if c.dep_ in SUBJ:
            found = _first_person(_arg_mentions(ctx, c, sent))
            if found:
                return found
    # "…," he said / "…," said Patrushev: a person right next to the verb
    for t in (verb.nbor(1) if verb.i + 1 < len(verb.doc) else None, verb.nbor(-1) if verb.i > 0 else None):
        if t is None:
            continue
        m = ctx.mention_of(t)
        if m and m["label"] == "PERSON":
            return m
    return None


def _first_person(ments: list[dict]) -> dict | None:
    return next((m for m in ments if m.get("label") == "PERSON"), None)
