"""A place named in a relative clause that describes a participant rather than the act: 'militants who are based
in X attacked a post', 'gunmen who had crossed from X killed ten': where they live, are based or came from, a
lasting state or an earlier act, not where the past act the trigger tells happened (nor its victims' country).
A visit the party is on ('the minister, who is visiting X, said ...') tells where it is while it acts: it stays."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import clause_head

if TYPE_CHECKING:
    from spacy.tokens import Token

#: tags of a finite verb in the present: the clause tells a lasting state ('who live in X', 'which is based in X')
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: the tag of a past finite verb: the act the trigger tells is over ('attacked', 'were killed')
PAST_TAG = "VBD"
#: auxiliaries of a finite verb
AUX_DEPS = frozenset({"aux", "auxpass"})


def describes_participant(tok: Token, trig: Token) -> bool:
    """``tok`` lies in a relative clause on a noun outside the trigger's own clause, whose verb tells a lasting
    state (present tense: 'who are based in X') or an earlier act (past perfect: 'who had fled from X'), while the
    trigger tells a past act. A relative clause in the past tells the same scene ('protesters who gathered in X
    marched'): it stays a place of the act."""
    clause = clause_head(trig)
    if not _past(clause):
        return False
    for a in tok.ancestors:
        if a in (trig, clause):
            return False
        if a.dep_ == "relcl" and trig not in a.subtree:
            return _lasting_or_earlier(a) and not on_a_visit(a)
    return False


#: verbs of a visit going on ('who is visiting X', 'who is touring X'), by lemma
VISIT_VERBS = frozenset({"visit", "tour"})
#: nouns of a journey a party is on ('who is on a visit to X', 'who is on a tour of X')
JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "journey"})


def on_a_visit(verb: Token) -> bool:
    """The relative clause tells a visit its party is on now ('the minister, who is visiting X, said ...', 'who is
    on a two-day trip to X'): where the party is while it acts, not a lasting state of it."""
    if verb.tag_ == "VBG" and (verb.lemma_ or verb.lower_).lower() in VISIT_VERBS:
        return True
    journeys = (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children)
    return any(o.dep_ == "pobj" and o.lemma_ in JOURNEY_NOUNS for o in journeys)


def described_party(tok: Token) -> Token | None:
    """The noun whose relative clause of a lasting state or an earlier act holds ``tok`` ('[militants] who are
    based in X'), else None."""
    for a in tok.ancestors:
        if a.dep_ == "relcl":
            return a.head if _lasting_or_earlier(a) else None
    return None


def _finite_parts(verb: Token) -> list[Token]:
    return [verb] + [c for c in verb.children if c.dep_ in AUX_DEPS]


def _past(verb: Token) -> bool:
    return any(t.tag_ == PAST_TAG for t in _finite_parts(verb))


def _lasting_or_earlier(verb: Token) -> bool:
    parts = _finite_parts(verb)
    return any(t.tag_ in PRESENT_TAGS for t in parts) or any(t.lower_ == "had" and t.dep_ == "aux" for t in parts)


#: nouns of people and offices a state posts abroad: their 'in X' tells where they serve ('its ambassador in X')
POSTED_NOUNS = frozenset({"diplomat", "ambassador", "envoy", "embassy", "consul", "consulate", "attache", "mission"})
#: prepositions of a posting's place
POSTING_PREPS = frozenset({"in", "at"})
#: dependencies of the parties a measure's verb names
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def posting_tokens(trig: Token, obj: Token | None = None) -> set[int]:
    """Token ids of the place phrases of a posting the measure takes away ('recalled its ambassador [in X]', 'its
    diplomats [in X] will return home'): where they served, not where the state decided the measure. Only an
    envoy owned by a possessive is the actor's own, posted abroad; the foreign diplomats a state expels serve in
    it ('expelled two Ruritanian diplomats in Oslo': Oslo is where the measure fell)."""
    heads = [trig, clause_head(trig)] + ([obj] if obj is not None else [])
    nouns = [c for h in heads for c in h.children if c.dep_ in PARTY_DEPS] + heads
    return {
        t.i
        for n in nouns
        if (n.lemma_ or n.lower_).lower() in POSTED_NOUNS and any(c.dep_ == "poss" for c in n.children)
        for c in n.children
        if c.dep_ == "prep" and c.lower_ in POSTING_PREPS
        for t in c.subtree
    }
