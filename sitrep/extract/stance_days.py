"""The day of a stance told in a statement: an accusation, a refusal, a demand or a threat reported as what someone
said ('the spokesman said on Thursday that he strongly disagreed with X') was taken when it was said, so it takes
the day of the saying, however the parser hangs that day; and a saying told in a relative clause on an actor of a
dated act ('got support on Thursday from the State Department, whose spokesman said it disagreed with X') was said
then. A past told as earlier ('said that X had rejected ...') keeps its own reading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

#: what is said (demanded, accused, refused, warned): its act is the statement
STANCE_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
#: auxiliaries of a past before the telling ('said that X had rejected'): not taken when it was told
EARLIER_AUX = frozenset({"had"})
#: relative words of a clause about the one who acts: 'the ministry, whose spokesman said', 'X, who said'
SPEAKER_RELATIVES = frozenset({"whose", "who"})
#: links climbed from a relative clause's noun to the verb of its clause ('support [from [the ministry]]')
NOUN_LINKS = frozenset({"pobj", "prep", "dobj", "nsubj", "nsubjpass", "appos", "conj", "compound", "agent"})


def told_stance(verb: Token, etype: str, status: str) -> bool:
    """``verb`` tells a stance taken in the statement that reports it: a stance type, not announced, the
    complement of a verb of saying, not told as a past before the saying."""
    if etype not in STANCE_TYPES or status == "planned":
        return False
    if verb.dep_ != "ccomp" or not quote_lexicon.VERB_FORMS.get(verb.head.lower_):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in EARLIER_AUX for c in verb.children)


def speaker_clause(saying: Token) -> Token | None:
    """The verb of the clause a saying told in a relative clause on its speaker belongs to ('got support on
    Thursday from X, [whose spokesman said ...]' -> 'got'); None for any other saying."""
    if saying.dep_ not in {"relcl", "conj"} or not quote_lexicon.VERB_FORMS.get(saying.lower_):
        return None
    subjects = [c for c in saying.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not any(t.lower_ in SPEAKER_RELATIVES for s in subjects for t in s.subtree):
        return None
    cur = saying.head  # a relative clause's noun, or the verb the parser joined the clause to ('got ..., whose X said')
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.dep_ not in NOUN_LINKS or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None
