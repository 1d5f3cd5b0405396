"""A view held, no agreement: a verb of agreeing in the simple present with nothing agreed to ('One of the
negotiators agrees.', 'The professor agrees with the minister'). PLOVER AGREE is an agreement to act, a promise or
an offer; sharing an opinion is none. An act agreed to ('agrees to meet'), a thing or a matter agreed ('agree on a
ceasefire', 'agreed a deal'), a clause of what is agreed ('agree that talks will resume'), a past or perfect form and
an auxiliary ('will agree', 'does agree') keep the event. The verbs are ``data/held_views.tsv``. Read by
``event_senses.sense_type``: no event."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_triggers import verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: tags of the simple present
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: links that name what is agreed to: an act, a thing, a clause of what is agreed
AGREED_LINKS = frozenset({"xcomp", "ccomp", "dobj", "obj", "advcl", "conj", "aux", "auxpass"})
#: prepositions of what is agreed ('agree on', 'agree to', 'agree upon', 'agree over'); 'with' names whom one sides with
AGREED_PREPS = frozenset({"on", "to", "upon", "over", "about", "in"})


@lru_cache(maxsize=1)
def _rows() -> frozenset[tuple[str, str]]:
    return frozenset((r["lemma"], r["plover"]) for r in read_tsv("held_views.tsv"))


def held_view(trig: Token, etype: str) -> bool:
    """The trigger is a verb of agreeing in the simple present with nothing agreed to."""
    if trig.tag_ not in PRESENT_TAGS or (verb_lemma(trig), etype) not in _rows():
        return False
    for child in trig.children:
        if child.dep_ in AGREED_LINKS or child.dep_ == "neg":
            return False
        if child.dep_ == "prep" and child.lower_ in AGREED_PREPS:
            return False
    return True
