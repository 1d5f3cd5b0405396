"""A direct quotation that condemns a party's act is its speaker's criticism of that party: '"Singapore's
prosecution of Yee was a pretext," the judge said', '"The EU has not complied with any of its obligations. There
is no reason to go on," the minister said', '"This arrest is purely political vendetta," he said' (after a
sentence telling who arrested whom).

News tells most criticism as a quotation whose own sentences hold no verb of saying, so the told readings
(``told_appraisals``: an act judged wrong; ``told_misdeeds``: a wrongdoing; ``told_blame``: blame; and
``event_breaches``: a broken commitment), which read the clause a verb of saying tells, never see them. Here the
same clause tests read the clauses of a quotation itself: the root of each of its sentences (or the quoted clause
a verb outside the quotation tells), their conjuncts, a clause of contrast ('while X has not complied'), and a
clause told by a verb of the quotation whose subject is the speaker ('we reiterate that ...') or names no actor
('the evidence demonstrates that ...'). A clause a coded trigger governs (the quotation told by 'said' in its own
sentence) is that trigger's. PLOVER ACCUSE (disapprove for a judgement or a breach, allege for a wrongdoing or
blame) from the quotation's speaker (``quotes.doc_quotes``: named, or the state an office speaks for) at:

1. the party the clause names: the subject who breaks its word or does the wrong, the owner of the act judged
   ('Singapore's prosecution', 'the Peruvian decision') or its 'by' agent;
2. else, for a judged act told back ('this arrest', 'the decision'), the doers of the latest earlier event of
   the act noun's categories (``event_anaphora.noun_types``).

With no speaker or no such party, or a question, nothing is coded; a speaker is never its own target.
Vocabulary: the told readings' data files and ``data/quoted_verdicts.tsv`` (verbs of a quotation that tell a
clause as the speaker's view or as shown: 'reiterate', 'demonstrate').
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.doc_text import span_text
from sitrep.extract.event_anaphora import noun_types, owner_actors
from sitrep.extract.event_arg_phrases import np_actors
from sitrep.extract.event_breaches import _breach
from sitrep.extract.event_context import EventContext
from sitrep.extract.quoted_speakers import data as first_person
from sitrep.extract.quoted_speakers import quote_at
from sitrep.extract.speaker_states import state_at
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.told_appraisals import _judged_act, _wrong
from sitrep.extract.told_appraisals import vocab as appraisal_words
from sitrep.extract.told_blame import _blames
from sitrep.extract.told_misdeeds import _misdeed

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: links of a clause a quotation's verb tells ('we reiterate that ...', 'the evidence demonstrates ...')
TOLD_DEPS = frozenset({"ccomp"})
#: determiners and possessives of an act told before ('this arrest', 'the decision', 'their move')
BACK_WORDS = frozenset({"this", "that", "these", "those", "the", "such", "its", "their", "his", "her"})
SUBJ = frozenset({"nsubj", "nsubjpass"})
CLAUSE_POS = frozenset({"VERB", "AUX"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    return word_sets("quoted_verdicts.tsv")


def add(
    ctx: EventContext,
    sent: Span,
    made: dict[int, dict],
    history: list[tuple[int, dict]],
    actor_of: Callable[[Token], dict | None],
    build: Callable[..., dict],
) -> None:
    """Code the verdicts of the quotations in ``sent`` (see the module doc) into ``made`` and ``history``."""
    if span_text(sent).rstrip(" \"'”’").endswith("?"):
        return
    for clause in sent:
        if clause.pos_ not in CLAUSE_POS or clause.i in made or _governed(clause, made):
            continue
        found = _verdict(clause, actor_of, history)  # (the clause tests first: they are cheap)
        quote = quote_at(ctx, clause.idx) if found else None
        speaker = _speaker(ctx, quote, clause) if quote is not None and _quoted_clause(clause, quote) else None
        if speaker is None:
            continue
        mode, named, rows = found
        named = [m for m in named if not _same(m, speaker)]
        rows = [r for r in rows if r.get("mention_idx") is None or r["mention_idx"] != speaker.get("idx")]
        if not named and not rows:
            continue
        parts = [{"mention": speaker, "role": "source"}] + [{"mention": m, "role": "target"} for m in named]
        cand = build(ctx, clause, sent, "ACCUSE", mode, None, parts)
        cand["participants"] += rows
        made[clause.i] = {**cand, "event_status": "occurred", "lexicon": True}
        history.append((clause.i, made[clause.i]))


def _quoted_clause(clause: Token, quote: dict) -> bool:
    """A top clause of the quotation (its sentence's root, or a clause whose head lies outside the quotation: 'the
    minister said'), a conjunct of one, or a clause one tells as the speaker's view or as shown."""
    inside = lambda t: quote["start_char"] <= t.idx < quote["end_char"]  # noqa: E731
    if clause.dep_ == "ROOT" or not inside(clause.head):
        return True
    head = clause.head
    if clause.dep_ == "conj" or (clause.dep_ == "advcl" and _contrast(clause)):
        return _quoted_clause(head, quote)  # ('we kept our word while the EU has not complied')
    told = clause.dep_ in TOLD_DEPS and _lemma(head) in vocab()["tell"] and _own_or_no_actor(head)
    return told and _quoted_clause(head, quote)


def _contrast(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in vocab()["contrast"] for c in clause.children)


def _own_or_no_actor(verb: Token) -> bool:
    """The verb's subject is the speaker ('we', 'I') or names no actor ('the evidence'); not negated."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in first_person()["subjects"]
    return not any(t.ent_type_ for t in subj.subtree)


def _same(m: dict, speaker: dict) -> bool:
    return m.get("unnamed") or m.get("idx") == speaker.get("idx") or m["surface"] == speaker["surface"]


def _governed(clause: Token, made: dict[int, dict]) -> bool:
    return any(a.i in made for a in clause.ancestors)


def _speaker(ctx: EventContext, quote: dict, tok: Token) -> dict | None:
    """The quotation's speaker: its named mention, else the state its office speaks for."""
    if quote.get("speaker_mention_idx") is not None:
        return next((m for m in ctx.mentions if m["idx"] == quote["speaker_mention_idx"]), None)
    iso3 = quote.get("speaker_country_iso3")
    return state_at(ctx, tok, iso3) if iso3 else None


def _verdict(
    clause: Token, actor_of: Callable[[Token], dict | None], history: list[tuple[int, dict]]
) -> tuple[str, list[dict], list[dict]] | None:
    """(mode, target mentions named in the clause, target rows of an act told before) of a clause that condemns
    a party's act, or None."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if _breach(clause):
        return "disapprove", np_actors(actor_of, subj), []
    if _misdeed(clause) or _blames(clause):
        return "allege", np_actors(actor_of, subj) if subj is not None else [], []
    act = _judged_act(clause) or _judged_object(clause)
    if act is None:
        return None
    named = owner_actors(actor_of, act) + [
        m
        for p in act.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for g in p.children
        for m in np_actors(actor_of, g)
    ]
    named = [m for m in named if not m.get("unnamed")]
    return "disapprove", named, [] if named else _prior_doers(act, history)


def _judged_object(clause: Token) -> Token | None:
    """The act noun a subjectless copula judges when the parser took the act for its head's object ('the evidence
    demonstrates X's prosecution was a pretext': 'prosecution' the object of 'demonstrates')."""
    if clause.dep_ not in TOLD_DEPS or _lemma(clause) != "be" or any(c.dep_ in SUBJ | {"neg"} for c in clause.children):
        return None
    act = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if act is None or act.pos_ != "NOUN" or _lemma(act) not in appraisal_words()["act"]:
        return None
    return act if any(_wrong(c) for c in clause.children if c.dep_ in {"attr", "acomp"}) else None


def _prior_doers(act: Token, history: list[tuple[int, dict]]) -> list[dict]:
    """The doers of the latest event told before of the act noun's categories, when the noun refers back."""
    if not any(c.lower_ in BACK_WORDS for c in act.children if c.dep_ in {"det", "poss"}):
        return []
    types = noun_types(act)
    for i, prior in sorted(history, key=lambda h: h[0], reverse=True):
        if i < act.i and prior["event_type"] in types:
            return [{**p, "role": "target"} for p in prior["participants"] if p["role"] == "source"]
    return []
