"""A written message is the medium of the act it tells: 'X sent a letter to Y asking him to resign' is X's request,
not a consultation beside it. CAMEO reads sending or receiving a letter as a consultation (040, PLOVER CONSULT:
"consultation by phone or other media"), which stays the event of a letter that tells nothing coded ('sent a
letter to the president on Monday'); when a trigger stands in the letter's content -- a participle or relative
clause on the message noun ('a letter denying the permit'), or a clause of the verb that sends it ('sent a letter
... asking', 'wrote a letter saying ... an error') -- the consultation is dropped, so that the content act is
coded and is not governed away by it. A letter received ('received a letter from X asking ...') keeps its
consultation: the act told is the writer's, and the act's own parties would make the receiver its source. The
message nouns and the verbs of receipt are ``data/letter_media.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import event_triggers
from sitrep.extract.data_files import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: dependencies that lead from a message (or the verb sending it) into what it says
CONTENT_DEPS = frozenset({"acl", "relcl", "advcl", "xcomp", "ccomp"})
#: prepositions that make a message the medium of the act of the clause they hang on ('in a letter sent to the
#: president, the groups denounced the ban': CAMEO's '* (IN LETTER)', the denunciation is the event)
MEDIUM_PREPS = frozenset({"in", "through", "via"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("letter_media.tsv")


def message_nouns() -> frozenset[str]:
    """The message nouns: a participle on one speaks for its sender, as on any text (``event_arg_clauses``)."""
    return _words()["message"]


def writing_verbs() -> frozenset[str]:
    """The verbs that write or send a message to someone ('wrote to X', 'sent a letter to X'): a request told as
    a participle on one is made of the message's addressee (``letter_addressees``)."""
    return _words()["writing"]


def _message(trig: object) -> Token | None:
    """The message noun of a consultation trigger ('sent a letter', 'received the letter'), else None."""
    if not isinstance(trig, event_triggers.Trigger) or event_triggers.coded_type(trig)[0] != "CONSULT":
        return None
    if (trig.token.lemma_ or trig.token.lower_).lower() in _words()["receipt"]:
        return None
    noun = trig.object if trig.object is not None else trig.token
    return noun if (noun.lemma_ or noun.lower_).lower() in message_nouns() else None


def _told_in(tok: Token, heads: set[int]) -> bool:
    """``tok`` heads a content clause hung directly on one of ``heads`` ('a letter denying ...', 'sent a letter ...
    asking ...'); a trigger deeper inside ('asking him to reopen the border': the reopening) is what is asked."""
    return tok.dep_ in CONTENT_DEPS and tok.head.i in heads and tok.i not in heads


def _medium_of(noun: Token, told: list[int], i: int) -> bool:
    """``noun`` is the object of a preposition of medium on another trigger's verb ('In a letter sent to the
    president, the groups denounced ...': the letter is how the denunciation was made)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in MEDIUM_PREPS:
        return False
    return prep.head.i != i and prep.head.i in told


def without_letters(found: dict[int, object], sent: Span) -> dict[int, object]:
    """``found`` (trigger index -> trigger) without the consultation of a message whose content holds another
    trigger, or that is the medium of another trigger's act."""
    out = dict(found)
    told = [j for j, t in found.items() if isinstance(t, event_triggers.Trigger) and sent.doc[j].pos_ == "VERB"]
    for i, trig in found.items():
        noun = _message(trig)
        if noun is None:
            continue
        if any(_told_in(sent.doc[j], {i, noun.i}) for j in told) or _medium_of(noun, told, i):
            del out[i]
    return out
