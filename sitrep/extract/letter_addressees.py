"""A request told in a written message is made of the message's addressee: 'wrote to the Borduvian government
asking for the release of the crew', 'sent a letter to X calling for the release of Y', 'wrote to X asking him to
free Y' -- the one asked (PLOVER REQUEST's target) is X, to whom the message goes, not Y, whom the act asked for
is about. The request is a participle clause on the verb of writing or sending ('wrote ..., asking') or on the
message noun ('a letter to X calling for ...'); the addressee is the 'to' phrase of that verb or of its message.
When the request names its own asked party ('urging the Borduvian king to ...', 'calling on the UN'), that party
stays its target; a pronoun asked ('asking him to ...', 'urging it to ...') stands for the addressee. The verbs of
writing and the message nouns are ``data/letter_media.tsv`` (kinds ``writing`` and ``message``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_groups import group_actor
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.letter_acts import message_nouns, writing_verbs
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how a participle telling the message's content hangs on the verb or the message noun
CONTENT_DEPS = frozenset({"advcl", "acl"})
#: the links of a request verb to the one it asks ('urging the king', 'calling on the UN')
ASKED_DEPS = frozenset({"dobj", "dative"})
ASKED_PREPS = frozenset({"on", "upon"})


def _to_objects(holder: Token) -> list[Token]:
    """The objects of ``holder``'s 'to' ('wrote to X'; 'sent a letter to X', parsed as a dative or a prep)."""
    return [
        p
        for c in holder.children
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def addressees(verb: Token) -> tuple[list[Token], Token | None]:
    """(the heads of the addressees of the message whose content the participle ``verb`` tells, the verb that
    sends it when the parse hung the participle on the addressee), else ([], None)."""
    head = verb.head
    if verb.tag_ != "VBG" or head.i == verb.i:
        return [], None
    if verb.dep_ == "pcomp" and head.lower_ == "to" and _sent(head.head):  # 'to X asking her': X read as subject
        return [c for c in verb.children if c.dep_ == "nsubj"], _sender(head.head)
    if verb.dep_ not in CONTENT_DEPS:
        return [], None
    if head.pos_ == "VERB" and lemma(head) in writing_verbs():
        messages = [c for c in head.children if c.dep_ in {"dobj", "obj"} and lemma(c) in message_nouns()]
        return _to_objects(head) + [p for m in messages for p in _to_objects(m)], None
    if head.pos_ == "NOUN" and lemma(head) in message_nouns():  # 'a letter to X calling for ...'
        sender = head.head if head.dep_ in {"dobj", "obj"} and head.head.pos_ == "VERB" else None
        return _to_objects(head) + (_to_objects(sender) if sender is not None else []), None
    to = head.head if head.dep_ == "pobj" else None  # 'a note to the government demanding ...' (hung on X)
    if verb.dep_ == "acl" and to is not None and to.lower_ == "to" and to.i != to.head.i and _sent(to.head):
        return [head], _sender(to.head)
    return [], None


def _sent(holder: Token) -> bool:
    """``holder`` is a verb of writing or a message noun."""
    return lemma(holder) in (writing_verbs() if holder.pos_ == "VERB" else message_nouns())


def _sender(holder: Token) -> Token | None:
    """The verb that writes or sends, from itself or its message noun."""
    sender = holder if holder.pos_ == "VERB" else holder.head
    return sender if sender.pos_ == "VERB" else None


def _asks_its_own(mention_of: Callable[[Token], dict | None], verb: Token) -> bool:
    """The request names whom it asks ('urging the king to', 'calling on the UN'): a name or a group noun, not a
    pronoun, nor the act it asks for ('urging the release of X')."""
    asked = [c for c in verb.children if c.dep_ in ASKED_DEPS]
    asked += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ASKED_PREPS for p in c.children]
    return any(a.pos_ != "PRON" and (mention_of(a) is not None or group_actor(a) is not None) for a in asked)


def letter_targets(mention_of: Callable[[Token], dict | None], verb: Token, args: list[dict]) -> list[dict]:
    """``args`` ([{mention, role}] of a request trigger ``verb``) with the message's addressees as its targets
    when the request is told in a message and names no one it asks of its own."""
    heads, sender = addressees(verb)
    if not heads or _asks_its_own(mention_of, verb):
        return args
    sources = [a for a in args if a["role"] == "source"]
    subj = subject_token(sender)[0] if sender is not None else None
    if subj is not None:  # the parse made the addressee the participle's subject: the writer asks
        sources = [{"mention": m, "role": "source"} for m in np_actors(mention_of, subj)] or sources
    taken = {(a["mention"].get("idx"), a["mention"].get("start_char")) for a in sources}
    found = [m for h in heads for m in np_actors(mention_of, h) if (m.get("idx"), m.get("start_char")) not in taken]
    if not found:
        return args
    return sources + [{"mention": m, "role": "target"} for m in found]
