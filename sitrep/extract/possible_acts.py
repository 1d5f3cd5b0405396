"""Acts told as a possibility ('X could impose sanctions on Y', 'X might expel Y's envoy', 'X may strike'): PLOVER
codes what an actor did or said it would do, not what someone else guesses it could do. An act under a modal of
possibility, or weighed as an option ('X is considering sanctions'; ``data/possible_acts.tsv``), whose doer is the
subject of the modal (or weighing) verb is:

- a guess, no event, when someone other than the actor says it ('X could impose sanctions on Y, analysts said',
  'officials said the rebels could attack'), or when no one says it, the act is hostile and the modal is 'may' or
  a verb of weighing (the writer's guess or report: 'X may expel Y's envoy', 'X is weighing sanctions'; 'could'/
  'might' with no one saying them are read as hypothetical by ``event_frames``, 'X may meet Y' stays planned);
- the actor's own warning when the actor or its own people say it ('X said it could ...', 'X's minister said X
  could ...', 'we may cancel the deal'): a hostile act becomes PLOVER THREATEN (as ``event_candidates`` already
  reads 'said it could'), any other act keeps its reading.

An act whose subject is not its doer ('Y could face sanctions, X warned': the speaker threatens) is left alone, as
are negated ('could not') and counterfactual ('could have') acts, which other rules read."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.conditioned_acts import conditioned_act
from sitrep.extract.data_files import read_tsv
from sitrep.extract.doc_text import subtree_chars
from sitrep.extract.event_frames import speech_verb
from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import CONDITIONAL_THREATS, threat_mode
from sitrep.extract.remote_modals import framing_verb
from sitrep.extract.wished_acts import wished_act

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links from a noun trigger up to the verb whose modal frames it ('could impose sanctions': 'sanctions' -> 'impose')
NOUN_TO_VERB = {"dobj", "pobj", "prep", "attr"}
#: the modal that with no one saying it is the writer's own guess ('X may expel ...'); 'could' and 'might' alone
#: are read as hypothetical by ``event_frames``
UNSAID_GUESS = "may"
#: the kind of the verbs of weighing an option, which with no one saying them are the writer's report of a
#: deliberation ('X is considering sanctions'), no threat
WEIGHING = "weighing"
#: the categories of a hostile act, which a weighing verb or the writer's 'may' leave uncoded ('is considering
#: sanctions' and 'X may expel Y's envoy' are read as THREATEN by the lexicon; 'X may meet Y next week' stays planned)
HOSTILE_TYPES = CONDITIONAL_THREATS | {"THREATEN"}
#: first-person subjects: the speaker's own act ('we may cancel the deal')
FIRST_PERSON = {"i", "we"}
#: auxiliaries that leave the act to other rules: a counterfactual or a guess about the past ('could have struck')
PERFECT = {"have", "'ve"}


@lru_cache(maxsize=8)
def words(kind: str) -> frozenset[str]:
    """The modals of possibility (kind 'modal') or verbs of weighing an option (kind 'weighing') of
    ``data/possible_acts.tsv``."""
    return frozenset(r["word"] for r in read_tsv("possible_acts.tsv") if r["kind"] == kind)


def _modal_verb(trig: Token) -> tuple[Token, str] | None:
    """The verb of the trigger's clause and its modal of possibility ('could impose', 'might try to expel')."""
    verb = trig
    for _ in range(2):
        if verb.pos_ in {"VERB", "AUX"} or verb.dep_ not in NOUN_TO_VERB or verb.head.i == verb.i:
            break
        verb = verb.head
    if lemma(verb) in words(WEIGHING) and verb.pos_ == "VERB":
        return verb, WEIGHING  # 'is considering sanctions', 'weighs a strike'
    holders = [verb]
    if verb.dep_ == "xcomp" and any(c.lower_ == "to" for c in verb.children):
        holders.append(verb.head)  # 'could try to expel', 'might move to impose'
    for v in holders:
        aux = {c.lower_ for c in v.children if c.dep_ in {"aux", "auxpass"}}
        if any(c.dep_ == "neg" for c in v.children) or aux & PERFECT:
            return None
        modal = aux & words("modal")
        if modal:
            return v, sorted(modal)[0]
    return None


