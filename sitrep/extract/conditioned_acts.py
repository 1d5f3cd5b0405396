"""Acts offered on a condition set on their own clause ('X would be willing to reopen the port if Y pays', 'X will
hand over the wreck provided that Y asks', 'X could join the talks as long as Y disarms'): the act is only supposed
(PLOVER's hypothetical mode), so an offer, readiness or promise of cooperation on a condition is no event
(``conditioned_act``). What PLOVER codes on a condition stays coded: a planned hostile act on a condition is the
actor's threat, THREATEN ('will shell the camps as long as Y stays'; ``event_triggers.intent_type`` reads 'if' and
'unless' on the act's own verb), an ultimatum stays THREATEN ('will attack unless Y withdraws'), a demand on a condition
stays REQUEST, and a commitment already made ('agreed to send aid if asked') stays. An act told inside such a
condition's clause is supposed (``within_condition``, read through ``deep_conditions``, which reads the one-word marks
of ``event_frames``), and the mark 'provided that' is no act of providing. Marks: ``data/conditioned_acts.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import governors
from sitrep.extract.event_triggers import CONDITIONAL_THREATS, threat_mode
from sitrep.extract.modal_names import aux_words

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "conditioned_acts.tsv"
#: links climbed from the act's verb to the clauses that share its frame ('would be willing to reopen': 'reopen' ->
#: 'willing' -> 'be'; 'said it would attack': 'attack' -> 'said')
FRAME_LINKS = {"xcomp", "acomp", "conj", "ccomp"}
#: links from a verb of readiness or help down to the act it offers, an infinitive ('is willing to meet': 'is' ->
#: 'willing' -> 'meet'; 'will help Chile rebuild': 'help' -> 'rebuild')
OFFER_LINKS = {"acomp", "xcomp", "ccomp"}
#: links from a noun trigger up to the verb of its clause ('could join the talks': 'talks' -> 'join')
NOUN_LINKS = {"dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "pcomp", "dative", "npadvmod"}
#: how many links are climbed (from the act up, from the condition's verb up)
REACH = 5
#: how many words after a mark its clause's verb may come when the parser did not hang the mark on it ('in case the
#: river floods')
VERB_WINDOW = 6
#: the single-word mark that is also an indirect question ('asked if X would attend'): a condition only on an
#: adverbial clause
QUESTION_MARK = "if"
VERBAL = {"VERB", "AUX"}
#: links that open a clause told in its own right: a condition above it does not cover it (as ``deep_conditions``)
OWN_CLAUSES = {"relcl", "parataxis"}
#: categories of an offer, readiness or promise of cooperation: on a condition, no event
OFFERED = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
#: the kinds of mark that open a condition's clause; an ultimatum's act is the actor's threat, which
#: ``event_triggers.intent_type`` reads ('will attack unless Y withdraws')
CONDITIONS = {"condition", "ultimatum"}
ULTIMATUM = "ultimatum"
#: tags and auxiliaries of a verb that tells a commitment already made ('agreed to send aid if asked', 'has
#: offered to ...'): the agreement happened, whatever its condition
DONE_TAGS = {"VBD"}
PERFECT = {"have", "has", "had", "'ve"}


@lru_cache(maxsize=1)
def marks() -> dict[tuple[str, ...], str]:
    """The marks of ``data/conditioned_acts.tsv`` as word tuples -> kind ('condition', 'ultimatum' or 'not')."""
    return {tuple(r["mark"].split()): r["kind"] for r in read_tsv(DATA)}


@lru_cache(maxsize=1)
def _inside_marks() -> frozenset[str]:
    """The marks whose clause this module reads for acts told inside it (``inside`` yes)."""
    return frozenset(r["mark"] for r in read_tsv(DATA) if r["inside"] == "yes")


def examples() -> list[dict]:
    return read_tsv(DATA)


def _mark_at(doc, i: int) -> tuple[int, str] | None:  # noqa: ANN001 - a spaCy Doc or Span
    """The longest mark starting at word ``i``: (its length, its kind), or None."""
    found = None
    for words, kind in marks().items():
        n = len(words)
        longer = found is None or n > found[0]
        if longer and i + n <= len(doc) and tuple(t.lower_ for t in doc[i : i + n]) == words:
            found = (n, kind)
    return found


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a word stands in (the word itself for a verb)."""
    cur = tok
    for _ in range(REACH):
        if cur.pos_ in VERBAL:
            return cur
        if cur.head.i == cur.i or cur.dep_ not in NOUN_LINKS:
            return None
        cur = cur.head
    return None


def _frame(trig: Token) -> list[Token]:
    """The act's verb, the verbs above it that share its frame (not across a relative clause) and the act it offers
    ('is willing to meet X as long as ...': the condition on 'meet' is the offer's)."""
    verb = _clause_verb(trig)
    if verb is None:
        return []
    offered = [g for c in verb.children if c.dep_ in OFFER_LINKS for g in (c, *c.children) if g.dep_ in OFFER_LINKS]
    out = [verb] + [g for g in offered if g.tag_ == "VB"]  # ('will help Chile rebuild the port if ...')
    return out + governors(verb, FRAME_LINKS, REACH)


