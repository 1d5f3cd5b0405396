"""The deed a general word points back to: 'The United States imposed sanctions on Iran. Russia criticised the move.'

An act of speech with no target (``act`` rows of ``data/happening_refs.tsv``: blaming, rejecting, protesting,
welcoming) whose object is a definite general noun of a deed naming no doer ('the move', 'the decision', 'these
steps', ``noun`` rows; also the subject of a said clause that judges it: 'said the move was illegal') or the
pronoun 'it' / 'this' (``pronoun`` rows) is about the nearest deed told before it: an event of a ``prior``
category coded earlier in its own sentence or at most ``SENTENCES_BACK`` sentences back (one for a pronoun). Acts of
words told in between are passed over (they are no 'move'); the doers of that deed are the act's target, unless they
are the act's own side ('Turkey defended the move': its own). A noun with a doer of its own ('Russia's move', 'the
decision by Israel') is left to the argument finder; a noun an earlier phrase of the same word names a maker for
('the decision' after 'the court's decision') is left to ``thing_owners``; 'such a move' is only thought of.
tests/sitrep/extract/test_happening_refs25.py runs every example.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv, word_sets
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "happening_refs.tsv"
WORDS = word_sets(DATA)
#: how many sentences before the act its deed may be told (a pronoun: ``PRONOUN_BACK``)
SENTENCES_BACK = 2
PRONOUN_BACK = 1
#: prepositions an act is about its object with ('protested against the move', 'objected to the decision')
ABOUT_PREPS = {"against", "to", "over", "about", "on", "of"}
#: determiners that make the noun one told before
BACK_DETS = {"the", "this", "that", "these", "those", "such"}
#: determiners of a deed not told before, or only thought of ('such a move', 'any such step')
NEW_DETS = {"a", "an", "another", "any", "no", "some", "every", "each"}
#: modifiers and phrases that name the noun's own doer ('Russia's move', 'the Israeli decision', 'the move by X')
OWNER_DEPS = {"poss", "amod", "compound", "nmod"}

MentionOf = Callable[["Token"], "dict | None"]


def examples() -> list[dict]:
    return [r for r in read_tsv(DATA) if r["kind"] in {"noun", "pronoun"}]


def deed_targets(
    mention_of: MentionOf,
    trig: Token,
    cand: dict,
    history: list[tuple[int, dict]],
    key: Callable[[dict], tuple],
) -> list[dict]:
    """Target rows for ``cand`` (the act of ``trig``) from the deed its object points back to (see the module doc);
    ``history``: (trigger index, candidate) of the events coded before it; ``key``: who a participant row stands
    for (``event_anaphora._key``)."""
    if cand["event_type"] not in WORDS["act"] or any(p["role"] == "target" for p in cand["participants"]):
        return []
    word = _pointing_word(mention_of, trig)
    if word is None:
        return []
    sents = list(trig.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= trig.i < s.end)
    back = PRONOUN_BACK if word.pos_ == "PRON" else SENTENCES_BACK
    first = sents[max(0, at - back)].start
    own = {key(p) for p in cand["participants"] if p["role"] == "source"}
    for i, prior in sorted(history, key=lambda h: h[0], reverse=True):
        if i >= min(word.i, trig.i) or i < first or prior["event_type"] not in WORDS["prior"]:
            continue
        doers = [p for p in prior["participants"] if p["role"] == "source"]
        if not doers or {key(p) for p in doers} & own:
            return []  # the nearest deed is undone by anyone named, or is the act's own
        return [{**p, "role": "target"} for p in doers]
    return []


def _pointing_word(mention_of: MentionOf, trig: Token) -> Token | None:
    """The act's object that points back to a deed: 'the move', 'these steps', 'it', 'this'."""
    heads = [c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"}]
    heads += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS for g in c.children
              if g.dep_ == "pobj"]  # fmt: skip
    heads += [s for c in trig.children if c.dep_ == "ccomp" and _judging(c) for s in c.children
              if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ == "NOUN"]  # fmt: skip
    for head in heads:
        if head.pos_ == "PRON" and head.lower_ in WORDS["pronoun"] and mention_of(head) is None:
            return head
        if head.pos_ != "NOUN" or lemma(head) not in WORDS["noun"]:
            continue
        dets = {c.lower_ for c in head.children if c.dep_ in {"det", "predet", "amod"}}
        if dets & BACK_DETS and not dets & NEW_DETS and not has_doer(mention_of, head) and not _told_before(head):
            return head
    return None


def _judging(clause: Token) -> bool:
    """A said clause that tells what the deed was ('said the move was illegal', 'said the step was taken')."""
    return lemma(clause) == "be" or clause.tag_ == "VBN"


#: prepositions whose object names who did what a noun of a happening tells ('the move by Russia', 'of Russia')
DOER_PREPS = frozenset({"by", "of"})


def has_doer(mention_of: MentionOf, noun: Token, preps: frozenset[str] = DOER_PREPS) -> bool:
    """The noun names its own doer: 'Russia's move', 'the Israeli decision', 'the move by Russia' (``preps``: the
    prepositions that name it)."""
    if any(np_actors(mention_of, c) for c in noun.children if c.dep_ in OWNER_DEPS):
        return True
    return any(
        np_actors(mention_of, g)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in preps
        for g in p.children
        if g.dep_ == "pobj"
    )


def _told_before(noun: Token) -> bool:
    """An earlier phrase of the same word tells what it is ('the court's decision ... the decision'): that phrase,
    not the last deed, is what the noun points back to."""
    return any(t.pos_ == "NOUN" and lemma(t) == lemma(noun) for t in noun.doc[: noun.i])
