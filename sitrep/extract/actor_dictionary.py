"""Look-ups in the shipped Phoenix actor tables (built by ``scripts/build_actors.py``; MIT licence, see
``data/PHOENIX_LICENSE.txt``).

Why: the text does not always say whose official someone is. The Phoenix dictionaries list tens of thousands
of office holders, organisations and armed groups with a country, a sector and the dates a reading held, and
their agents file gives role nouns a sector ("minister" GOV, "police" COP, "protesters" OPP, "rebels" REB).

Names are matched whole, after the gazetteer's ``fold``: a full name or a listed alias, never a bare surname
(the build drops persons' one-word names). Among the readings of a name, those whose date range holds the
article date win; without a date, the latest reading wins. A name whose winning readings disagree on the
country gives nothing.
"""

from __future__ import annotations

import csv
import gzip
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from sitrep.extract.gazetteer import fold, one_edit
from sitrep.extract.singular_forms import singular_forms

DATA = Path(__file__).parent / "data"
ACTORS_FILE = DATA / "phoenix_actors.tsv.gz"
AGENTS_FILE = DATA / "phoenix_agents.tsv"
#: armed groups the Phoenix tables lack, with the state they fight in (``data/armed_groups.tsv``)
ARMED_GROUPS_FILE = DATA / "armed_groups.tsv"
#: political parties the Phoenix tables lack, with their country (``data/party_names.tsv``)
PARTY_FILE = DATA / "party_names.tsv"
#: organisations known by several names (``data/org_forms.tsv``): a form the tables lack reads as a listed one
FORMS_FILE = DATA / "org_forms.tsv"
#: office holders and public figures the Phoenix tables lack (newer than 2014), with their country
HOLDERS_FILE = DATA / "office_holders.tsv"
#: state bodies the Phoenix tables lack, with their country (``data/national_bodies.tsv``)
BODIES_FILE = DATA / "national_bodies.tsv"
#: international bodies the Phoenix tables lack, of no state (``data/international_bodies.tsv``)
INTERNATIONAL_FILE = DATA / "international_bodies.tsv"
#: ideologies and plain adjectives that open a listed group's name, naming no movement (data/plain_movement_words.tsv)
PLAIN_MOVEMENT_FILE = DATA / "plain_movement_words.tsv"
_OPEN_END = date.max
_OPEN_START = date.min


@dataclass(frozen=True)
class Reading:
    """One dictionary reading of a name: country (ISO-3, None for international actors), sector, code, dates."""

    kind: str
    country: str | None
    sector: str | None
    code: str
    start: date | None
    end: date | None

    def holds_on(self, day: date) -> bool:
        return (self.start or _OPEN_START) <= day <= (self.end or _OPEN_END)

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)


@lru_cache(maxsize=1)
def actor_table() -> dict[str, tuple[Reading, ...]]:
    """Folded name -> its readings, from the shipped table (kept in sitrep's cache folder between runs)."""
    from sitrep import disk_cache
    from sitrep.extract import gazetteer

    def key() -> str:
        files = [Path(__file__), Path(gazetteer.__file__), ACTORS_FILE, ARMED_GROUPS_FILE, PARTY_FILE, FORMS_FILE]
        files += [HOLDERS_FILE, BODIES_FILE, INTERNATIONAL_FILE]
        return disk_cache.fingerprint(files)

    return disk_cache.load_or_build("actor-table", key, _build_actor_table)