def _condition_verb(doc, start: int, n: int) -> Token | None:  # noqa: ANN001
    """The verb of the clause a mark opens: the word the mark's last word hangs on as a mark, else the first verb
    shortly after the mark ('in case the river floods', 'provided the troops leave')."""
    last = doc[start + n - 1]
    if last.dep_ == "mark" and last.head.i > last.i:  # (the parser may tag a clause's verb a noun: 'rebels disarm')
        return last.head
    after = doc[start + n : min(len(doc), start + n + VERB_WINDOW)]
    return next((t for t in after if t.pos_ in VERBAL and t.dep_ not in {"aux", "auxpass"}), None)


def _attachment(cond: Token, skip: set[int]) -> int | None:
    """The first verb above the condition's clause, outside the mark's words and the clause itself."""
    cur = cond
    for _ in range(REACH + 2):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.i not in skip and cur.pos_ in VERBAL | {"ADJ"} and cur.i not in {t.i for t in cond.subtree}:
            return cur.i
    return None


def _conditions(trig: Token):  # noqa: ANN202 - a generator of tuples
    """Each condition a mark opens in the trigger's sentence: (its verb, its mark, the mark's kind, the mark's word
    indices); an 'if' opens a condition on an adverbial clause only ('asked if X would attend' is a question)."""
    sent, doc = trig.sent, trig.doc
    i = sent.start
    while i < sent.end:
        found = _mark_at(doc, i)
        if found is None:
            i += 1
            continue
        n, kind = found
        cond = _condition_verb(doc, i, n) if kind in CONDITIONS else None
        mark = " ".join(t.lower_ for t in doc[i : i + n])
        if cond is not None and cond.i < sent.end and (mark != QUESTION_MARK or cond.dep_ == "advcl"):
            yield cond, mark, kind, set(range(i, i + n))
        i += n


def condition_of(trig: Token) -> tuple[Token, str, str] | None:
    """The verb of a condition set on the trigger's own clause, its mark ('if', 'provided that', ...) and the mark's
    kind, or None: the trigger stands outside the condition, and the condition's clause hangs on the act's verb or a
    verb sharing its frame."""
    frame = {t.i for t in _frame(trig)}
    for cond, mark, kind, words in _conditions(trig) if frame else ():
        if trig.i not in words and not _under(trig, cond) and _attachment(cond, words) in frame:
            return cond, mark, kind
    return None


def _made(trig: Token) -> bool:
    """The trigger's own verb tells what was already done ('agreed', 'has offered'), not what is offered."""
    verb = _clause_verb(trig)
    return verb is not None and (verb.tag_ in DONE_TAGS or bool(aux_words(verb) & PERFECT))


def _mark_word(trig: Token) -> bool:
    """The trigger is the first word of a mark of two words or more ('provided that', 'providing that')."""
    found = _mark_at(trig.doc, trig.i)
    return found is not None and found[0] > 1 and found[1] in CONDITIONS


def conditioned_act(cand: dict | None, trig: Token) -> dict | None:
    """The candidate as a condition set on its clause leaves it (see the module doc): None for an offer, readiness
    or promise of cooperation on a condition; a planned hostile act on a condition becomes the actor's threat
    (THREATEN, told now); anything else (a demand, an ultimatum, an act already done) unchanged."""
    if cand is not None and _mark_word(trig):
        return None  # 'provided that the court issues warrants': the mark is no act of providing
    if cand is None or _made(trig):
        return cand
    found = condition_of(trig)
    if found is None or found[2] == ULTIMATUM:
        return cand
    etype = cand["event_type"]
    if etype in OFFERED:
        return None
    if etype in CONDITIONAL_THREATS and cand["event_status"] == "planned":
        mode = threat_mode(etype, cand.get("event_mode"))
        return {**cand, "event_type": "THREATEN", "event_mode": mode, "event_status": "occurred"}
    return cand


def within_condition(trig: Token) -> bool:
    """The trigger stands inside the clause of a condition a mark of ``data/conditioned_acts.tsv`` opens ('in case the
    town is seized', 'provided that the army withdraws'): supposed, no event. Only the marks whose ``inside`` is
    'yes': 'if' and 'unless' are ``event_frames``' ``condition_marks``, read by ``deep_conditions``."""
    from sitrep.extract.event_frames import vocab  # noqa: PLC0415 - event_frames reads this module's callers

    if trig.dep_ == "pobj" and trig.head.lower_ in vocab()["scene_preps"]:
        return False  # 'in case they are signed during the visit': the visit is told as taking place
    return any(
        cond.dep_ != "ROOT" and max(words) < trig.i and mark in _inside_marks() and _under(trig, cond)
        for cond, mark, _k, words in _conditions(trig)
    )


def _under(trig: Token, cond: Token) -> bool:
    """The trigger hangs under the condition's verb, not across a relative clause ('in case the deal, which X signed
    in May, collapses': the signing is told as done)."""
    cur = trig
    for _ in range(REACH + 3):
        if cur.i == cond.i:
            return True
        if cur.dep_ in OWN_CLAUSES or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False
