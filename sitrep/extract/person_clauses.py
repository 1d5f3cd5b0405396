"""Relative clauses that tell what a person did ('senators [who travelled to Minsk on March 12]'): their days.

A relative clause in the past opened by a personal wh-pronoun (Penn tags WP / WP$: who, whom, whose) tells an
earlier act of its antecedent, a person or a body of persons, not the time of the act the sentence announces ('X
will impose sanctions on senators who travelled to Minsk on March 12': the sanctions are not set for March 12). An
announced event with no day of its own takes a day from anywhere in its sentence (the parse often hangs its day
elsewhere: 'flew in for talks, held on Friday'); a day inside such a clause is left to the act the clause tells. A
clause in the present or future tells the coming occasion itself and keeps its day ('will host the leader, who
arrives on Friday'); so does a clause that holds the trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Penn tags of the wh-pronouns that refer to persons ('who', 'whom'; 'whose')
PERSON_WH_TAGS = frozenset({"WP", "WP$"})
#: dependencies of a clause hung on the noun it describes
RELATIVE_DEPS = frozenset({"relcl"})
#: tags of a verb told in the past ('travelled', 'was arrested', 'has met'); of an auxiliary that makes it present
#: or future ('will arrive', 'is expected'), unless it is the perfect's 'have'
PAST_VERB_TAGS = frozenset({"VBD", "VBN"})
PRESENT_AUX_TAGS = frozenset({"MD", "VBZ", "VBP"})


def _told_in_past(verb: Token) -> bool:
    """The clause of ``verb`` tells a past act: a past verb or participle with no auxiliary of the present or the
    future other than the perfect's ('who travelled', 'whom police held', 'who has met'; not 'who is expected')."""
    return verb.tag_ in PAST_VERB_TAGS and not any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in PRESENT_AUX_TAGS and c.lemma_ != "have" for c in verb.children
    )


def person_clause_chars(sent: Span, trig: Token) -> set[int]:
    """Sentence-relative character offsets of the past relative clauses of persons in ``sent`` that do not hold
    ``trig``: a ``relcl`` clause with a WP / WP$ pronoun before its verb ('who travelled', 'whom police held',
    'whose driver met')."""
    held: set[int] = set()
    for verb in sent:
        if verb.dep_ not in RELATIVE_DEPS or not _told_in_past(verb):
            continue
        subtree = list(verb.subtree)
        if trig in subtree or not any(t.tag_ in PERSON_WH_TAGS and t.i < verb.i for t in subtree):
            continue
        for t in subtree:
            start = t.idx - sent.start_char
            held.update(range(start, start + len(t)))
    return held


def outside_person_clauses(sent: Span, trig: Token, exprs: list) -> list:
    """The time expressions of ``exprs`` (sentence-relative ``start``/``end``) that lie outside every relative
    clause of a person not holding ``trig`` (``person_clause_chars``)."""
    held = person_clause_chars(sent, trig)
    if not held:
        return exprs
    return [e for e in exprs if not any(i in held for i in range(e.start, e.end))]
