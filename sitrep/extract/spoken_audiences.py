"""The news medium an act of words was made on or to is no target of it: 'defended the general on television',
'voiced anger on social media', 'made a comment to reporters, urging the public to ...' tell where or to whom the
words were said, as 'told reporters that ...' does (``told_audiences``, which reads the addressee of a verb that
tells a clause). A target of an act of words is dropped when its phrase is the object of a listed preposition whose
noun is a medium: 'on' + a medium word hung on a verb, 'to' + a news audience (the media nouns and outlets of
``told_audiences``) hung on a noun of saying or on the verb it is the object of ('gave a statement to reporters';
``data/spoken_audiences.tsv``). A named person, state or body stays a
target (no medium noun), and so does a medium an act of force or a restriction falls on (not an act of words), or
one blame is laid on ('blamed the defeat on the media': the words of kind aim).
Run once an article's candidates are made (``added_sides``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma
from sitrep.extract.told_audiences import audience

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA = "spoken_audiences.tsv"
#: categories of acts of words, whose medium is no party
WORD_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONCEDE"})
#: links that climb from a modifier of a phrase's noun to that noun ('on state television', 'on social media')
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: links of the preposition to what it hangs on ('gave a statement to reporters' parses 'to' as a dative)
PREP_DEPS = frozenset({"prep", "dative"})


def examples() -> list[dict]:
    return read_tsv(DATA)


@cache
def _rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(medium words read after 'on', prepositions of a noun of saying, nouns of saying)."""
    rows = read_tsv(DATA)
    media = frozenset(r["word"] for r in rows if r["kind"] == "medium")
    preps = frozenset(r["prep"] for r in rows if r["kind"] == "speech")
    speech = frozenset(r["word"] for r in rows if r["kind"] == "speech")
    return media, preps, speech


def medium_phrase(tok: Token) -> bool:
    """The noun ``tok`` (or the noun it modifies) is the object of a medium phrase: 'on television' on a verb, 'to
    reporters' on a noun of saying."""
    while tok.dep_ in MODIFIER_DEPS and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ not in PREP_DEPS:
        return False
    media, speech_preps, speech = _rules()
    holder = prep.head
    if prep.lower_ == "on" and holder.pos_ in {"VERB", "AUX"}:
        return (lemma(tok) in media or tok.lower_ in media) and not _aimed(holder)
    if prep.lower_ in speech_preps and _speech_holder(holder, speech):
        return audience(tok) and lemma(tok) not in _gathering_nouns()
    return False


def _aimed(verb: Token) -> bool:
    """The verb lays something on its 'on' phrase ('blamed the defeat on the media', 'placed a portion of the blame
    on the media'): that phrase is whom the act is aimed at, no medium it was said on."""
    aims = _aim_words()
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    return lemma(verb) in aims or any(lemma(t) in aims for t in objects)


@cache
def _aim_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA) if r["kind"] == "aim")


def _speech_holder(holder: Token, speech: frozenset[str]) -> bool:
    """A noun of saying ('a comment to reporters'), or the verb whose object it is ('gave a statement to reporters')."""
    if holder.pos_ == "NOUN":
        return lemma(holder) in speech
    return holder.pos_ == "VERB" and any(c.dep_ == "dobj" and lemma(c) in speech for c in holder.children)


@cache
def _gathering_nouns() -> frozenset[str]:
    """The audience nouns of ``told_audiences`` that are no news medium: a body, crowd or occasion a speech is given
    to ('a statement to parliament' may ask it to act)."""
    return frozenset(r["word"] for r in read_tsv("told_audiences.tsv") if r["kind"] not in {"media", "outlet"})


def drop_spoken_media(doc: Doc, mentions: list[dict], cands: list[dict]) -> None:
    """Remove from each act of words the targets whose phrase is a medium phrase (see the module)."""
    by_idx = {m["idx"]: m for m in mentions}
    for cand in cands:
        if cand.get("event_type") not in WORD_TYPES:
            continue
        parts = cand["participants"]
        drop = {id(p) for p in parts if p["role"] == "target" and _in_medium(doc, p, by_idx)}
        if drop:
            cand["participants"] = [p for p in parts if id(p) not in drop]


def _in_medium(doc: Doc, p: dict, by_idx: dict) -> bool:
    m = by_idx.get(p.get("mention_idx")) if p.get("mention_idx") is not None else None
    if m is not None:
        start, end = m["start_char"], m["end_char"]
    elif p.get("phrase_start") is not None and p.get("end_char") is not None:
        start, end = p["phrase_start"], p["end_char"]
    else:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and medium_phrase(span.root)