def _build_actor_table() -> dict[str, tuple[Reading, ...]]:
    """The table from the shipped file; equal readings are one object (22k distinct of 43k: a smaller, faster
    cache file)."""
    table: dict[str, list[Reading]] = {}
    distinct: dict[Reading, Reading] = {}
    with gzip.open(ACTORS_FILE, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            reading = Reading(
                row["kind"],
                row["country"] or None,
                row["sector"] or None,
                row["code"],
                date.fromisoformat(row["start"]) if row["start"] else None,
                date.fromisoformat(row["end"]) if row["end"] else None,
            )
            table.setdefault(row["key"], []).append(distinct.setdefault(reading, reading))
    listed = armed_group_readings() + armed_group_readings(PARTY_FILE) + armed_group_readings(BODIES_FILE)
    listed += armed_group_readings(INTERNATIONAL_FILE)
    for key, reading in listed + holder_readings():
        table.setdefault(key, [reading])  # a name the Phoenix tables read keeps their reading
    _add_forms(table)
    return {k: tuple(v) for k, v in table.items()}


def _add_forms(table: dict[str, list[Reading]]) -> None:
    """A form of ``data/org_forms.tsv`` the tables lack ('IS', 'Hizbollah') takes the organisation readings of the
    first form of its row they list ('ISIS', 'Hezbollah')."""
    from sitrep.extract.data_files import read_tsv

    for row in read_tsv(FORMS_FILE.name):
        forms = [fold(name) for name in row["names"].split("|")]
        known = next((orgs for f in forms if (orgs := [r for r in table.get(f, ()) if r.kind == "org"])), None)
        for form in forms:
            if known and form not in table:
                table[form] = list(known)


def armed_group_readings(path: Path = ARMED_GROUPS_FILE) -> list[tuple[str, Reading]]:
    """(folded name, reading) of each name of ``data/armed_groups.tsv``: an armed group of one state (of
    ``data/party_names.tsv`` as ``path``: a political party of one state; of ``international_bodies.tsv``, with no
    country column: an international body, coded by its sector alone, 'IGO')."""
    from sitrep.extract.data_files import read_tsv

    out = []
    for row in read_tsv(path.name):
        country = row.get("country") or None
        reading = Reading("org", country, row["sector"], (country or "") + row["sector"], None, None)
        out.extend((fold(name), reading) for name in row["names"].split("|"))
    return out


def holder_readings() -> list[tuple[str, Reading]]:
    """(folded name, person reading) of each name of ``data/office_holders.tsv``."""
    from sitrep.extract.data_files import read_tsv

    out = []
    for row in read_tsv(HOLDERS_FILE.name):
        start, end = (date.fromisoformat(row[k]) if row[k] else None for k in ("start", "end"))
        reading = Reading("person", row["country"], row["sector"], row["country"] + row["sector"], start, end)
        out.extend((fold(name), reading) for name in row["names"].split("|"))
    return out


def _best(readings: tuple[Reading, ...], day: date | None) -> list[Reading]:
    """The readings that hold on ``day`` (dated ones before undated); without a day, the latest ones."""
    if day is not None:
        holding = [r for r in readings if r.dated and r.holds_on(day)]
        if holding:
            return holding
        undated = [r for r in readings if not r.dated]
        if undated:
            return undated
    latest = max((r.end or _OPEN_END, r.start or _OPEN_START) for r in readings)
    return [r for r in readings if (r.end or _OPEN_END, r.start or _OPEN_START) == latest]


@lru_cache(maxsize=65536)
def lookup(name: str, day: date | None = None, kind: str | None = None) -> Reading | None:
    """The reading of a full name or listed alias on ``day`` (or the latest), None when unknown or when the
    winning readings disagree on the country. ``kind`` ("person" | "org") restricts the entries used."""
    readings = actor_table().get(fold(name), ())
    if kind:
        readings = tuple(r for r in readings if r.kind == kind)
    if not readings:
        return None
    best = _best(readings, day)
    if len({r.country for r in best}) > 1:
        return None
    governing = [r for r in best if r.sector == "GOV"]
    return (governing or best)[0]


#: CAMEO sectors of armed groups (rebels, militias, insurgents, separatists) and armed forces
ARMED_SECTORS = frozenset({"REB", "UAF", "INS", "SEP", "MIL"})


def armed_group_name(name: str) -> bool:
    """The tables list ``name`` as an armed group's (Phoenix's armed groups, ``data/armed_groups.tsv``) and as
    no person's: 'Houthis', 'Hezbollah', which the model may take for a person."""
    readings = actor_table().get(fold(name), ())
    return bool(readings) and all(r.kind == "org" and r.sector in ARMED_SECTORS for r in readings)


#: sectors of armed groups that are no state's forces (rebels, insurgents, separatists, militias, militants across
#: borders)
NONSTATE_ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "IMG"})


def nonstate_armed_name(name: str) -> bool:
    """The tables list ``name`` only as a non-state armed group's ('Hamas', 'the Houthis', 'al-Shabaab')."""
    readings = actor_table().get(fold(name), ())
    return bool(readings) and all(r.kind == "org" and r.sector in NONSTATE_ARMED_SECTORS for r in readings)


#: sectors of a state's own bodies (government, armed forces, police, courts, parliament, intelligence)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@lru_cache(maxsize=1)
def _org_suffix_countries() -> dict[str, frozenset[str | None]]:
    """Folded word-suffix of two words or more of a listed organisation's name -> the countries of the longer
    names that end with it ('national front' -> LKA, PAK, ... from 'tamil national front', ...)."""
    out: dict[str, set[str | None]] = {}
    for key, readings in actor_table().items():
        words = key.split()
        countries = {r.country for r in readings if r.kind == "org" and r.country}
        for n in range(2, len(words)):
            out.setdefault(" ".join(words[-n:]), set()).update(countries)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def generic_org_name(name: str) -> bool:
    """A listed organisation name the table also lists inside longer names of other countries' organisations
    ('National Front': a Greek group's, but 'Tamil National Front', 'United National Front', ...): the name is a
    common phrase many states' groups use, so the one country the text names says more than the table."""
    key = fold(name)
    readings = [r for r in actor_table().get(key, ()) if r.kind == "org" and r.country]
    if not readings or any(r.sector in STATE_SECTORS for r in readings):
        return False  # a state's own body ('People's Liberation Army', 'White House') is no common phrase
    return bool(_org_suffix_countries().get(key, frozenset()) - {r.country for r in readings})


