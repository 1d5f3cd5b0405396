"""A negation shared by coordinated verbs: 'did not attack Peru or threaten Bolivia', 'you can't pull people out
and then return them', 'was not arrested or charged'. The second verb has no subject, auxiliary or negation of its
own and the same non-finite form as the first: it hangs on the first verb's auxiliary, so the first verb's 'not'
or 'never' denies it too. A finite second verb ('did not attack Peru but threatened Bolivia') or one after 'but',
'yet' or 'instead' is a clause of its own and keeps its reading. Used by ``event_status.denied``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: forms of a verb that takes its tense from an auxiliary ('did not attack', 'has not met', 'is not meeting')
SHARED_FORMS = {"VB", "VBN", "VBG"}
#: links of a verb that make it a clause of its own
OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg"}
#: words that turn the second verb against the first ('did not attack but warned', 'instead sent aid')
CONTRAST_WORDS = {"but", "yet", "instead", "rather", "only"}
#: adverbs that negate a verb like 'not'
NEGATING_ADVERBS = {"never"}


def negated_conjunct(trig: Token) -> bool:
    """The trigger is a bare verb coordinated after a negated verb and shares its negation."""
    head = trig.head
    if trig.dep_ != "conj" or head.pos_ not in {"VERB", "AUX"} or head.i > trig.i:
        return False
    if head.tag_ not in SHARED_FORMS or _form(trig) != head.tag_:
        return False
    if any(c.dep_ in OWN_CLAUSE_DEPS for c in trig.children):
        return False
    between = trig.doc[head.i + 1 : trig.i]
    if any(w.lower_ in CONTRAST_WORDS for w in between) or any(c.lower_ in CONTRAST_WORDS for c in trig.children):
        return False
    if not any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        return False  # ('Do not attack Peru or threaten Bolivia' is an instruction, read as one elsewhere)
    return _negated(head)


def nor_conjunct(trig: Token) -> bool:
    """'had neither answered the requests, nor had they helped the police': 'nor' before a coordinated verb
    denies it, whatever its own subject and auxiliaries; 'neither' on a verb denies that verb."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in trig.children):
        return True
    if trig.dep_ != "conj" or trig.head.pos_ not in {"VERB", "AUX"}:
        return False
    head = trig.head
    return any(c.dep_ == "cc" and c.lower_ == "nor" and head.i < c.i < trig.i for c in head.children)


def _form(verb: Token) -> str:
    """The verb's tag; a regular past form the tagger read as a past tense after a participle is a participle
    ('has never attacked Peru or threatened Bolivia': 'threatened' is tagged VBD)."""
    if verb.tag_ == "VBD" and verb.head.tag_ == "VBN" and verb.lower_.endswith("ed"):
        return "VBN"
    return verb.tag_


def negated(tok: Token) -> bool:
    """A 'not'/'n't' or a 'never' on the word itself (not on its auxiliary)."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children)


def _negated(verb: Token) -> bool:
    """'not'/'n't' on the verb or on its auxiliary ('did not, in the end, attack'), or 'never'."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(c.dep_ == "neg" or c.lower_ in NEGATING_ADVERBS for h in holders for c in h.children)
