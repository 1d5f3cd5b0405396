"""A message sent to no one is no consultation (``data/unaddressed_messages.tsv``): 'tried to send a message by
burning the depot' is a figure of speech, 'sent a message minutes before the blast' a private note. The message has an
addressee when the verb or the message noun has a dative ('sent Peru a message'), a 'to' phrase ('a message to
Lima') or a party beside it that is not its sender. Used by ``event_senses``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: entity labels of a party a message can be addressed to
PARTY_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
#: dependencies of the message noun on its verb (the passive's subject: 'a message was sent')
MESSAGE_DEPS = {"dobj", "nsubjpass"}
#: dependencies of a word beside the verb that is no addressee: the sender, the message, the clause's frame
NOT_ADDRESSEE_DEPS = {"nsubj", "nsubjpass", "dobj", "agent", "punct", "aux", "auxpass", "advmod", "neg", "cc", "conj"}


@lru_cache(maxsize=1)
def message_nouns() -> dict[tuple[str, str], frozenset[str]]:
    """(verb lemma, category) -> the nouns of a message sent."""
    return {(r["lemma"], r["plover"]): frozenset(r["objects"].split()) for r in read_tsv("unaddressed_messages.tsv")}


def _messages(trig: Token, nouns: frozenset[str]) -> list[Token]:
    """The message nouns the verb sends: its object, its passive subject, or the noun a participle describes ('a
    message sent on Monday')."""
    found = [c for c in trig.children if c.dep_ in MESSAGE_DEPS]
    if trig.dep_ in {"acl", "relcl"}:
        found.append(trig.head)
    return [m for m in found if lemma(m) in nouns]


def _addressed(holder: Token) -> bool:
    """A dative, a 'to' phrase or a party (not the sender) under the verb or the message noun."""
    for c in holder.children:
        if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to"):
            return True
        if c.dep_ not in NOT_ADDRESSEE_DEPS and (c.ent_type_ in PARTY_ENTS or c.pos_ == "PROPN"):
            return True  # a party the parse hung loosely on the verb ('sending out a message to Peru that ...')
    return False


def unaddressed_message(trig: Token, etype: str) -> bool:
    """The verb sends a message of ``data/unaddressed_messages.tsv`` to no addressee."""
    nouns = message_nouns().get((lemma(trig), etype))
    if not nouns or trig.pos_ not in {"VERB", "AUX"}:
        return False
    messages = _messages(trig, nouns)
    return bool(messages) and not any(_addressed(h) for h in (trig, *messages))
