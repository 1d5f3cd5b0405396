"""A bare verb the parser read as a noun object of the verb before it: 'said to have helped start her bakery'
(two objects on one verb: the first, with no word of its own, is the verb of the second), 'trying to help
Garcia win' (a name read as the determiner of 'win': no name is a determiner, so the name is the doer of the verb
it stands before) and 'help Brown win' (an object tagged as a base verb, the name before it read as its
compound). Read by ``event_senses._lent_act``: help lent to such an act is only a hand with it, as with a
verb the parser reads as one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: tags of a name or a pronoun: no such word is a determiner
NAME_TAGS = {"NNP", "NNPS", "PRP"}


def named_doers(noun: Token) -> list[Token]:
    """The names the parser hung on the misread verb as its determiners or compounds ('Garcia' of 'Garcia win')."""
    return [c for c in noun.children if c.dep_ in {"det", "compound"} and c.tag_ in NAME_TAGS]


def misread_verbs(verb: Token) -> list[Token]:
    """The verb's objects that are bare verbs: one tagged as a base verb, a noun with a name as its determiner, or a
    noun with no word of its own followed by a second object of the same verb."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    out = []
    for n, obj in enumerate(objs):
        if obj.tag_ == "VB":
            out.append(obj)
            continue
        if obj.pos_ != "NOUN" or obj.tag_ != "NN":
            continue
        if any(c.dep_ == "det" and c.tag_ in NAME_TAGS for c in obj.children) or (
            not list(obj.children) and any(o.i > obj.i for o in objs[n + 1 :])
        ):
            out.append(obj)
    return out
