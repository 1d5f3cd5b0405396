"""The place of a merged event: what its reports state, else where its acting state acts; a call has no venue.

Reads a cluster of candidates (``event_merge``): its type, its members' candidates and home countries, and the
place its reports state (``place()``, the best place source first; the articles vote when they disagree on the
country: ``place_votes``).
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol

from sitrep.extract import government_seats, places
from sitrep.extract.merged_roles import merged_roles
from sitrep.extract.place_votes import voted_place
from sitrep.extract.sea_places import AT_SEA, sea_of
from sitrep.extract.story_cities import PRAISE_FROM_HOME, praised, reporter_abroad


class Cluster(Protocol):
    """What the place rules read of a cluster of candidates."""

    members: list

    @property
    def etype(self) -> str: ...

    def place(self) -> dict | None: ...


#: meetings: the reporter is usually where they take place, so a dateline places them
MEETINGS = frozenset({"CONSULT"})
#: statements and measures a state makes at home (a demand, an accusation, an expulsion)
ACTS_FROM_HOME = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"})
#: acts done on the target's ground: an attack hits, and aid reaches, the target's country
ON_TARGET_GROUND = frozenset({"ASSAULT", "AID"})


def _states_in_role(c: Cluster, roles: dict[str, Counter], country_of: dict[str, str], role: str) -> set[str]:
    """The states the merged event gives ``role``: the role its reports vote for (``merged_roles``), not any role
    one report gives ('the two officials condemned the launch' read with the target state as a doer does not make
    it a second acting state)."""
    return {country_of[eid] for eid, r in merged_roles(c, roles).items() if eid in country_of and r == role}


def _acting_state_place(c: Cluster, roles: dict[str, Counter], country_of: dict[str, str]) -> dict | None:
    """An event whose text names no place happened where the one state that acts in it acts: 'France
    demanded ...', 'Ruritania expelled a diplomat' took place in that country (its city unknown). An attack
    or an aid delivery happens on its target's ground ('shells fell on Ruritania', 'aid reached Ruritanians'):
    the one target state first. None when no state or several states fill the role."""
    if c.etype in ON_TARGET_GROUND:
        targets = _states_in_role(c, roles, country_of, "target")
        if len(targets) == 1:
            return places.country_place(targets.pop())
    states = _states_in_role(c, roles, country_of, "source")
    return places.country_place(states.pop()) if len(states) == 1 else None


def _target_ground(c: Cluster, roles: dict[str, Counter], country_of: dict[str, str]) -> bool:
    """An attack or aid delivery with one target state: it happened on that state's ground, not where a report
    filed from the attacker's side ('KYIV - shells fell on a Ruritanian town overnight') puts it."""
    return c.etype in ON_TARGET_GROUND and len(_states_in_role(c, roles, country_of, "target")) == 1


#: (type, mode) of an act done on the acting state's own ground: a weapons test (one held abroad is stated)
HOME_GROUND_ACTS = frozenset({("MOBILIZE", "weapons")})


def _home_ground(c: Cluster) -> bool:
    """A show of weapons ('X test-fired a missile', 'claimed success in testing an engine') took place in the
    testing state, not where the report placed the story before ('Tillerson met Wang in Beijing. The talks came
    hours after North Korea tested ...')."""
    return all((c.etype, m.cand.get("event_mode")) in HOME_GROUND_ACTS for m in c.members)


def _home_place(c: Cluster) -> dict | None:
    """A statement or measure whose sources are persons or bodies of one country (no state among them):
    'the Ruritanian army chief warned ...' was said where he acts, in his country. A protest whose protesters
    are of one country ('Ruritanian students marched against ...') took place in their country."""
    if c.etype not in ACTS_FROM_HOME | AT_PROTESTERS_HOME | PRAISE_FROM_HOME:
        return None
    homes = set().union(*(m.home for m in c.members))
    if not homes and c.etype in AT_PROTESTERS_HOME:
        homes = set().union(*(m.state_sides[0] for m in c.members))
    return places.country_place(homes.pop()) if len(homes) == 1 else None


#: a protest takes place where its protesters live, unless a report names another place
AT_PROTESTERS_HOME = frozenset({"PROTEST"})


