"""Place resolution: place names and datelines to city / country / coordinates.

Names come from the one gazetteer (:mod:`sitrep.extract.gazetteer`). A place is a dict
``{location_name, location_country_iso3, latitude, longitude, level}`` where ``level`` is "city" or "country";
countries carry no coordinates (a country centroid would look like a precise location on a map).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from sitrep.extract import gazetteer
from sitrep.extract.gazetteer import capital_iso3, country_iso3, demonym_iso3, fold, regional_demonym

__all__ = [
    "capital_iso3",
    "capital_of",
    "country_cue",
    "country_iso3",
    "place_country",
    "country_place",
    "dateline_place",
    "dateline_spans",
    "demonym_iso3",
    "fold",
    "lookup_city",
    "regional_demonym",
    "resolve_place",
]


def country_cue(text: str) -> str | None:
    """The country a word names by its demonym or its name ('Peruvian', 'Peru'), demonym first."""
    return demonym_iso3(text) or country_iso3(text)


def place_country(text: str) -> str | None:
    """ISO-3 of the country a place name resolves to (a country, a capital, a city the gazetteer knows, a state
    or province of one country: 'Helmand', 'North Darfur')."""
    place = resolve_place(text)
    return place["location_country_iso3"] if place else gazetteer.subdivision_iso3(text)


_PLACE_WORDS = re.compile(r"\b(?:airport|palace|house|square|kremlin|hall|hotel|centre|center|base)\b", re.I)


_VENUE_WORDS = re.compile(r"\b(?:summit|forum|conference|congress|expo|games|olympics)\b", re.I)


def _city_inside(text: str) -> dict | None:
    """'Augusto C. Sandino airport in Managua', 'XIII Moscow International Security Summit' -> the city."""
    words = re.findall(r"[A-Z][\w'.-]+", text)
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            city = lookup_city(" ".join(words[i : i + n]), min_pop=100000)
            if city:
                return city
    return None


def display_name(name: str) -> str:
    """House style for city names: 'Saint Petersburg' -> 'St Petersburg' (as most English newsrooms write)."""
    return re.sub(r"^Saint\s+", "St ", name)


def city_place(city: gazetteer.City) -> dict:
    return {
        "location_name": display_name(city.name),
        "location_country_iso3": city.iso3,
        "latitude": city.latitude,
        "longitude": city.longitude,
        "level": "city",
    }


def country_place(iso3: str) -> dict:
    return {
        "location_name": gazetteer.country_label(iso3),
        "location_country_iso3": iso3,
        "latitude": None,
        "longitude": None,
        "level": "country",
    }


def _bare(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


def as_written(place: dict, name: str) -> dict:
    """The city's place keeping the name the text wrote when that is another spelling than the gazetteer's
    ('Kiev' for Kyiv, 'Peking' for Beijing, 'Moenchengladbach'), under ``written``: a report is read, and its
    places named, as the report spells them. Not kept when the gazetteer's name holds the written one ('New
    York' in 'New York City', 'St. Petersburg' = 'St Petersburg'). ``location_name`` stays the gazetteer's, so
    reports spelling a city differently still name the same place."""
    written = " ".join(name.split())
    if written and _bare(written) not in _bare(place["location_name"]):
        place["written"] = written
    return place


def lookup_city(name: str, country: str | None = None, min_pop: int = 15000) -> dict | None:
    """Best city for a name: inside ``country`` when given, else the most populous of that name."""
    found = gazetteer.city(name, country, min_pop)
    return as_written(city_place(found), name) if found else None


#: a namesake this small in a country the article names yields to a capital or a great city of the name abroad
SMALL_NAMESAKE_POPULATION = 100_000


def lookup_city_among(name: str, countries: set[str], min_pop: int = 15000) -> dict | None:
    """The most populous city of that name in any of ``countries`` ('La Paz' in an article naming Argentina and
    Bolivia is Bolivia's seat of government, not the Argentine town). A small town there does not outweigh a
    national capital or a great city of the name elsewhere ('Santiago' in a story naming only Peru is Chile's
    capital, not the Peruvian town)."""
    found = [c for iso3 in sorted(countries) if (c := gazetteer.city(name, iso3, min_pop))]
    if not found:
        return None
    best = max(found, key=lambda c: c.population)
    if best.population < SMALL_NAMESAKE_POPULATION and well_known_city(name):
        best = gazetteer.city(name) or best
    return as_written(city_place(best), name)


def lookup_town_among(name: str, countries: set[str]) -> dict | None:
    """The most populous town of that name (its own or its usual English one: 'Sidi Barrani') in any of
    ``countries``, down to the gazetteer's smallest towns: a small place the article ties to a country it names
    ('talks at Palm Beach' in a story of Americans and Japanese), not a namesake abroad."""
    if country_iso3(name) or gazetteer.region_iso3(name)[0]:
        return None  # a country, a US state or a well-known region ('Florida'), not a namesake town; a province
        # named after its capital ('Jenin', 'Kidal') is read as the town unless an area word follows it
    found = [c for iso3 in sorted(countries) if (c := gazetteer.town(name, iso3))]
    return {**as_written(city_place(max(found, key=lambda c: c.population)), name), "town": True} if found else None


def region_place(name: str) -> dict | None:
    """A state, province or well-known region used as a place ('a summit in Florida', 'clashes in Helmand'):
    its country's place, keeping the region's name as written; None for a country or an unknown name."""
    if country_iso3(name):
        return None
    iso3 = gazetteer.region_iso3(name)[1] or gazetteer.subdivision_iso3(name)
    return {**country_place(iso3), "level": "region", "written": " ".join(name.split())} if iso3 else None


def region_place_among(name: str, countries: set[str]) -> dict | None:
    """A state or province of one of ``countries`` (those the article names) used as a place, though a city
    abroad bears its name ('clashes in Victoria' in a story about Australia: the state, not Hong Kong's Victoria)."""
    if country_iso3(name):
        return None
    iso3 = gazetteer.subdivision_among(name, countries)
    return {**country_place(iso3), "level": "region", "written": " ".join(name.split())} if iso3 else None


#: a city this populous is known well enough to be placed abroad without the article naming its country
WELL_KNOWN_POPULATION = 1_000_000


def well_known_city(name: str) -> bool:
    """A city a reader places without help: a large city or a national capital ('talks in Bern', 'a speech in
    Tokyo'), unlike a small town that merely shares a name with a palace or a district abroad."""
    found = gazetteer.city(name)  # the city the name is read as: not a bigger one it is another name of
    return found is not None and (found.population >= WELL_KNOWN_POPULATION or gazetteer.capital_iso3(name) is not None)


def region_country(text: str) -> str | None:
    """ISO-3 of the country a name stands for as a country, a US state, a well-known region or a first-level
    subdivision ('Florida', 'Ontario', 'Bavaria', 'Ruritania'): what may follow a town after a comma."""
    return country_iso3(text) or gazetteer.region_iso3(text)[1] or gazetteer.subdivision_iso3(text)


def qualified_town(name: str, qualifier: str) -> dict | None:
    """'Palm Beach, Florida', 'Salem, Oregon', 'Springfield, Ruritania': a town followed by its state, province
    or country is the town of that name in that country (down to the gazetteer's smallest towns), whichever
    town of the name is the biggest elsewhere. None when the qualifier is no region of a known country or the
    name is itself a country or region (a list: 'Ohio, Texas and Utah')."""
    iso3 = region_country(qualifier)
    if not iso3 or region_country(name):
        return None
    found = gazetteer.town(name, iso3)
    return city_place(found) if found else None


def capital_of(iso3: str) -> dict | None:
    """The capital city of a country, from the gazetteer."""
    found = gazetteer.capital_city(iso3)
    return city_place(found) if found else None


def resolve_place(text: str, country_hint: str | None = None) -> dict | None:
    """A place for a name as written: 'Havana', 'Havana, Cuba', 'the Cuban capital', 'Mozambique's capital',
    'Moscow's Kremlin' (a city inside), or a country name. Facilities without a known city give None."""
    text = text.strip()
    m = re.match(r"^(?:the\s+)?(.+?)(?:'s|’s)?\s+capital$", text, re.I)
    if m:
        iso3 = country_cue(m.group(1))
        return capital_of(iso3) if iso3 else None
    parts = [p.strip() for p in re.split(r",|/", text) if p.strip()]
    if len(parts) >= 2:
        iso3 = country_iso3(parts[-1])
        if iso3:
            return lookup_city(parts[0], iso3) or country_place(iso3)
    iso3 = country_iso3(text)
    if iso3:
        return country_place(iso3)
    if _PLACE_WORDS.search(text):
        m = re.search(r"\b(?:in|of)\s+([A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)", text)
        return lookup_city(m.group(1)) if m else None
    if _VENUE_WORDS.search(text):
        return _city_inside(text)
    city = lookup_city(text, country_hint) if country_hint else None
    return city or lookup_city(text)


# "CARACAS, Venezuela —", "NAIROBI /Kenya/, May 29. /TASS/.", "Havana, Jun 15 (EFE).-", "Managua, Nicaragua–"
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z.' ]{2,30}?)(?:\s*,\s*(?P<country>[A-Z][A-Za-z ]{2,30}?))?\s*"
    r"(?:/(?P<c2>[A-Za-z ]+)/)?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*)?(?:[,(—–-]|\s-|(?P<colon>:)\s)",
)


# A dateline head with its agency credit, up to where the story starts: "MOSCOW (Sputnik) -",
# "SARATOV, February 9./TASS/.", "Geneva, Switzerland -", "ISLAMABAD, (UrduPoint News / Sputnik News - 07th Feb) -".
_DATELINE_HEAD = re.compile(
    r"(?P<city>[A-Z][A-Za-z.' ]{2,30}?)(?:\s*,\s*(?P<country>[A-Z][A-Za-z ]{2,30}?))?\s*(?:/[A-Za-z ]+/)?\s*,?\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*[,.]?\s*)?"
    r"(?:\([^()\n]{2,80}\)\s*[.:]?\s*[-–—]*|/[A-Za-z ]{2,30}/\s*\.?|[—–]|-(?=\s)|(?P<colon>:)(?=\s))"
)


@lru_cache(maxsize=1)
def _dateline_seats() -> dict[str, tuple[str, str]]:
    """Folded seat name -> (city, ISO-3), from ``data/dateline_seats.tsv``."""
    path = Path(__file__).parent / "data" / "dateline_seats.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return {fold(r["name"]): (r["city"], r["iso3"]) for r in rows}


def dateline_seat(name: str) -> dict | None:
    """The city of a seat a story is filed from ('UNITED NATIONS (Wire) -': New York), or None."""
    seat = _dateline_seats().get(fold(name))
    return lookup_city(seat[0], seat[1]) if seat else None


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of dateline heads (place, date, agency credit) at the start of the first paragraphs.
    Names in them say where and by whom a story was filed, never who did what in it."""
    spans = []
    for m in list(re.finditer(r"[^\n]+", text))[:8]:
        para = m.group(0)
        lead = len(para) - len(para.lstrip())
        head = _DATELINE_HEAD.match(para, lead)
        if not head:
            continue
        city = head.group("city").strip()
        if not (city.isupper() or city.istitle()) or (head.group("colon") and not city.isupper()):
            continue  # 'NEW DELHI:' is a dateline; 'Analysis:' or 'Paris: a view' is not
        name = city.title() if city.isupper() else city
        if lookup_city(name, min_pop=50000) or country_iso3(name) or dateline_seat(name):
            spans.append((m.start() + lead, m.start() + head.end()))
    return spans


def dateline_place(text: str) -> dict | None:
    """The place named in a dateline at the start of one of the first paragraphs, if it is a gazetteer city.

    Agency prefixes ('MOSCOW (UrduPoint News / Sputnik ...)') are datelines too; callers decide whether the
    dateline city is where the event happened (only a fallback when the text names no place)."""
    for para in [p.strip() for p in text.split("\n") if p.strip()][:8]:
        m = _DATELINE.match(para)
        if not m:
            continue
        city_name = m.group("city").strip()
        if (city_name.isupper() or city_name.istitle()) and not (m.group("colon") and not city_name.isupper()):
            iso3 = None
            for c in (m.group("country"), m.group("c2")):
                if c:
                    iso3 = country_iso3(c) or iso3
            name = city_name.title() if city_name.isupper() else city_name
            city = lookup_city(name, iso3, min_pop=50000) or dateline_seat(name)
            if city:
                return city
    return None
