"""A word among the place names of a dateline ('Hebron, occupied West Bank -- ...', which the parser may read as a
verb with the towns as its subject and object) names where the report was filed, as the place's usual name
does: it is no act the sentence reports (a seizure is told by a clause of its own: 'troops occupied the town')."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: entity types of named places
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: the dashes that end a dateline
DASHES = frozenset({"--", "—", "–", "-"})


def place_epithet(trig: Token) -> bool:
    """The trigger stands among the place names before a dateline's dash at the start of its sentence."""
    sent = trig.sent
    dash = next((t for t in sent if t.text in DASHES), None)
    if dash is None or dash.i <= trig.i:
        return False
    before = [t for t in sent if t.i < dash.i and t.i != trig.i]
    return bool(before) and all(t.ent_type_ in PLACE_ENTS or t.is_punct for t in before)