def _domestic_place(roles: dict[str, Counter], party_country: dict[str, str]) -> dict | None:
    """A happening between compatriots only ('the labour minister met the miners' union leaders', 'the
    president and the speaker agreed ...') took place in their country (its city unknown): every party
    resolved to one and the same country, at least two parties."""
    if len(roles) < 2:
        return None
    homes = {party_country.get(eid) for eid in roles}
    return places.country_place(homes.pop()) if len(homes) == 1 and None not in homes else None


def event_place(
    c: Cluster, roles: dict[str, Counter], country_of: dict[str, str], party_country: dict[str, str] | None = None
) -> dict | None:
    """The place the reports state; else the acting state's; else, between compatriots, their country. A
    statement or measure placed only by the dateline of a report filed abroad ('SEOUL - Ruritania expelled
    ...') happened where its one acting state acts, not where the reporter was. ``party_country``: entity id ->
    country of every resolved party (states and persons)."""
    place = sea_of([m.cand for m in c.members], voted_place(c, roles, party_country or {}))
    if place and place.get("place_source") == AT_SEA:
        return place  # 'sent two warships to the Black Sea': at sea, not in the sending state
    if c.etype in SAID_BY_PHONE and any(m.cand.get("event_mode") == "phone" for m in c.members):
        # a call has no venue: only a place its own sentence states ('called from Paris') stands
        return place if place and place.get("place_source") == "sentence" else None
    acting = _acting_state_place(c, roles, country_of) or _home_place(c)
    if (
        place
        and acting
        and place.get("place_source") in BORROWED_PLACES
        and (c.etype in ACTS_FROM_HOME or _target_ground(c, roles, country_of) or _home_ground(c) or praised(c, place))
        and place["location_country_iso3"] != acting["location_country_iso3"]
    ):
        return _city_of_state(c, acting)
    if abroad := reporter_abroad(c, place, roles, party_country or {}):
        return _city_of_state(c, abroad)  # 'BEIJING - Ruritania praised ...': not where the act was
    return place or acting or _domestic_place(roles, party_country or {})


#: what can be done in a call: talks, and what is said in them (a demand, a warning, a promise)
SAID_BY_PHONE = MEETINGS | ACTS_FROM_HOME - {"SANCTION"} | {"AGREE", "SUPPORT", "CONSULT"}
#: places an event only borrows: the dateline (where the report was filed) and the discourse (the place of the
#: event told before): 'Leaders met in Abuja. Niger's junta warned them ...' was not said in Abuja
BORROWED_PLACES = frozenset({"dateline", "discourse", "story"})


def _city_of_state(c: Cluster, state: dict) -> dict:
    """The acting state's place made specific: a city in that country some report of the event gives
    (a dateline there: 'OTTAWA - Canada expelled ...'), else the country."""
    iso3 = state["location_country_iso3"]
    cities = [
        m.cand for m in c.members if m.cand.get("location_country_iso3") == iso3 and m.cand.get("latitude") is not None
    ]
    if not cities:
        return state
    name = Counter(p["location_name"] for p in cities).most_common(1)[0][0]
    return next(p for p in cities if p["location_name"] == name)


#: what a government says or decides as a state: a statement, a demand, a measure, a promise, talks it holds, a
#: step back. Not what happens on the ground (an attack, a protest, an arrest, a deployment, aid): that takes
#: place anywhere in the country, not at its seat
SEAT_ACTS = ACTS_FROM_HOME | {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "CONCEDE", "RETREAT"}


def seat_of_government(
    c: Cluster, place: dict | None, roles: dict[str, Counter], country_of: dict[str, str]
) -> dict | None:
    """A state's act placed only in its own country ('Ruritania expelled two envoys', 'the Ruritanian foreign
    ministry protested') was said or decided at its seat of government: the country's capital. Only when the
    country is that of a source (the acting state itself, or the home of its acting officials and bodies) and
    the act is one a government makes as a state (``SEAT_ACTS``); a place with a city of its own stands. The seat
    is the city the government sits in (``government_seats``: La Paz, not Sucre)."""
    if not place or place.get("latitude") is not None or place.get("location_written") or c.etype not in SEAT_ACTS:
        return place  # a city, or a region the text names ('in Florida'), stands
    iso3 = place["location_country_iso3"]
    acting = _states_in_role(c, roles, country_of, "source") | set().union(*(m.home for m in c.members))
    seat = government_seats.seat_of_government(iso3) if iso3 in acting else None
    return {**seat, "place_source": place.get("place_source")} if seat else place
