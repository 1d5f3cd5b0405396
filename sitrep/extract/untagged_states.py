"""A country the NER model left untagged is the same state as where it was tagged.

``event_arg_groups.unnamed_country`` turns a country or capital name the model did not tag ('Chile again demanded
...' after a tagged 'Chile demanded ...') into a pseudo-mention: a named group of label GPE with the state's ISO3
code. Who a participant row stands for (``event_anaphora._key``) keys a tagged country as its state, so the
untagged one is that state too: 'Chile demanded that Peru withdraw its troops. Chile again demanded a withdrawal.'
is asked of Peru again, as it would be with a tagged name (``event_addressees``: the speaker's last act). A group of
people of a state ('Chilean officials', label NORP) stays a group.
"""

from __future__ import annotations

#: the label of a pseudo-mention of an untagged country or capital name
STATE_LABEL = "GPE"


def untagged_state(row: dict) -> tuple[str, str] | None:
    """('state', ISO3) for a participant row of a country or capital name the NER model left untagged, else None."""
    if row.get("group_type") != STATE_LABEL or not row.get("named") or not row.get("country_iso3"):
        return None
    return ("state", row["country_iso3"])
