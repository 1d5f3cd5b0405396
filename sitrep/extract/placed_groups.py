"""Groups that are no organ of a state: whom an event credits for them.

A group of people ('Ruritanian voters') and a non-state armed group whose country only its place gives ('rebel
groups in Ruritania', 'militants in the north of Ruritania') are not their state: the event keeps the group with
that country and does not credit the state, which is no party ('sent weapons to rebel groups in Syria' gives
Syria nothing; it is where the rebels are, and often the side they fight). A demonym ('Ruritanian rebels') still
credits the country as well, as a coder may write such a group by its country (``NONSTATE_OWN_GROUPS``). The
group phrase marks the first kind ``placed`` (``event_arg_groups.group_actor``)."""

from __future__ import annotations

from sitrep.extract.event_arg_phrases import NONSTATE_OWN_GROUPS, PEOPLE_TYPE


def stateless(part: dict) -> bool:
    """The participant credits no state for its country: people, or a non-state armed group placed in it."""
    if part.get("named"):
        return False
    return part.get("group_type") == PEOPLE_TYPE or (part.get("group") in NONSTATE_OWN_GROUPS and part.get("placed"))
