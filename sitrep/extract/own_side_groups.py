"""A non-state group acted on by a named actor of its own country stays its own actor, not the state.

A group with a country is credited to that country's entity when the article names it ('Ruritanian lawmakers
criticised X': Ruritania). When the source is a named person, body or state of that same country ('Senator Ana Ruiz
briefed lawmakers', 'the minister blamed the media', 'the attorney general appealed to a court'), crediting the
group to the state would code the source's own state as the target: the event would read as done to the acting
party's own side. The group then keeps its own entity ('legislators (RUR)', 'media (RUR)'), as
``event_merge._clashing_countries`` keeps a group against a group of its own country. Only the groups of
``data/own_side_groups.tsv`` (legislators, courts, the opposition, the media) do: a state's organs ('the opposition
leader denounced the government' is done to Ruritania), armed groups and criminals ('pirates in X') and places of
worship (an attack on a mosque) still credit their state, as coders write them; and only against a named person or
body (a state or a people acting on its own group is left to ``_clashing_countries``)."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.extract.data_files import read_tsv

#: the groups kept apart from their state when a named source of their country acts on them
OWN_SIDE_GROUPS = frozenset(r["group"] for r in read_tsv("own_side_groups.tsv"))
#: entity labels of a named source that is a person or a body (not a state, nor a people)
NAMED_LABELS = frozenset({"PERSON", "ORG"})


def own_side_groups(participants: list[dict], named_country: Callable[[dict], str | None]) -> set[tuple[str, str]]:
    """(country, group) of the candidate's non-state target groups whose country is that of a named source;
    ``named_country`` gives a named person's or body's country from its mention or resolved entity (None: none, or
    a state or a people)."""
    homes = {
        iso
        for p in participants
        if p["role"] == "source" and p.get("mention_idx") is not None and (iso := named_country(p))
    }
    return {
        (p["country_iso3"], p["group"])
        for p in participants
        if p["role"] == "target"
        and p.get("group")
        and not p.get("named")
        and p.get("country_iso3") in homes
        and p["group"] in OWN_SIDE_GROUPS
    }