def _country(ctx, tok: Token, actor_of: Callable[[Token], dict | None]) -> str | None:
    """The country of the mention a phrase holds ('Chilean officials', 'Chile', 'the minister' as resolved)."""
    m = next((ctx.mention_of(t) for t in tok.subtree if ctx.mention_of(t) is not None), None) or actor_of(tok)
    if m is None:
        return None
    if m.get("label") == "PERSON":
        return ctx.person_country.get(m.get("idx")) or m.get("country_iso3") or m.get("context_country")
    return m.get("country_iso3")


def _doer(subj: Token, cand: dict, mentions: dict[int, dict]) -> bool:
    """The subject is the act's source: it holds the mention of a source party ('Chile could impose ...'), or its
    words are an unnamed source's ('the rebels could attack')."""
    span = range(*subtree_chars(subj))
    for p in cand["participants"]:
        if p["role"] != "source":
            continue
        m = mentions.get(p["mention_idx"]) if p.get("mention_idx") is not None else None
        if m is not None and m["start_char"] in span:
            return True
        if m is None and p.get("surface") and subj.lower_ in p["surface"].lower():
            return True
    return False


def _own(ctx, subj: Token, speech: Token | None, actor_of: Callable[[Token], dict | None]) -> bool:
    """The actor says it itself: a first-person subject, or, under a verb of saying, a pronoun ('X said it could
    ...'), the saying subject's own word, or a subject of the speaker's country ('X's minister said X could ...')."""
    if subj.lower_ in FIRST_PERSON:
        return True
    if speech is None:
        return False
    speakers = [c for c in speech.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subj.pos_ == "PRON" and not _other_person(subj, speakers):
        return True
    if subj.lower_ in {s.lower_ for s in speakers}:
        return True
    home = _country(ctx, subj, actor_of)
    return home is not None and any(_country(ctx, s, actor_of) == home for s in speakers)


#: pronouns of one person, who cannot be a plural speaker ('sources said he wanted to ...')
SINGULAR_PERSONS = {"he", "she"}


def _other_person(pron: Token, speakers: list[Token]) -> bool:
    """A pronoun of one person under a plural common noun that speaks ('sources said he wanted to ...', 'analysts
    say she could ...'): someone the speakers tell of, not the speakers themselves."""
    return pron.lower_ in SINGULAR_PERSONS and any(s.tag_ == "NNS" for s in speakers)


def possible_act(ctx, cand: dict | None, trig: Token, actor_of: Callable[[Token], dict | None]) -> dict | None:
    """The candidate as a modal of possibility leaves it (see the module doc): None for a guess about another's
    act, THREATEN for a hostile act the actor says it could do, else unchanged."""
    cand = wished_act(ctx, cand, trig, lambda c, s, v: _own(c, s, v, actor_of))  # 'the party wants to ban X'
    cand = conditioned_act(cand, trig)  # 'would be willing to reopen the port if Y pays': an offer on a condition
    if cand is not None and framing_verb(trig) is not None:
        return None  # 'could have signalled it by rebuffing questions', 'what steps X may take to begin cooperating'
    found = _modal_verb(trig) if cand is not None else None
    if found is None:
        return cand
    verb, modal = found
    if modal == WEIGHING and cand["event_type"] not in HOSTILE_TYPES:
        return cand  # ('the council considered the proposal': the deliberation itself, read by the lexicon)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not _doer(subj, cand, {m["idx"]: m for m in ctx.mentions}):
        return cand  # 'Peru could face sanctions, Chile warned': the speaker's threat
    speech = speech_verb(verb)
    if _own(ctx, subj, speech, actor_of):
        etype = cand["event_type"]
        if etype in CONDITIONAL_THREATS:
            mode = threat_mode(etype, cand.get("event_mode"))
            return {**cand, "event_type": "THREATEN", "event_mode": mode, "event_status": "occurred"}
        return cand
    if speech is None and (modal not in {UNSAID_GUESS, WEIGHING} or cand["event_type"] not in HOSTILE_TYPES):
        return cand  # (read by the hypothetical frame; a meeting that may take place is planned)
    return None
