"""Objects the parser glued onto the time phrase after them: in 'slammed President Trump Tuesday night' the small
model hangs 'Trump' as a compound of 'night', an adverbial of the verb, so the verb seems to have no object and the
one criticised, met or called is lost. A name right after a verb that has no object of its own, hung as a compound
on a date or time adverbial of that verb, is re-hung as the verb's direct object (the parse itself is repaired, so
every rule reading the verb's object sees it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import sentence_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: entity labels of a time phrase ('Tuesday night', 'Friday morning')
TIME_LABELS = {"DATE", "TIME"}
#: dependencies of a verb's own object
OBJECT_DEPS = {"dobj", "obj"}


def glued_name(adverbial: Token) -> Token | None:
    """The head word of a name glued onto a time adverbial of a verb, standing right after that verb with no
    object of its own; None when there is none."""
    verb = adverbial.head
    if adverbial.dep_ != "npadvmod" or adverbial.ent_type_ not in TIME_LABELS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return None
    for c in adverbial.lefts:
        if (
            c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and c.ent_type_
            and c.ent_type_ not in TIME_LABELS
            and c.left_edge.i == verb.i + 1
        ):
            return c
    return None


def repair(doc: Doc) -> None:
    """Re-hang every glued name of ``doc`` as its verb's direct object (in place; idempotent)."""
    for tok in doc:
        name = glued_name(tok)
        if name is not None:
            name.head = tok.head
            name.dep_ = "dobj"
            sentence_index.changed(doc)  # (spaCy sets the sentence starts again with a head)
