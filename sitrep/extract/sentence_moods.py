"""Sentences that report nothing whatever their words: a question ("Did Ruritania attack?"), an instruction to
the reader ("Call your senator and urge ..."), a link teaser glued to the text ("READ MORE: ..."). Used by
``event_frames.frame_reason``; the teaser marks are ``teaser_marks`` of ``data/event_frames.json``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.doc_text import doc_text, span_text

if TYPE_CHECKING:
    from spacy.tokens import Token

#: a question mark that ends a question: after a word, before a space, a dash or the end (texts that lost their
#: curly quotes show '?' for them: '"?and', 'Cyprus"?reunification')
ASKING_MARK = re.compile(r"(?<=[\w)])\?(?=[\s\-\u2013\u2014]|$)")
#: a '?' glued to the word after it stands for a lost curly quote ('"blowing up"?in 2011', '"?A Basque reporter')
LOST_QUOTE = re.compile(r"\?(?=[^\W_])")


def question(trig: Token) -> bool:
    """A sentence that asks: one question mark, at the end (texts that lost their curly quotes show '?' for
    them, several per sentence); or questions run together ('What happened in 1960?-How did X differ?'), every
    mark ending a question and the last ending the sentence, so the trigger's clause is one of them."""
    text = span_text(trig.sent).rstrip().rstrip("\"'”’)")
    if text.endswith("?") and text.count("?") - len(LOST_QUOTE.findall(text)) == 1:
        return True  # ('Who knew that "You better call Becky"?originally came from Ireland?': one question)
    marks = [m.start() for m in ASKING_MARK.finditer(text)]
    return len(marks) >= 2 and len(marks) == text.count("?") and marks[-1] == len(text) - 1


def imperative(verbs: list[Token]) -> bool:
    """'Call your senator and tell them to ...', 'Please sign the petition': an instruction to the reader, no
    event (a quoted order hangs under its verb of saying and is read as a demand there). The trigger itself is
    the instruction; the acts it governs are not coded either (an unreal frame), nor the instructions coordinated
    with it ('Book a tour and visit ...')."""
    for t in verbs[:1]:
        root = t
        while _bare_conjunct(root):
            root = root.head  # ('Book a tour and visit ...': 'visit' is an instruction as 'Book' is)
        if root.dep_ != "ROOT" or root.tag_ != "VB":
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in root.children):
            continue
        first = next((w for w in root.sent if not (w.is_punct or w.dep_ in {"cc", "intj"})), None)
        return first is not None and first.i == root.i
    return False


def _bare_conjunct(verb: Token) -> bool:
    """A base-form verb with no subject coordinated after another verb ('... and visit the ambassador')."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.pos_ not in {"VERB", "AUX"} or verb.head.i > verb.i:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in verb.children)


def after_teaser(trig: Token, marks: frozenset[str]) -> bool:
    """A link teaser glued to the sentence ('READ MORE: ...'): a headline of another story."""
    sent = trig.sent
    before = doc_text(trig.doc)[sent.start_char : trig.idx]
    if sent.start > 0:
        previous = span_text(trig.doc[sent.start - 1].sent).strip(" -:")
        before = f"{previous}: {before}" if len(previous) <= 12 else before
    return any(mark in before for mark in marks)
