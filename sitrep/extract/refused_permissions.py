"""A permission refused: 'Hungary will not allow migrants to cross its border', 'Israel did not allow the inspectors
to enter' is a refusal (PLOVER REJECT: CAMEO 1245 'decline to allow', 124 'decline to yield'); 'China will not
tolerate any interference' is a warning of what it would do (PLOVER THREATEN, CAMEO 130). The verbs of permitting
or bearing are CAMEO's ALLOW block, whose catch-all code (080, yield) codes nothing on its own, so their negation
coded nothing either. Vocabulary in ``data/refused_permissions.tsv``: a verb, the category of its negation and
whether that needs a future or present tense ('will not tolerate' warns; 'did not tolerate dissent' tells a
practice). Read by ``clause_readings``: the trigger reads the verb as yielding (CONCEDE) with its negation's
category, so ``event_triggers.coded_type`` codes it only when negated, as it does 'did not accept'."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: a tense that tells a stance or a warning: a future or present auxiliary ('will not', 'would not', 'does not')
STANCE_AUX = frozenset({"will", "would", "'ll", "wo", "shall", "does", "do", "can", "ca", "cannot"})
#: the verb's argument that is the thing not allowed (an object or an infinitive clause)
OBJECT_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, tuple[str, bool]]:
    return {r["verb"]: (r["plover"], r["tense"] == "stance") for r in read_tsv("refused_permissions.tsv")}


def read(tok: Token):
    """The trigger of a refused permission on this verb, or None: a listed verb, negated ('not', 'never'), with a
    subject and an object or clause, in a stance tense where the row asks for one."""
    if tok.pos_ != "VERB" or _lemma(tok) not in vocab():
        return None
    plover, stance = vocab()[_lemma(tok)]
    kids = list(tok.children)
    if not any(c.dep_ == "neg" for c in kids):
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids) or not any(c.dep_ in OBJECT_DEPS for c in kids):
        return None
    if stance and not any(c.dep_ == "aux" and c.lower_ in STANCE_AUX for c in kids):
        return None

    obj = next((c for c in kids if c.dep_ in {"dobj", "obj"}), None)
    return Trigger(tok, Reading("CONCEDE", None, "", False, plover, "curated"), obj)


#: the lexicon's readings of a permitting verb that its refusal replaces ('allowed the inspectors in': RETREAT access)
YIELDING = frozenset({"RETREAT", "CONCEDE"})


def over(current, refused):
    """The refusal over the verb's lexicon reading when that one is a yielding (a negated 'allowed the inspectors
    in' is a refusal of access, CAMEO 1245, not a denied RETREAT); any other reading stays."""
    if current is None or (current.reading.plover in YIELDING and current.reading.negated is None):
        return refused
    return current
