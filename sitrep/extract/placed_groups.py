"""Groups that are no organ of a state: whom an event credits for them.

A group of people ('Ruritanian voters') and a non-state armed group acted on where it is, its country given only by
its place ('sent weapons to rebel groups in Ruritania', 'killed militants in the north of Ruritania'), are not
their state: the event keeps the group with that country and does not credit the state, which is no party (it is
where the rebels are, and often the side they fight). A demonym ('Ruritanian rebels') and a group that acts from
its country ('pirates in Somalia hijacked a tanker') still credit the country as well, as a coder may write such a
group by its country (``NONSTATE_OWN_GROUPS``). The
group phrase marks the first kind ``placed`` (``event_arg_groups.group_actor``)."""

from __future__ import annotations

from sitrep.extract.event_arg_phrases import NONSTATE_OWN_GROUPS, PEOPLE_TYPE

#: bodies of the agents file's business, school and health sectors named as recipients (``agent_groups.tsv`` 'target'
#: rows): 'appealed to the company' is no act on its state. (The press and churches still credit their country: an
#: attack on a mosque is coded on its state, as the unseen collections' coders do.)
NONSTATE_BODIES = frozenset({"business", "education", "health"})


def stateless(part: dict) -> bool:
    """The participant credits no state for its country: people, or a non-state armed group placed in it."""
    if part.get("named"):
        return False
    if part.get("group_type") == PEOPLE_TYPE or part.get("group") in NONSTATE_BODIES:
        return True
    # acted on where it is ('sent arms to rebels in Syria'); one acting from its country may be coded by it
    return part.get("group") in NONSTATE_OWN_GROUPS and bool(part.get("placed")) and part.get("role") == "target"