@lru_cache(maxsize=1)
def _org_first_word_countries() -> dict[str, frozenset[str | None]]:
    """Folded first word of the listed organisations' names -> the countries of those organisations (None for
    an international or transnational one)."""
    out: dict[str, set[str | None]] = {}
    for key, readings in actor_table().items():
        for r in readings:
            if r.kind == "org":
                out.setdefault(key.split()[0], set()).add(r.country)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def plain_movement_words() -> frozenset[str]:
    """Words that open a listed organisation's name but name no one movement ('leftist', 'marxist', 'former')."""
    from sitrep.extract.data_files import read_tsv

    return frozenset(fold(r["word"]) for r in read_tsv(PLAIN_MOVEMENT_FILE.name))


@lru_cache(maxsize=4096)
def movement_country(word: str) -> str | None:
    """The one country of the listed organisations a movement's or people's one-word adjective names or opens
    ('Sandinista': 'Sandinistas', 'Sandinista Front' - NIC; 'Zapatista' - MEX); None when they belong to
    several countries ('Kurdish', 'Maoist'), when one of them has no country (a word of transnational bodies
    too: 'Jewish', 'Socialist'), when none is listed, or for an ideology or plain adjective that merely opens a
    listed name ('Leftist Nucleus': ``plain_movement_words``) or a role noun of the agents table ('rebel',
    'students')."""
    key = fold(word)
    if " " in key or not key.isalpha() or key in plain_movement_words():
        return None
    if agent_sector(key) and not any(r.kind == "org" for r in actor_table().get(key, ())):
        return None  # a role noun opening some group's name ('Rebel leaders', 'Students'), unless itself one
    countries = set(_org_first_word_countries().get(key, ()))
    countries |= {r.country for r in actor_table().get(key + "s", ()) if r.kind == "org"}
    return countries.pop() if len(countries) == 1 else None


#: shortest listed surname read through a one-letter misspelling ("gbagbo"; not "blair", "lopez": a letter
#: away from such short names are other people's surnames)
NEAR_MIN = 6


@lru_cache(maxsize=1)
def _persons_by_given_name() -> dict[str, tuple[str, ...]]:
    """Folded first word -> the person keys of two words or more that open with it."""
    out: dict[str, list[str]] = {}
    for key, readings in actor_table().items():
        words = key.split()
        if len(words) >= 2 and any(r.kind == "person" for r in readings):
            out.setdefault(words[0], []).append(key)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def near_person(name: str, day: date | None = None) -> Reading | None:
    """The reading of the one listed person whose full name ``name`` misspells by a letter in the surname (a
    transliteration or a typo: the given name kept whole, the listed surname NEAR_MIN letters or more). None
    when the name is listed itself or within one letter of several persons."""
    key = fold(name)
    words = key.split()
    if len(words) < 2 or key in actor_table():
        return None
    found = {
        other
        for other in _persons_by_given_name().get(words[0], ())
        if len(other.split()) == len(words) and len(other.split()[-1]) >= NEAR_MIN and one_edit(key, other)
    }
    if len(found) != 1:
        return None
    return lookup(found.pop(), day, "person")


#: sectors of an office the news names a holder by with a title and the surname alone ('President Mugabe')
TITLED_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "ELI"})
#: shortest surname read alone ('President Mugabe'; not 'Kim', 'Ali', 'Khan': too many holders share them)
SURNAME_MIN = 4
#: listed names (forms) a surname needs outside a dated term of government: a well-known holder is listed under
#: several forms ('robert mugabe', 'robert gabriel mugabe'); one lone entry may be another holder of the name
SURNAME_KEYS = 2


@lru_cache(maxsize=1)
def _officials_by_surname() -> dict[str, tuple[str, ...]]:
    """Folded last word -> the person keys of two words or more ending with it that hold an office sector."""
    out: dict[str, list[str]] = {}
    for key, readings in actor_table().items():
        words = key.split()
        if len(words) >= 2 and any(r.kind == "person" and r.sector in TITLED_SECTORS for r in readings):
            out.setdefault(words[-1], []).append(key)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def titled_surname(surname: str, day: date | None = None) -> Reading | None:
    """The reading of an office holder named by title and surname alone ('President Mugabe', 'Chancellor
    Kohl'): every listed office holder with that surname is of one country (the surname SURNAME_MIN letters or
    more); None when the surname is shared across countries or unknown."""
    key = fold(surname)
    if " " in key or len(key) < SURNAME_MIN:
        return None
    found = [r for other in _officials_by_surname().get(key, ()) if (r := lookup(other, day, "person"))]
    governing = [r for r in found if r.sector == "GOV" and r.dated and day is not None and r.holds_on(day)]
    for readings, least in ((governing, 1), (found, SURNAME_KEYS)):  # in government on the day first
        if len(readings) >= least and len({r.country for r in readings}) == 1 and not is_international(readings[0]):
            return readings[0]
    return None


