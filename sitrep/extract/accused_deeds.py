"""The deed an accusation alleges is no act of the report, however deep in the deed it is told and whatever frame
the accusation has. 'Ruritania accused Freedonia of arming the rebels' reports an accusation (PLOVER ACCUSE); the
arming is only alleged. The lexicon's triggers under a coded accusation are already skipped as its content
(``event_candidates._sentence_triggers``), and so is the content of one coded without parties
(``event_clause_acts.partyless_content``); three tellings still coded the alleged deed:

- the accusation is told as a standing line, no event of its own ('Ruritania has long accused Freedonia of
  providing sanctuary to the rebels'), so it neither codes nor governs;
- the deed's act is a meeting or an aid of the hand-coded rules, which no governing trigger silences ('is accused
  of forcing firms to donate millions to her foundation');
- the act is told deeper in the deed than a complement: a result participle ('blamed for flooding the market,
  thus undermining the government'), the means of the deed ('by supplying weapons'), or a gerund the parser
  coordinates with the passive accusing verb itself ('is accused of exerting pressure on firms and forcing them to
  donate').

The verbs of accusing and the preposition of their deed are ``data/accused_deeds.tsv`` (kind ``of``, ``for``), as
are the prepositions of a deed's means (kind ``means``). A violent act under an agentless passive charge ('a man
accused of shooting two officers', 'the teacher accused of kidnapping a pupil') stays, as in
``event_clause_acts.TOLD_DONE``: the attack happened, who did it is what the charge alleges. An act of a clause with
its own subject ('accused X of lying when troops attacked'), of a relative clause, or an accuser's own act told
beside an active accusation ('accused X of spying, expelling two of its diplomats') is no part of the deed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.event_frames import frame_reason
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "accused_deeds.tsv"
#: kinds of the table that name a verb of accusing by the preposition of its deed ('accused of', 'blamed for')
DEED_PREPS = ("of", "for")
#: links that keep a word inside the deed it belongs to, going up to the deed's head
INNER_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep"})
#: links of a clause's own subject: an adverbial clause with one tells an act of its own
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: links by which a gerund hangs on the passive accusing verb itself ('is accused of X and forcing them to ...')
BESIDE_DEPS = frozenset({"conj", "advcl"})
#: acts an agentless passive charge tells as done, its doer being what is alleged ('a man accused of shooting two
#: officers'); ``event_clause_acts.partyless_content`` reads the same set
TOLD_DONE = frozenset({"ASSAULT"})
#: how far up the deed an act may stand
MAX_STEPS = 8


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets(DATA)


def deed_prep(verb: Token) -> str | None:
    """The preposition that brings in the deed of a verb of accusing ('of' for 'accuse'), or None."""
    word = lemma(verb)
    return next((p for p in DEED_PREPS if word in _words().get(p, frozenset())), None)


def _deed_gerund(verb: Token) -> bool:
    """The accusing verb has its deed as a gerund ('accused X of providing', 'blamed for diluting')."""
    prep = deed_prep(verb)
    return any(
        c.dep_ == "prep" and c.lower_ == prep and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )


def _deed_verb(prep: Token) -> Token | None:
    """The verb of accusing whose deed ``prep`` brings in: its head, or the verb whose object that head is (the
    parser often hangs 'of' on the accused: 'accused [Freedonia of arming ...]')."""
    head = prep.head
    if deed_prep(head) == prep.lower_:
        return head
    if head.dep_ in {"dobj", "obj"} and deed_prep(head.head) == prep.lower_:
        return head.head
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _step_allowed(cur: Token) -> bool:
    """Going up from ``cur`` to its head stays inside a deed: a complement, a conjunct, a subjectless adverbial
    participle, a gerund of a preposition, or a preposition of means ('by making false claims')."""
    if cur.dep_ not in INNER_DEPS or cur.head.i == cur.i:
        return False
    if cur.dep_ == "advcl":
        return cur.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in cur.children)
    if cur.dep_ == "prep":
        return cur.lower_ in _words().get("means", frozenset()) or _deed_verb(cur) is not None
    return True


def accusing_verb(trig: Token) -> Token | None:
    """The verb of accusing whose alleged deed holds ``trig`` (see the module docstring), or None."""
    cur = trig
    for _ in range(MAX_STEPS):
        if not _step_allowed(cur):
            return None
        head = cur.head
        verb = _deed_verb(cur) if cur.dep_ == "prep" and cur.i != trig.i else None
        if verb is not None:
            return verb  # 'accused X of [providing ...]'
        if (
            cur.dep_ in BESIDE_DEPS
            and cur.tag_ == "VBG"
            and deed_prep(head)
            and _passive(head)
            and _deed_gerund(head)
            and not any(c.dep_ in SUBJECT_DEPS for c in cur.children)
        ):
            return head  # 'is accused of exerting pressure ... and forcing them to donate'
        cur = head
    return None


def alleged_deed(trig: Token, etype: str) -> bool:
    """The trigger tells (part of) the deed an accusation alleges: no event of the report."""
    verb = accusing_verb(trig)
    if verb is None:
        return False
    return not (etype in TOLD_DONE and _agentless(verb))


def _agentless(verb: Token) -> bool:
    """The accusation is told in the passive with no accuser: a passive verb ('he was accused of') or a participle
    on the accused ('the teacher accused of kidnapping a pupil')."""
    if frame_reason(verb, "ACCUSE") == "agentless-passive":
        return True
    passive = _passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    return passive and not any(c.dep_ == "agent" for c in verb.children)
