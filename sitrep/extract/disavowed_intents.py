"""An act of giving or meeting disavowed in a said clause: 'Chile said there was no question of negotiating with
Peru', 'said it had no intention of returning the islands to Peru'. A noun of intent (kind ``noun`` of
``data/disavowed_intents.tsv``) with 'no', the object or attribute of the said clause's verb, on which an act hangs
(an infinitive, or a gerund after 'of' / 'in') that the lexicon codes as one of giving or meeting (kind ``act``:
AGREE, CONSULT, RETREAT, ...), is the speaker's refusal of that act (PLOVER REJECT, 'refuse to'): the verb of saying
is the trigger (the speaker its source), the act its object (whose party is the target); the act did not happen
and, governed by the refusal, is not coded. A hostile act disavowed the same way (kind ``void``: 'had no intention
of recalling its ambassador', 'no plans to expel the diplomats') did not happen either and is no refusal of
anything offered: it codes nothing (``disavowed``). Read by ``clause_readings``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon
from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions that carry a gerund act on the noun ('no intention of paying', 'no interest in meeting')
ACT_PREPS = frozenset({"of", "in"})
#: links of the noun to the said clause's verb ('had no intention', 'there was no question')
NOUN_DEPS = frozenset({"dobj", "obj", "attr"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    rows = read_tsv("disavowed_intents.tsv")
    return {k: frozenset(r["lemma"] for r in rows if r["kind"] == k) for k in ("noun", "act", "void")}


def read(tok: Token):
    """A REJECT trigger on the verb of saying whose said clause has a noun of intent with 'no' ('had no intention',
    'there was no question') whose act the lexicon codes as one of giving or meeting."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in vocab()["noun"] or tok.dep_ not in NOUN_DEPS:
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or not quote_lexicon.tells_clause(clause.head):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return None
    acts = [c for c in tok.children if c.dep_ == "acl"]
    acts += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ACT_PREPS for g in p.children]
    from sitrep.extract.event_triggers import read_verb  # (event_triggers reads this module)

    read_acts = [t for a in acts if a.pos_ == "VERB" and (t := read_verb(a)) is not None]
    refused = next((t for t in read_acts if t.reading.plover in vocab()["act"]), None)
    if refused is None:
        return None
    return Trigger(clause.head, Reading("REJECT", None, "", origin="curated"), refused.token)


def disavowed(trig) -> bool:
    """A trigger of a hostile act (kind ``void``) that hangs on a noun of intent with 'no' ('had no intention of
    recalling its ambassador', 'has no plans to expel the diplomats', 'there is no question of arresting him')."""
    act = trig.token
    if trig.reading.plover not in vocab()["void"] or act.pos_ != "VERB":
        return False
    noun = act.head
    if act.dep_ == "pcomp" and act.head.lower_ in ACT_PREPS and act.head.dep_ == "prep":
        noun = act.head.head
    elif act.dep_ != "acl":
        return False
    return (
        noun.pos_ == "NOUN"
        and _lemma(noun) in vocab()["noun"]
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    )
