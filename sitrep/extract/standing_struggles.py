"""A struggle told as what a noun is engaged in, in a relative clause of the present progressive ('countries which
are all fighting militant Islam', 'the White House, which is fighting in court to reinstate the ban'): it describes
the noun's standing conflict, no act of the report (the simple present, 'a group that fights the regime', is read
by ``frame_clauses.describing_relative``). The verbs are ``data/standing_struggles.tsv``; a date in the clause
('which is fighting the army this week') keeps the act. Read by ``event_senses.sense_type``: no event."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_triggers import verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: present forms of 'be' that make a progressive of the present
PRESENT_BE = {"is", "are", "am", "'re", "'s"}
TIME_ENTS = {"DATE", "TIME"}


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    return frozenset(r["lemma"] for r in read_tsv("standing_struggles.tsv"))


def standing_struggle(trig: Token) -> bool:
    """The trigger is a verb of struggle heading a present progressive relative clause on a noun."""
    if trig.dep_ != "relcl" or trig.tag_ != "VBG" or verb_lemma(trig) not in verbs():
        return False
    if trig.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in trig.children):
        return False
    return not any(t.ent_type_ in TIME_ENTS for t in trig.subtree)
