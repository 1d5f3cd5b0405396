"""Penalties a speaker says another party will face ('X will face sanctions, Y said', 'Y said X would pay a heavy
price'): a threat by the speaker (PLOVER THREATEN), the party facing it its target. The verb and its object are in
``data/said_penalties.tsv``; the clause is told in the future under a verb of saying. The trigger is read like an
obliged act (``event_obligations``): the frame check names it an obligation, and ``event_frames.as_demand`` makes
the speaker its source and the facing party its target, keeping the category THREATEN."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma
from sitrep.extract.trigger_records import Reading, Trigger
from sitrep.extract.verb_index import verb_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: the reading of a said penalty: a threat by whoever says it
SAID_PENALTY = Reading("THREATEN", None, origin="penalty")
#: auxiliaries that tell the penalty as still to come ('will face', 'would pay', 'could face')
FUTURE_AUX = {"will", "would", "'ll", "shall", "could", "wo"}
OBJECT_DEPS = {"dobj", "obj"}
#: a comparative on the object tells a cost, not a penalty ('consumers will pay a higher price')
COMPARATIVE_TAGS = {"JJR", "RBR"}


@lru_cache(maxsize=1)
def penalties() -> frozenset[tuple[str, str]]:
    """(verb lemma, object lemma) pairs of ``data/said_penalties.tsv``."""
    return frozenset((r["verb"], r["object"]) for r in read_tsv("said_penalties.tsv"))


def said_penalty(tok: Token) -> bool:
    """``tok`` is a verb of ``said_penalties.tsv`` with one of its objects, told in the future, not negated, and
    with a subject of its own ('Peru will face sanctions', not 'to face sanctions')."""
    if tok.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return False
    if any(c.dep_ == "neg" for c in tok.children) or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    return penalty_object(tok) is not None


def penalty_object(tok: Token) -> Token | None:
    """The verb's object that names a penalty, not a comparison of costs ('would pay a higher price')."""
    verb = lemma(tok)
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS and (verb, lemma(c)) in penalties():
            return None if any(m.tag_ in COMPARATIVE_TAGS for m in c.children) else c
    return None


def penalty_acts(doc: Doc) -> list[Trigger]:
    """Said penalties of the document as THREATEN triggers (the verb of saying is checked by the frame)."""
    from sitrep.extract.event_frames import speech_verb  # noqa: PLC0415 (event_frames reads this module)

    out = []
    for tok in verb_tokens(doc):  # (a said penalty is a verb)
        if said_penalty(tok) and speech_verb(tok) is not None:
            out.append(Trigger(tok, SAID_PENALTY, penalty_object(tok)))
    return out
