"""An act done on the ground that a story tells more than once on one day happened where one telling states its
city: 'Russia's FSB said it had detained a reporter' (filed from Riga) and, later, 'the foreign national was
detained in Yekaterinburg'; 'Libyan forces regained control of the ports of Ras Lanuf' and 'they finally managed
to retake the two terminals'. A telling with no city of its own (no place, a country only, or a place borrowed
from the dateline or the discourse) takes the one city the article's tellings of that type and day state in
their own sentence, when that city lies in the country it has (if any) and in a country of one of its parties
(when any is known: 'Belarusian police detained activists in Minsk' places no arrest by Russia's FSB). Statements
and measures are left alone: two states accuse each other on one day from their own capitals.

An attack or an arrest whose doer's country is known borrows no city (a dateline's, the discourse's) of a country
none of its parties belongs to ('RIGA, Latvia - Russia's FSB detained a reporter. Latvia protested': not in Riga).
One left with no place whose known parties all belong to one country took place in the one city of that country
the article names ('Police detained fifty protesters' in a story naming only Minsk in Belarus)."""

from __future__ import annotations

from sitrep.extract import places
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_places import AREA_WORDS
from sitrep.extract.party_homes import party_country

#: acts done on the ground at one scene: an attack, an arrest or a raid, a protest
SCENE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
#: the fields of a candidate's place
PLACE_FIELDS = (
    "location_name",
    "location_written",
    "location_country_iso3",
    "latitude",
    "longitude",
)


def _states_city(c: dict) -> bool:
    """The candidate's own sentence places it in a city or a town (not a region or a country)."""
    if c.get("place_source") != "sentence" or not c.get("location_country_iso3"):
        return False
    if c.get("latitude") is not None:
        return True
    written = c.get("location_written") or ""
    return bool(written) and written.split()[-1].lower() not in AREA_WORDS and not places.region_place(written)


def _key(c: dict) -> tuple[str, str] | None:
    """(type, day) of a dated act done on the ground that happened, else None."""
    if c["event_type"] not in SCENE_TYPES or c.get("event_status") != "occurred":
        return None
    if not c.get("event_date") or c.get("date_precision") != "day":
        return None
    return c["event_type"], c["event_date"]


def _party_countries(ctx: EventContext, c: dict, roles: frozenset[str] = frozenset()) -> set[str]:
    """The countries the candidate's parties (those in ``roles``, else all) are known to belong to."""
    by_idx = ctx.memo.setdefault("told_scenes.mentions", {m["idx"]: m for m in ctx.mentions})
    found = set()
    for p in c["participants"]:
        if roles and p["role"] not in roles:
            continue
        m = by_idx.get(p.get("mention_idx")) if p.get("mention_idx") is not None else None
        found.add(p.get("country_iso3") or (party_country(ctx, m) if m else None))
    return found - {None}


#: acts of force a party's own country hosts: an attack or an arrest borrows no city of a country none of its
#: parties belongs to ('GENEVA - ... the city had been taken after heavy clashes between ISIS and the regime
#: forces': not in Geneva; 'RIGA - Russia's FSB detained a reporter': not in Latvia)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
#: the place source of a city inferred from the story (another telling's, the parties' country's one city): like a
#: dateline it keeps no reports apart in the merge (``event_merge``); it ranks with the discourse's
STORY = "story"
#: place sources that only borrow a place: the dateline, the discourse and the story
BORROWED = frozenset({"dateline", "discourse", "story"})


def _drop_foreign_borrowed(ctx: EventContext, c: dict) -> None:
    """Clear a borrowed place of an act of force whose doer's country is known, when it lies in a country none of
    its known parties belongs to."""
    if c["event_type"] not in FORCE_TYPES or c.get("place_source") not in BORROWED:
        return
    doers = _party_countries(ctx, c, frozenset({"source"}))
    if doers and c.get("location_country_iso3") not in _party_countries(ctx, c):
        c.update({f: None for f in PLACE_FIELDS})
        c["place_source"] = None


def place_told_scenes(ctx: EventContext, cands: list[dict]) -> None:
    """Give the article's tellings of an act without a city of their own the one city its other tellings of the
    same type and day state (see the module doc); in place."""
    stated: dict[tuple[str, str], dict[str, dict]] = {}
    for c in cands:
        if (key := _key(c)) and _states_city(c):
            stated.setdefault(key, {})[c.get("location_written") or c["location_name"]] = c
    for c in cands:
        key = _key(c)
        cities = stated.get(key) if key else None
        if not cities or len(cities) != 1 or _states_city(c):
            continue
        site = next(iter(cities.values()))
        own = c.get("location_country_iso3") if c.get("place_source") == "sentence" else None
        if own and own != site["location_country_iso3"]:
            continue  # placed in another country by its own sentence: another scene
        if (homes := _party_countries(ctx, c)) and site["location_country_iso3"] not in homes:
            continue  # its parties are of other countries: another scene
        c.update({f: site.get(f) for f in PLACE_FIELDS})
        c["place_source"] = "sentence" if own else STORY
    for c in cands:
        _drop_foreign_borrowed(ctx, c)
        _home_city(ctx, c)


def _home_city(ctx: EventContext, c: dict) -> None:
    """An act done on the ground with no place, whose known parties all belong to one country, took place in the
    one city of that country the article names ('Police detained fifty protesters' in a story naming only Minsk in
    Belarus)."""
    if c["event_type"] not in SCENE_TYPES or c.get("location_country_iso3") or c.get("event_status") != "occurred":
        return
    homes = _party_countries(ctx, c)
    if len(homes) != 1:
        return
    iso3 = homes.pop()
    cities = {p["location_name"]: p for p in ctx.doc_cities if p["location_country_iso3"] == iso3}
    if len(cities) == 1:
        city = next(iter(cities.values()))
        c.update({f: city.get(f.replace("location_written", "written")) for f in PLACE_FIELDS})
        c["place_source"] = STORY
