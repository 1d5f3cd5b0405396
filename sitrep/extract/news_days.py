"""Two grammatical cues of which day a clause's act belongs to when its sentence names a day of another act.

- A possessive day names its own noun's happening ('[Sunday's] rally'): nested under another word than the
  trigger's clause ('pledged to review each case of arrest during Sunday's march'), it is no day of the trigger.
- A verbal act told in the present perfect with no time of its own ('X has asked Y to look into it', 'X has
  pledged to review each case') is news of the report's day: English does not join the present perfect to a
  past day, so the day an earlier sentence named ('a reporter was detained at Sunday's rally') is not its day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: what is said or promised: a verbal act told with no day is told when the report tells it
VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "APPEAL"})
#: the present of 'have' that makes a present perfect ('has asked', 'have pledged')
PRESENT_HAVE = frozenset({"has", "have", "'ve"})


def other_noun_day(sent: Span, start: int, end: int, trig: Token, verb: Token) -> bool:
    """The time expression at sentence chars [start, end) is a possessive day ('Sunday's') of a noun that is
    neither the trigger nor a noun hung on the trigger's verb ('condemned Sunday's attack', 'arrested 20 after
    Sunday's clashes' keep their day)."""
    last = sent.start_char + end - 1
    tok = next((t for t in sent if t.idx <= last < t.idx + len(t)), None)
    if tok is not None and tok.dep_ == "case" and tok.tag_ == "POS":
        tok = tok.head
    if tok is None or tok.dep_ != "poss" or tok.head in (trig, verb):
        return False
    noun = tok.head
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head
    return holder not in (trig, verb)


def perfect_news(verb: Token, etype: str, status: str) -> bool:
    """A verbal act told in the active present perfect ('has asked', 'have pledged'), not announced."""
    if status == "planned" or etype not in VERBAL_TYPES or verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return bool(auxes) and auxes[0].lower_ in PRESENT_HAVE and all(a.dep_ == "aux" for a in auxes)
