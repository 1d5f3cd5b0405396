"""A reaction to a deed named by its own verb's noun: 'Israel annexed the area. Jordan condemned the annexation.'

A reaction with no target (an act of an ``act`` category of ``data/happening_refs.tsv``) whose object is a
definite noun naming no doer ('the ban', 'the annexation', 'the withdrawal', 'its expulsion'; also the subject of a
said clause that judges it, 'said the ban was illegal', and the object of 'called the ban unacceptable') is about
the nearest act coded before it, at most ``SENTENCES_BACK`` sentences back, whose trigger verb is that noun's verb,
or whose light verb's noun is that noun ('imposed a ban'). The noun is the verb's own form, the verb plus a
regular ending (``ENDINGS``), or a row of ``data/deed_nominals.tsv``. That act's doers are the reaction's target,
unless they are the reaction's own side. The noun says which deed, so unlike the general words of
``happening_refs`` ('the move') no category list limits the earlier act.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv, word_sets
from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_syntax import lemma
from sitrep.extract.happening_refs import WORDS, has_doer

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "deed_nominals.tsv"
#: how many sentences before the reaction its deed may be told
SENTENCES_BACK = 3
#: regular endings of a deed noun made from its verb (the verb's final 'e' dropped: 'seize' -> 'seizure'); no
#: gerund: 'witnessed the signing' is no reaction to the signing, and the gerunds of harm ('the killing', 'the
#: shooting') are nouns of ``data/event_anaphora.json``
ENDINGS = ("ation", "ition", "ion", "al", "ure", "ment")
#: the shortest verb stem an ending is trusted on ('ban' + 'ing' is the verb's own form anyway)
MIN_STEM = 4
#: determiners and possessive pronouns that make the noun one told before
BACK_DETS = {"the", "this", "that", "these", "those", "its", "their"}
#: determiners of a deed not told before, or only thought of ('a ban', 'any such move')
NEW_DETS = {"a", "an", "another", "any", "no", "some", "every", "each", "such"}
#: a deed noun names its own doer by its modifiers ('Russia's annexation', 'the Russian annexation') or a "by"
#: phrase; its "of" phrase names what was done to ('the annexation of the island')
BY_DOER = frozenset({"by"})
#: prepositions a reaction is about its object with ('protested against the ban', 'objected to the closure')
ABOUT_PREPS = {"against", "to", "over", "about", "on", "of"}
#: what is said of the noun: the deed itself ('the ban', 'the ban was illegal', 'called the ban illegal')
OBJECT_DEPS = {"dobj", "nsubjpass"}

MentionOf = Callable[["Token"], "dict | None"]


@lru_cache(maxsize=1)
def _irregular() -> dict[str, frozenset[str]]:
    """noun -> the verbs it is the deed of, from the data file's rows."""
    return word_sets(DATA, key="noun", value="verb")


def examples() -> list[dict]:
    return read_tsv(DATA)


def names_deed_of(noun: str, verb: str) -> bool:
    """``noun`` (a lemma) names the deed of ``verb`` (a lemma): 'ban'/'ban', 'annexation'/'annex',
    'decision'/'decide'."""
    if not noun or not verb:
        return False
    if noun == verb or verb in _irregular().get(noun, ()):
        return True
    if len(verb) > MIN_STEM and noun.startswith(verb) and noun[len(verb) :] in ENDINGS:
        return True  # 'agree' + 'ment', 'settle' + 'ment'
    stem = verb[:-1] if verb.endswith("e") else verb
    if len(stem) < MIN_STEM or not noun.startswith(stem):
        return False
    rest = noun[len(stem) :]
    if rest.endswith("ion") and len(stem) < MIN_STEM + 1:
        return False  # 'stat' + 'ion' is no deed of stating
    return rest in ENDINGS or (rest[:1] == stem[-1:] and rest[1:] in ENDINGS)  # 'acquit' + 't' + 'al'


def _deed_noun(mention_of: MentionOf, trig: Token) -> Token | None:
    """The reaction's definite, doerless object noun ('condemned the ban', 'said the ban was illegal')."""
    heads = [c for c in trig.children if c.dep_ in OBJECT_DEPS]
    heads += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS for g in c.children
              if g.dep_ == "pobj"]  # fmt: skip
    heads += [s for c in trig.children if c.dep_ in {"ccomp", "oprd", "xcomp"} for s in c.children
              if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ == "NOUN"]  # fmt: skip
    for head in heads:
        if head.pos_ != "NOUN":
            continue
        dets = {c.lower_ for c in head.children if c.dep_ in {"det", "predet", "poss"}}
        if dets & BACK_DETS and not dets & NEW_DETS and not has_doer(mention_of, head, BY_DOER):
            return head
    return None


def _deed_words(trig: Token) -> set[str]:
    """Lemmas that name the act of a trigger: its verb and the noun of its light verb ('imposed a ban')."""
    out = {lemma(trig)}
    out |= {lemma(c) for c in trig.children if c.dep_ in {"dobj", "attr"} and c.pos_ == "NOUN"}
    return out


def nominal_targets(
    mention_of: MentionOf,
    trig: Token,
    cand: dict,
    history: list[tuple[int, dict]],
    key: Callable[[dict], tuple],
    to_rows: Callable[[list[dict]], list[dict]],
) -> list[dict]:
    """Target rows for ``cand`` (the act of ``trig``) from the deed its object noun names (see the module doc);
    ``history``: (trigger index, candidate) of the events coded before it; ``key``: who a participant row stands
    for (``event_anaphora._key``); ``to_rows``: participant rows of found mentions. A deed no act was coded for
    ('Israel decided to build ...') is found by its verb, and its active subject's actors are the target."""
    if cand["event_type"] not in WORDS["act"]:
        return []
    if any(p["role"] == "target" for p in cand["participants"]):
        return []
    noun = _deed_noun(mention_of, trig)
    if noun is None:
        return []
    doc, word = trig.doc, lemma(noun)
    sents = list(doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= trig.i < s.end)
    first = sents[max(0, at - SENTENCES_BACK)].start
    own = {key(p) for p in cand["participants"] if p["role"] == "source"}
    for i, prior in sorted(history, key=lambda h: h[0], reverse=True):
        if i >= min(noun.i, trig.i) or i < first or i >= len(doc):
            continue
        if not any(names_deed_of(word, w) for w in _deed_words(doc[i])):
            continue
        doers = [p for p in prior["participants"] if p["role"] == "source"]
        if not doers or {key(p) for p in doers} & own:
            return []  # the deed is undone by anyone named, or is the reaction's own
        return [{**p, "role": "target"} for p in doers]
    for tok in reversed(doc[first : min(noun.i, trig.i)]):
        if tok.pos_ != "VERB" or not names_deed_of(word, lemma(tok)):
            continue
        subj, passive = subject_token(tok)
        found = [] if subj is None or passive else [m for m in np_actors(mention_of, subj) if not m.get("unnamed")]
        rows = [r for r in to_rows([{"mention": m, "role": "target"} for m in found]) if key(r) not in own]
        return rows  # the nearest such verb is the deed, whether or not it names its doer
    return []
