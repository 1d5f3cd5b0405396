"""Who is asked to act in a call for an act named by a noun with its doer ('called for an investigation by the
United Nations', 'appealed for a ruling by the supreme court'): the noun's 'by' phrase names the one asked, the
request's target (PLOVER REQUEST: the recipient is whoever is asked to act). The direct object of a demand
('demanded an inquiry by parliament') is read with its phrases already; this reads the 'for' phrase of a call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_clauses import event_noun, prep_objects
from sitrep.extract.event_arg_phrases import np_actors

if TYPE_CHECKING:
    from spacy.tokens import Token

#: categories of a call for an act
ASKING_TYPES = {"REQUEST"}


def asked_agents(mention_of: Callable[[Token], dict | None], verb: Token, plover: str, targets: list[dict]) -> None:
    """Add to ``targets`` the actors of the 'by' phrase of an event noun the verb calls 'for'."""
    if plover not in ASKING_TYPES or verb.pos_ not in {"VERB", "AUX"}:
        return
    for noun in prep_objects(verb, {"for"}):
        if not event_noun(noun):
            continue
        for m in (m for agent in prep_objects(noun, {"by"}) for m in np_actors(mention_of, agent)):
            if m not in targets:
                targets.append(m)
