"""Acts told anywhere inside a condition, however deep the trigger stands in it ('Unless the agency requires firms
to provide data before approving a drug, we may never know'; 'faces prison if she is captured, tried and
convicted'): the condition's clause is only supposed, and so is every act it tells. ``event_frames`` reads the
mark of a condition on the trigger's own verb and the one above it; this reads the whole way up to the clause
marked 'if'/'unless'/'whether'/'lest' (``condition_marks`` of ``data/event_frames.json``), not across a relative
clause ('if the deal, which Peru signed last year, collapses': the signing is told as done). Read by
``event_senses.sense_type``: no event of the trigger's category."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how many links up from the trigger a condition is looked for
REACH = 8
#: links that open a clause told in its own right: a condition above it does not cover it
OWN_CLAUSES = {"relcl", "parataxis"}


def marks() -> frozenset[str]:
    """The marks of a condition of ``event_frames`` (imported here: ``event_frames`` reads this module's caller)."""
    from sitrep.extract.event_frames import vocab  # noqa: PLC0415

    return vocab()["condition_marks"]


def inside_condition(trig: Token) -> bool:
    """The trigger stands inside an adverbial clause marked as a condition, or inside the clause of a mark of
    ``conditioned_acts`` ('in case the town is seized', 'provided that X withdraws')."""
    from sitrep.extract.conditioned_acts import within_condition  # noqa: PLC0415 - it reads event_triggers

    if within_condition(trig):
        return True
    cur = trig
    for _ in range(REACH):
        if cur.dep_ in OWN_CLAUSES or cur.head.i == cur.i:
            return False
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks() for c in cur.children):
            return True
        cur = cur.head
    return False