#: first triples of a CAMEO code that name an international or transnational actor type
INTERNATIONAL_TYPES = frozenset({"IGO", "NGO", "MNC", "IMG", "INT", "UIS"})
#: CAMEO sector triples (actor roles), which may also stand first in a code with no country ("[MED]")
SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "ELI",
        "OPP",
        "REB",
        "COP",
        "JUD",
        "LEG",
        "PTY",
        "BUS",
        "MED",
        "EDU",
        "HLH",
        "LAB",
        "AGR",
        "CVL",
        "REF",
        "HRI",
        "ENV",
        "CRM",
        "SPY",
        "UAF",
        "SEP",
        "INS",
        "RAD",
        "MOD",
        "CRI",
        "DEV",
        "ELC",
        "NGM",
        "SET",
        "REL",
        "CHR",
        "MUS",
        "JEW",
        "BUD",
        "HIN",
        "ATH",
    ]
)


def is_international(reading: Reading | None) -> bool:
    """An international organisation or transnational group: coded by an international type (IGO, NGO, MNC,
    IMG: 'IGOWAFWAS' ECOWAS) or by a region instead of a country ('MEAREB', 'SASREB': an armed group of the
    Middle East, of South Asia). It has no country, whatever a cue of the text says; a code that is a sector
    alone ('MED' a news outlet) is no such claim, and the text may give the outlet its country."""
    if reading is None or reading.country is not None:
        return False
    head = reading.code[:3]
    return head in INTERNATIONAL_TYPES or (len(head) == 3 and head.isalpha() and head not in SECTORS)


#: a word is a given name when it opens this many person names of the table, and this many times more often
#: than it ends one ("carlos", "miguel"; not "castro", "lee")
GIVEN_MIN = 5
GIVEN_RATIO = 8


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Folded words the dictionary's person names use as given names, far more than as surnames."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for key, readings in actor_table().items():
        words = key.split()
        if len(words) >= 2 and any(r.kind == "person" for r in readings):
            first[words[0]] = first.get(words[0], 0) + 1
            last[words[-1]] = last.get(words[-1], 0) + 1
    return frozenset(w for w, n in first.items() if n >= GIVEN_MIN and n >= GIVEN_RATIO * (last.get(w, 0) + 1))


@lru_cache(maxsize=1)
def person_name_ends() -> frozenset[str]:
    """Folded first and last words of the dictionary's person names ("elizabeth", "bush", "obama")."""
    out: set[str] = set()
    for key, readings in actor_table().items():
        words = key.split()
        if len(words) >= 2 and any(r.kind == "person" for r in readings):
            out.update((words[0], words[-1]))
    return frozenset(out)


def known_person(name: str) -> bool:
    """The dictionary knows ``name`` as a person's: a full name or alias, or alone the given name or surname
    a person's name opens or ends with."""
    words = fold(name).split()
    return bool(lookup(name, kind="person")) or (len(words) == 1 and words[0] in person_name_ends())


@lru_cache(maxsize=1)
def agent_table() -> dict[str, str]:
    """Folded role phrase -> CAMEO sector code ("foreign minister" -> GOV, "riot police" -> COP)."""
    with AGENTS_FILE.open(encoding="utf-8") as fh:
        return {row["key"]: row["sector"] for row in csv.DictReader(fh, delimiter="\t")}


@lru_cache(maxsize=65536)
def agent_sector(phrase: str) -> str | None:
    """Sector of a role noun or phrase, singular or plural ("minister", "protesters", "riot police",
    "rebels" -> GOV, OPP, COP, REB); None when the agents file does not list it."""
    key = fold(phrase)
    if not key:
        return None
    table = agent_table()
    head, _, last = key.rpartition(" ")
    for form in singular_forms(last):
        cand = f"{head} {form}" if head else form
        if cand in table:
            return table[cand]
    return None


def stem_sector(phrase: str) -> str | None:
    """Sector of a role phrase read as the agents file's stems too: Phoenix writes some keys with a cut last word
    that stands for every word it begins ('defence minist' GOVMIL: 'defence ministry', 'defence minister')."""
    found = agent_sector(phrase)
    head, _, last = fold(phrase).rpartition(" ")
    for k in range(len(last) - 1, 4, -1):
        if found:
            break
        found = agent_table().get(f"{head} {last[:k]}" if head else last[:k])
    return found
