"""The venue of a day's acts: what the parties to a meeting or an agreement said or decided that day, with no
place of its own, was said or decided where they met.

'Leaders of the bloc met in Abuja on Sunday. They gave the junta a week ...' and another report's 'the bloc
threatened the use of force' both tell an ultimatum set at the Abuja summit; 'the two states agreed in Kuala
Lumpur ...' places the talks that led to the agreement. The venue is a city one report's own sentence states
for a meeting or an agreement of the same story and day that a source of the act took part in (a dateline, the
discourse or the acting state's country say where a report was filed, not where the parties met). An attack,
an aid delivery or a deployment happens elsewhere (on the target's ground), and a call has no venue.
"""

from __future__ import annotations

from dataclasses import dataclass

#: events that take place where their parties meet
VENUE_EVENTS = frozenset({"CONSULT", "AGREE"})
#: what parties to a meeting do there: talk, agree, promise, demand, warn, reject, accuse, sanction
SAID_AT_VENUE = frozenset(
    {"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "SANCTION"}
)


@dataclass
class Happening:
    """What the venue rule reads of one merged event."""

    etype: str
    status: str
    date: str | None
    precision: str | None
    stories: set[str]
    sources: set[str]
    parties: set[str]  # every participant (sources, targets, hosts)
    place: dict | None
    stated_city: dict | None  # a city a report's own sentence gives it (place_source 'sentence')
    phone: bool = False


def _is_venue(v: Happening) -> bool:
    return v.etype in VENUE_EVENTS and v.status == "occurred" and v.stated_city is not None and not v.phone


def _is_said_there(v: Happening) -> bool:
    """An act said or decided at a city its own sentence names ('In a joint statement with Trump at Mar-a-Lago
    in Palm Beach, Abe called the launch intolerable'): its speakers' other acts of that day were said there too.
    The city must be written in the sentence: one read from a people or an office ('called on the US agencies')
    says nothing of where the speaker was."""
    if v.etype not in SAID_AT_VENUE or v.status != "occurred" or v.stated_city is None or v.phone:
        return False
    city, sentence = v.stated_city, v.stated_city.get("sentence") or ""
    return any(name and name in sentence for name in (city.get("location_written"), city.get("location_name")))


#: where a place was only borrowed: the dateline (where a report was filed) and the discourse (the last act's)
BORROWED = frozenset({"dateline", "discourse", "story"})


def _fits(v: Happening, h: Happening, states: set[str]) -> bool:
    """The venue ``v`` may place ``h``: a meeting or agreement ``h``'s source took part in, lying in the country
    ``h`` already has (a statement placed in its acting state stays there: 'Leaders met in Lima. Chile warned
    ...'); or a same-day act of one of ``h``'s own sources, lying in any country the reports do not contradict
    (one only borrowed from a dateline or the discourse, or the acting state's country the merge fell back on,
    does not: the speaker's own act says where the speaker was). A state shared as a source is no shared speaker
    (``states``: its entity ids): it speaks through many people in many places."""
    country = v.stated_city["location_country_iso3"]
    if _is_venue(v):
        return bool(v.parties & h.sources) and (h.place is None or h.place["location_country_iso3"] == country)
    stated = h.place["location_country_iso3"] if h.place and h.place.get("place_source") == "sentence" else None
    return bool((v.sources & h.sources) - states) and stated in (None, country)


def _needs_venue(h: Happening) -> bool:
    """An act said or decided with no city of its own (no place, or only a country)."""
    return (
        h.etype in SAID_AT_VENUE
        and not h.phone
        and h.date is not None
        and h.precision == "day"
        and (h.place is None or h.place.get("latitude") is None or h.place.get("place_source") in BORROWED)
    )


def venue_places(happenings: list[Happening], states: set[str] | None = None) -> list[dict | None]:
    """Each happening's place, with the one venue of its story's same-day meeting or agreement filled in where
    it states no city (or only borrows one): a source of it must be a party to the venue's event, the venue must
    lie in the country a report states for it (if any), and be the only such city. A same-day act of one of its
    sources that states its own city is such a venue too ('Trump and Abe urged North Korea ...' and 'in a joint
    statement with Trump at Mar-a-Lago in Palm Beach, Abe called the launch intolerable'). ``states``: the entity
    ids of states."""
    venues = [v for v in happenings if _is_venue(v) or _is_said_there(v)]
    out = []
    for h in happenings:
        place = h.place
        if _needs_venue(h) and h.sources:
            cities = {
                v.stated_city["location_name"]: v.stated_city
                for v in venues
                if v is not h and v.date == h.date and v.stories & h.stories and _fits(v, h, states or set())
            }
            if len(cities) == 1:
                place = next(iter(cities.values()))
        out.append(place)
    return out
