"""The maker of a thing an act refers back to: 'Israel's parliament passed a law ... France condemned the law'.

An act of speech with no target (``act`` rows of ``data/made_things.tsv``: blaming, rejecting, protesting,
welcoming, blocking) whose object is a definite made thing naming no owner ('the law', 'the ban', 'these
remarks', ``noun`` rows) is aimed at whoever made it. The maker is read from the nearest earlier phrase of the
same noun in the article that names one, however far back: its owner ('Trump's travel ban', 'the Israeli law'),
the subject of a making verb that takes it as object ('the Senate approved a measure', ``verb`` rows), or the
'by' agent of one ('a law passed by the Knesset', 'the ban was imposed by Washington'), or the speaker of a verb of
saying whose 'in' phrase names it (``saying`` rows: 'Amnesty said in a report that ...', 'In a statement, the
Pentagon said ...': a report or statement is its speaker's). tests/sitrep/extract/test_thing_owners24.py and
test_thing_owners29.py run every example.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv, word_sets
from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "made_things.tsv"
WORDS = word_sets(DATA)
#: prepositions an act is about its object with ('protested against the bill', 'objected to the plan')
ABOUT_PREPS = {"against", "to", "over", "about", "on", "of"}
#: determiners that make the thing one told before
BACK_DETS = {"the", "this", "that", "these", "those", "such"}
#: modifiers that name the thing's own owner ('Trump's ban', 'the Israeli law', 'the Trump administration's plan')
OWNER_DEPS = {"poss", "amod", "compound", "nmod"}

MentionOf = Callable[["Token"], "dict | None"]


def examples(kind: str = "noun") -> list[dict]:
    return [r for r in read_tsv(DATA) if r["kind"] == kind]


def maker_actors(mention_of: MentionOf, trig: Token, etype: str) -> list[dict]:
    """The actors who made the thing the act of ``trig`` is about (see the module doc); [] when there is none."""
    if etype not in WORDS["act"]:
        return []
    thing = _about_thing(mention_of, trig)
    if thing is None:
        return []
    for tok in reversed(trig.doc[: thing.i]):
        if tok.pos_ in {"NOUN", "PROPN"} and lemma(thing) in _names(tok):
            found = _makers(mention_of, tok)
            if found:
                return found
    return []


def _names(tok: Token) -> set[str]:
    """The thing nouns a phrase head stands for: its own lemma and a compound's ('a budget outline': budget)."""
    return {lemma(tok)} | {lemma(c) for c in tok.children if c.dep_ == "compound"}


def about_heads(trig: Token) -> list[Token]:
    """The nouns an act is about: its object, its passive subject, the object of an 'against', 'over', 'about' ...
    phrase ('rejected the claims', 'the law was condemned', 'protested against the ban')."""
    heads = [c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"}]
    return heads + [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS for g in c.children
                    if g.dep_ == "pobj"]  # fmt: skip


def _about_thing(mention_of: MentionOf, trig: Token) -> Token | None:
    for head in about_heads(trig):
        if head.pos_ != "NOUN" or lemma(head) not in WORDS["noun"]:
            continue
        dets = {c.lower_ for c in head.children if c.dep_ in {"det", "predet", "amod"}}
        if dets & BACK_DETS and not _owners(mention_of, head):
            return head
    return None


def _owners(mention_of: MentionOf, noun: Token) -> list[dict]:
    return [m for c in noun.children if c.dep_ in OWNER_DEPS for m in np_actors(mention_of, c)]


def _makers(mention_of: MentionOf, noun: Token) -> list[dict]:
    """Who an earlier phrase of the thing says made it: its owner, the subject of 'X passed a law', the agent of
    'a law passed by X' or 'the law was passed by X', the speaker of 'X said in a report'."""
    found = _owners(mention_of, noun)
    if found:
        return found
    verb = noun.head
    if noun.dep_ == "dobj" and lemma(verb) in WORDS["verb"]:
        subj, passive = subject_token(verb)
        return [] if subj is None or passive else np_actors(mention_of, subj)
    if noun.dep_ == "nsubjpass" and lemma(verb) in WORDS["verb"]:
        return _agents(mention_of, verb)
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and lemma(acl) in WORDS["verb"]:
            return _agents(mention_of, acl)
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and lemma(noun.head.head) in WORDS["saying"]:
        subj, passive = subject_token(noun.head.head)  # 'X said in a report that ...': the report is X's
        return [] if subj is None or passive else np_actors(mention_of, subj)
    return []


def _agents(mention_of: MentionOf, verb: Token) -> list[dict]:
    return [m for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
            for m in np_actors(mention_of, g)]  # fmt: skip
