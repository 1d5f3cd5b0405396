"""Demands told as another party's obligation under a verb of saying, whatever is demanded ('Wang said the
United States should come back to the negotiating table', 'the ministry said Peru must respect the accord',
'... Peru has an obligation to protect the embassy'):
PLOVER codes the demand (REQUEST), also when the lexicon codes no act for the verb demanded. The obliged verb is
read as a REQUEST trigger; the frame filter's obligation check (``event_frames.as_demand``) then makes the
speaker its source and the obliged party its target, as for an obliged act the lexicon codes itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_frames, frame_clauses, said_penalties
from sitrep.extract.trigger_records import Reading, Trigger
from sitrep.extract.verb_index import verb_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: the reading of an obliged act the lexicon does not code: a demand by whoever says it
OBLIGED_ACT = Reading("REQUEST", None, origin="obligation")
#: entity labels of an obliged party that can be asked to act (a country, an organisation, a person)
OBLIGED_LABELS = {"GPE", "ORG", "PERSON", "NORP"}


def obliged_acts(doc: Doc, coded: set[int]) -> list[Trigger]:
    """Verbs with a modal of obligation ('should', 'must') whose clause is the complement of a verb of saying
    and whose subject is a named actor, not the speaker's own pronoun ('said it must act' is a resolve); verbs
    in ``coded`` (read by the lexicon already) are left to it."""
    vocab = event_frames.vocab()
    out = []
    for tok in verb_tokens(doc):
        if tok.i in coded:
            continue
        clause = _obliged_clause(tok, vocab)
        if clause is not None and _named_subject(clause) and event_frames.speech_verb(clause) is not None:
            out.append(Trigger(tok, OBLIGED_ACT, None))
    return out + said_penalties.penalty_acts(doc)  # ('X will face sanctions, Y said': a threat, read alike)


def _obliged_clause(tok: Token, vocab: dict[str, frozenset[str]]) -> Token | None:
    """The said clause whose subject is obliged to do ``tok``: ``tok`` itself with a modal of obligation ('said
    Peru must respect the accord'), or the present 'have' of a noun of duty ``tok`` hangs on ('said Peru has an
    obligation to protect the embassy')."""
    if tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in vocab["obligation_aux"] for c in tok.children):
        return tok
    have = frame_clauses.owed_act(tok, vocab)
    return have if have is not None and have.dep_ == "ccomp" else None


def _named_subject(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ != "PRON" and any(t.ent_type_ in OBLIGED_LABELS for t in subj.subtree)
