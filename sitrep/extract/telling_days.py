"""The day expressions of the clause that tells a reported act ('the ministry announced on Monday that ...').

The clause of the telling is the verb of saying's own clause, with the participle clause that sets its moment
('Speaking at a rally on Thursday, X said he rejected the ruling'): a bare '-ing' clause before the verb, with no
subordinator or auxiliary of its own. A later conjunct of the reported clause is told in the same saying ('X said
on Thursday he rejected the ruling and accused the judges of bias'): it is read as the first conjunct. So is a
participle on a noun of the reported clause ('X said on Thursday the order would address concerns raised by
judges'): told in that saying, it happened by its day. These readings are rows of ``data/stray_days.tsv``
(saying_participle, reported_conjunct, reported_participle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import clause_head, clause_tokens
from sitrep.extract.stance_days import speaker_clause
from sitrep.extract.stray_days import VERBS, _phrases, host_deps
from sitrep.extract.told_days import source_phrase_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: kinds of time expression that name one day
DAY_KINDS = frozenset({"weekday", "rel_day", "month_day", "ordinal_day", "full", "full_num"})
#: tags of a participle hung on a noun ('concerns [raised by judges]')
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
#: links climbed from a complement to the clause it completes ('was [ready [to agree]]')
COMPLEMENT_DEPS = frozenset({"xcomp", "acomp"})


def reported_head(verb: Token) -> Token:
    """The verb that heads the reported clause ``verb`` belongs to: climbed from a complement ('was ready to agree')
    from a later conjunct to the first one, and from a participle on a noun of the reported clause to that clause's
    verb (``data/stray_days.tsv`` reported_conjunct, reported_participle)."""
    conj, noun_links = host_deps()["reported_conjunct"], host_deps()["reported_participle"]
    for _ in range(6):
        if verb.dep_ in COMPLEMENT_DEPS and verb.head != verb:
            verb = clause_head(verb.head)
        elif verb.dep_ in conj and verb.head.pos_ in VERBS and verb.head != verb:
            verb = verb.head
        elif verb.dep_ in noun_links and verb.tag_ in PARTICIPLE_TAGS and verb.head != verb:
            verb = clause_head(verb.head)  # 'said the order would address [concerns raised by judges]'
        else:
            break
    return verb


def _saying_tokens(saying: Token) -> set[int]:
    """Token ids of the clause of a verb of saying and of the bare participle clauses before it that set its
    moment ('Speaking at a rally on Thursday, X said'): their day phrases."""
    toks = clause_tokens(saying)
    deps = host_deps()["saying_participle"]
    for c in saying.children:
        if (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i < saying.i
            and not any(g.dep_ in {"mark", "aux"} for g in c.children)
        ):
            toks |= _phrases(c, deps)
    return toks


def _between(reported: Token) -> set[int]:
    """Token ids between the verb of saying and the reported clause's opening ('said [on Thursday] he rejected'),
    where the parser hangs the day of the telling on the reported clause."""
    opening = [c for c in reported.children if c.dep_ in {"nsubj", "nsubjpass", "mark"}]
    first = min((c.left_edge.i for c in opening), default=reported.i)
    return set(range(reported.head.i + 1, first))


def _chars(sent: Span, toks: set[int]) -> set[int]:
    return {i for t in sent if t.i in toks for i in range(t.idx - sent.start_char, t.idx - sent.start_char + len(t))}


def _days_in(sent: Span, toks: set[int], exprs: list) -> list:
    held = _chars(sent, toks)
    return [e for e in exprs if e.kind in DAY_KINDS and any(i in held for i in range(e.start, e.end))]


def told_exprs(sent: Span, verb: Token, exprs: list) -> list:
    """The day expressions of the clause that tells the verb's clause ('announced on Monday that ...'), or of the
    source phrase hung on the verb ('according to a statement released on Monday')."""
    own, verb = verb, reported_head(verb)
    if verb.dep_ != "ccomp" or verb.head.pos_ != "VERB":  # 'arrested him and charged him, according to ...'
        return _days_in(sent, source_phrase_tokens(own) | source_phrase_tokens(verb), exprs)
    told = _days_in(sent, _saying_tokens(verb.head) | _between(verb), exprs)
    if not told and (outer := speaker_clause(verb.head)) is not None:
        told = _days_in(sent, clause_tokens(outer), exprs)  # 'support on Thursday from X, whose envoy said ...'
    return told
