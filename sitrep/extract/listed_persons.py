"""A name the model labels a place or an organisation that the actor dictionary lists as a person only: 'the
Erdogan government', where the model reads 'Erdogan' as a place. The dictionary's reading wins over the label,
so the leader is resolved and carries his state's country (``resolution._relabel_persons``)."""

from __future__ import annotations

from sitrep.extract.actor_dictionary import actor_table
from sitrep.extract.gazetteer import fold


def listed_person(name: str) -> bool:
    """The dictionary lists ``name`` (a full name or alias), and lists it as no organisation."""
    readings = actor_table().get(fold(name), ())
    return bool(readings) and all(r.kind == "person" for r in readings)
