"""A non-state group acted on by a named actor of its own country stays its own actor, not the state.

A group with a country is credited to that country's entity when the article names it ('Ruritanian lawmakers
criticised X': Ruritania). When the source is a named person, body or state of that same country ('Senator Ana Ruiz
briefed lawmakers', 'the minister blamed the media', 'the attorney general appealed to a court'), crediting the
group to the state would code the source's own state as the target: the event would read as done to the acting
party's own side. The group then keeps its own entity ('legislators (RUR)', 'media (RUR)'), as
``event_merge._clashing_countries`` keeps a group against a group of its own country. A state's own organs
(government, military, police: ``party_groups.STATE_GROUPS``) still credit the state ('the opposition leader
denounced the government' is done to Ruritania)."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.extract.party_groups import STATE_GROUPS


def own_side_groups(participants: list[dict], named_country: Callable[[dict], str | None]) -> set[tuple[str, str]]:
    """(country, group) of the candidate's non-state target groups whose country is that of a named source;
    ``named_country`` gives a participant's country from its name's mention or resolved entity (None: none)."""
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
        and p["group"] not in STATE_GROUPS
    }
