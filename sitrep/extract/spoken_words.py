"""The speaker of the words an act is about: '"The deal is dead," Erdogan said on Monday. The Dutch government
condemned the remarks.' is aimed at Erdogan.

An act of speech with no target (the ``act`` rows of ``data/made_things.tsv``: blaming, rejecting, protesting,
welcoming, sanctioning) whose object is a definite noun of someone's words (``noun`` rows of
``data/spoken_words.tsv``: 'the remarks', 'these comments', 'such claims') that names no owner, when neither an
earlier event nor an earlier phrase of the noun gives its maker (``event_anaphora``, ``thing_owners``), is about
what the last speaker said: the subject of the nearest verb of saying (``verb`` rows) told before the act, in its
own sentence or at most ``SENTENCES_BACK`` sentences before. A speaker who names such words himself ('GCHQ said
the claims should be ignored': he answers them) and a speaker of the act's own side (the same state, person or
group, or a person acting for the act's state: 'Dutch Prime Minister Rutte said ...') are passed over for the one
before; a passive verb ('was told') or a subject naming no party gives none. tests/sitrep/extract/
test_spoken_words29.py runs every example.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv, word_sets
from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_syntax import lemma
from sitrep.extract.thing_owners import BACK_DETS, about_heads

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "spoken_words.tsv"
WORDS = word_sets(DATA)
#: acts of speech that take the words' speaker as target (the acts of data/made_things.tsv)
ACTS = word_sets("made_things.tsv")["act"]
#: how many sentences before the act's the speaker's verb may be told
SENTENCES_BACK = 2

MentionOf = Callable[["Token"], "dict | None"]


def examples() -> list[dict]:
    return [r for r in read_tsv(DATA) if r["kind"] == "noun"]


def speakers(mention_of: MentionOf, trig: Token, etype: str, own: Callable[[dict], bool]) -> list[dict]:
    """The actors who said the words the act of ``trig`` is about (see the module doc); ``own``: whether a found
    actor is of the act's own side. [] when there is none."""
    if etype not in ACTS or _words_noun(trig) is None:
        return []
    sents = list(trig.doc.sents)
    at = next((i for i, s in enumerate(sents) if s.start <= trig.i < s.end), 0)
    first = sents[max(0, at - SENTENCES_BACK)].start
    clause = {t.i for t in trig.subtree}
    for tok in reversed(trig.doc[first : trig.i]):
        if tok.pos_ not in {"VERB", "AUX"} or lemma(tok) not in WORDS["verb"] or tok.i in clause:
            continue
        subj, passive = subject_token(tok)
        if subj is None or passive or _about_words(tok, subj):
            continue
        found = np_actors(mention_of, subj)
        if found and not any(own(m) for m in found):
            return found
    return []


def _about_words(verb: Token, subj: Token) -> bool:
    """A speaker who names words of this kind ('GCHQ said the claims should be ignored', '"The allegations are
    nonsense," a spokesman said') answers them: the words were someone else's."""
    said = [t for c in verb.children if c.i != subj.i and c.dep_ not in {"nsubj", "nsubjpass"} for t in c.subtree]
    return any(t.pos_ == "NOUN" and lemma(t) in WORDS["noun"] for t in said + list(subj.subtree))


def _words_noun(trig: Token) -> Token | None:
    """The object of the act when it is a definite noun of words naming no owner ('condemned the remarks')."""
    for head in about_heads(trig):
        if head.pos_ != "NOUN" or lemma(head) not in WORDS["noun"]:
            continue
        if any(c.dep_ in {"poss", "compound", "nmod"} or (c.dep_ == "amod" and c.pos_ == "PROPN")
               for c in head.children):  # fmt: skip
            continue  # 'Erdogan's remarks', 'his comments', 'the Erdogan remarks': an owner of their own
        dets = {c.lower_ for c in head.children if c.dep_ in {"det", "predet", "amod"}}
        if dets & BACK_DETS:
            return head
    return None
