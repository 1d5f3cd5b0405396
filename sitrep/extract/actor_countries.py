"""Corpus-level completion of actor countries, after the text has had its say.

Order (the text first, then the field's dictionaries, then the corpus): an entity keeps the country its
mentions' own cues voted for; an organisation the text leaves open takes the Phoenix dictionary's country
(international organisations stay without one, whatever a cue of the text said); a person the text
leaves open takes the country of the
organisation named in their title ("RSF leader X", "Wall Street Journal reporter Y"), else the dictionary's
reading of their full name for the article date (or the latest reading) - or of the one listed name it
misspells by a letter; none for an official the dictionary lists with an international body -, else - for a
national office holder - the one country most of their sentences name; an organisation or group still open takes the one
country its own name states ("Kenya Anti-Corruption Commission"), a national news agency its state's
(``data/news_agencies.tsv``), one named after a state, province or city of one country that
country (``org_places``: "Muslim Association of Hawaii"), an institution of one state named without it
(``state_institutions``: "the Justice Department") that state when its articles name it, a party, ministry or
police force the one country its sentences name, and a movement's adjective ("Sandinista") the one country of the listed
organisations named after it. The vote over all mentions of one
resolved entity is what gives the same person one country across the corpus.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sitrep.extract.actor_dictionary import (
    Reading,
    generic_org_name,
    is_international,
    lookup,
    movement_country,
    near_person,
    titled_surname,
)
from sitrep.extract.actors import is_national_office
from sitrep.extract.entity_vocab import DOMESTIC_ORG_HEADS, TRANSNATIONAL_WORDS
from sitrep.extract.gazetteer import country_iso3, demonym_iso3, regional_demonym
from sitrep.extract.national_ngos import ngo_country
from sitrep.extract.open_org_places import open_org_country
from sitrep.extract.org_places import place_name_country
from sitrep.extract.outlet_countries import agency_country
from sitrep.extract.state_institutions import institution_country

TRACE: dict[str, str] | None = None  # entity_id -> the step that gave its country (bench/actor_country_sources.py)


def _note(row: dict, step: str) -> None:
    """Record which step decided an entity's country, when a bench traces the decision."""
    if TRACE is not None:
        TRACE[row["entity_id"]] = step


def _day(members: list, article_dates: dict[str, date]) -> date | None:
    """The latest article date among an entity's mentions (an office held then is the one news means)."""
    days = [article_dates[it.article_id] for it in members if it.article_id in article_dates]
    return max(days) if days else None


def _names(row: dict, members: list) -> list[str]:
    """Canonical name, the aliases (longest first), then titled forms as written ("President Obama": the
    dictionaries list such aliases); a person by forms of two words or more, or by a one-word name the
    dictionary itself lists as that person's alias ("Putin"; the shipped table keeps only those)."""
    names = [row["canonical_name"], *sorted(row.get("aliases") or [], key=lambda a: (-len(a), a))]
    titled = {f"{it.m['title']} {it.m['name']}" for it in members if it.m.get("title") and it.m.get("name")}
    names += sorted(titled)
    return list(dict.fromkeys(names))


def dictionary_reading(row: dict, members: list, article_dates: dict[str, date]) -> Reading | None:
    """The Phoenix reading of an entity's first name form the dictionary knows, on the article date."""
    kind = "person" if row["entity_type"] == "PERSON" else None
    day = _day(members, article_dates)
    for name in _names(row, members):
        if kind and len(name.split()) < 2:
            reading = lookup(name, day, kind)  # a listed one-word alias of a person, never an organisation's
        else:
            reading = lookup(name, day, kind) or (lookup(name, day) if kind else None)
        if reading is not None:
            return reading
    return None


def _near_reading(row: dict, members: list, article_dates: dict[str, date]) -> Reading | None:
    """The reading of the one listed person the entity's full name misspells by a letter ("President Boris
    Yeltsn"), for a holder of a national office only (the dictionaries list office holders; a private person
    one letter from one of them is not that person)."""
    if not any(is_national_office(it.m.get("role")) for it in members):
        return None
    day = _day(members, article_dates)
    for name in [row["canonical_name"], *(row.get("aliases") or [])]:
        reading = near_person(name, day)
        if reading is not None:
            return reading
    return None


def _titled_reading(row: dict, members: list, article_dates: dict[str, date]) -> Reading | None:
    """The reading of an office holder the text names by a national title and the surname only ('President
    Mugabe', 'Chancellor Kohl'): the one country of the listed holders of that surname (``titled_surname``)."""
    name = row["canonical_name"]
    if " " in name.strip() or not any(is_national_office(it.m.get("title")) for it in members):
        return None
    return titled_surname(name, _day(members, article_dates))


def _affiliation_country(members: list, mention_entity: dict, by_id: dict[str, dict]) -> str | None:
    votes: Counter = Counter()
    for it in members:
        idx = it.m.get("affiliation_idx")
        org = by_id.get(mention_entity.get((it.article_id, idx), "")) if idx is not None else None
        if org is not None and org.get("country_iso3") and not org.get("_international"):
            votes[org["country_iso3"]] += 1
    return max(votes, key=lambda c: (votes[c], c)) if votes else None


def _article_places(rows: list[dict], members: dict[str, list]) -> dict[str, list[str]]:
    """Per article, the country of each mention of a country or city (the place context of its people)."""
    out: dict[str, list[str]] = {}
    for row in rows:
        if row["entity_type"] != "GPE":
            continue
        for it in members[row["entity_id"]]:
            if it.m.get("kind") in ("country", "city") and it.m.get("country_iso3"):
                out.setdefault(it.article_id, []).append(it.m["country_iso3"])
    return out


def _article_demonyms(rows: list[dict], members: dict[str, list]) -> dict[str, list[str]]:
    """Per article, the country of each demonym mention ("Nigerian students")."""
    out: dict[str, list[str]] = {}
    for row in rows:
        if row["entity_type"] == "NORP":
            for it in members[row["entity_id"]]:
                if it.m.get("label") == "NORP" and it.m.get("country_iso3"):
                    out.setdefault(it.article_id, []).append(it.m["country_iso3"])
    return out


def _article_actor_countries(rows: list[dict], members: dict[str, list]) -> dict[str, list[str]]:
    """Per article, the country of each person or organisation the text itself placed (one per entity)."""
    out: dict[str, list[str]] = {}
    for row in rows:
        if row["entity_type"] in ("PERSON", "ORG") and row["country_iso3"]:
            for aid in {it.article_id for it in members[row["entity_id"]]}:
                out.setdefault(aid, []).append(row["country_iso3"])
    return out


def _weak_vote(values: list[str | None], least: int = 1) -> str | None:
    """The country most sentences name, when more name it than any other (and at least ``least`` do)."""
    votes = Counter(v for v in values if v).most_common(2)
    if not votes or (len(votes) == 2 and votes[0][1] == votes[1][1]) or votes[0][1] < least:
        return None
    return votes[0][0]


def _split_vote_country(row: dict, members: list, article_dates: dict[str, date]) -> str:
    """A person whose mentions' cues name several countries ("German Chancellor X" in one report, a title
    misread across a clause in another): the dictionary's country for the name decides, when it is one of
    the countries the text named; else the vote stands."""
    named = {it.m.get("country_iso3") for it in members} - {None}
    if len(named) < 2:
        return row["country_iso3"]
    reading = dictionary_reading(row, members, article_dates)
    if reading is not None and reading.country in named:
        return reading.country
    return row["country_iso3"]


def _generic_name_country(row: dict, members: list) -> str | None:
    """For an organisation the dictionary knows only by a common phrase ('National Front'), the one country
    its sentences name, which says more than the table's one reading of that phrase."""
    if not any(generic_org_name(n) for n in [row["canonical_name"], *(row.get("aliases") or [])]):
        return None
    return _weak_vote([it.m.get("context_country") for it in members])


def _head_word(words: list[str]) -> str:
    """The head of a body's name: its last word, or the word before 'of' ('Ministry of Foreign Affairs')."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _domestic_body_country(row: dict, members: dict[str, list]) -> str | None:
    """A party, ministry or police force of no country yet ('the Cordova Party', 'the Ministry of Foreign
    Affairs'), or a body the text calls a state's ('the state corporation, Zenda'): the one country its sentences
    name, places included
    (``DOMESTIC_ORG_HEADS``, ``STATE_DESCRIPTORS``; not a body spanning several states)."""
    words = row["canonical_name"].lower().split()
    described = any(it.m.get("state_body") for it in members[row["entity_id"]])  # "the state corporation, X"
    if row["entity_type"] != "ORG" or not words or (_head_word(words) not in DOMESTIC_ORG_HEADS and not described):
        return None
    if TRANSNATIONAL_WORDS & set(words) or any(regional_demonym(" ".join(words[i : i + 2])) for i in range(len(words))):
        return None
    return _weak_vote([it.m.get("context_country") for it in members[row["entity_id"]]])


def _org_dictionary_country(row: dict, members: dict[str, list], article_dates: dict[str, date]) -> None:
    """An organisation's Phoenix reading: none for an international one, else the dictionary's country for an
    organisation the text left open (or, for a common phrase, the one country its sentences name)."""
    reading = dictionary_reading(row, members[row["entity_id"]], article_dates)
    national = ngo_country(reading)  # 'ACLU': coded 'NGOUSAHRI', the United States' (national_ngos)
    row["_international"] = is_international(reading) and national is None
    _note(row, "text" if row["country_iso3"] else "none")
    if national is not None and row["country_iso3"] != national:
        row["country_iso3"] = national
        _note(row, "national-ngo")
    if row["_international"] and not name_country(row["canonical_name"]):  # "Ruritania's EU obligations"
        row["country_iso3"] = None
        _note(row, "international")
    elif row["country_iso3"] is None and reading is not None and reading.country:
        generic = _generic_name_country(row, members[row["entity_id"]])
        row["country_iso3"] = generic or reading.country
        _note(row, "generic-context" if generic else "dictionary")


def complete_countries(
    rows: list[dict],
    members: dict[str, list],
    mention_entity: dict[tuple[str, int], str],
    article_dates: dict[str, date] | None = None,
) -> None:
    """Fill ``country_iso3`` of PERSON and ORG rows the text left open (see module doc); in place."""
    article_dates = article_dates or {}
    by_id = {r["entity_id"]: r for r in rows}
    places = _article_places(rows, members)
    demonyms = _article_demonyms(rows, members)
    actors_of = _article_actor_countries(rows, members)
    for row in rows:
        if row["entity_type"] == "ORG":
            _org_dictionary_country(row, members, article_dates)
    for row in rows:  # before the persons: 'Justice Department spokesman X' takes the department's country
        if row["entity_type"] in {"ORG", "NORP"} and not row["country_iso3"] and not row.get("_international"):
            arts = {it.article_id for it in members[row["entity_id"]]}
            named = {c for a in arts for c in places.get(a, []) + demonyms.get(a, []) + actors_of.get(a, [])}
            row["country_iso3"] = _last_org_country(row, members, named)
    for row in rows:
        if row["entity_type"] == "PERSON" and row["country_iso3"]:
            text_country = row["country_iso3"]
            row["country_iso3"] = _split_vote_country(row, members[row["entity_id"]], article_dates)
            _note(row, "text" if row["country_iso3"] == text_country else "split-dictionary")
        if row["entity_type"] != "PERSON" or row["country_iso3"]:
            continue
        group = members[row["entity_id"]]
        country = _affiliation_country(group, mention_entity, by_id)
        _note(row, "affiliation")
        if country is None:
            reading = (
                dictionary_reading(row, group, article_dates)
                or _near_reading(row, group, article_dates)
                or _titled_reading(row, group, article_dates)
            )
            _note(row, "dictionary")
            if is_international(reading):  # 'Secretary-General X': an international official, of no state
                _note(row, "international")
                continue
            country = reading.country if reading is not None else None
        if country is None:  # then: the one country the sentences of a national office holder name
            country = _weak_vote([it.m.get("context_country") for it in group])
            _note(row, "context")
        arts = {it.article_id for it in group}
        addressed = {it.m.get("addressed") for it in group} - {None}  # a state the person is not of
        least = 2 if addressed else 1  # without that state, a country the reports name more than once
        named = [c for aid in arts for c in places.get(aid, []) + (demonyms.get(aid, []) if addressed else [])]
        if country is None:  # last: the country the places (and, beside a state addressed, demonyms) name most
            country = _weak_vote([c for c in named if c not in addressed], least)
            _note(row, "places")
        if country is None and not any(places.get(aid) for aid in arts):  # reports naming no place at all:
            country = _weak_vote([c for aid in arts for c in actors_of.get(aid, []) if c not in addressed], least)
            _note(row, "compatriots")
        row["country_iso3"] = country
        if country is None:
            _note(row, "none")
    _open_orgs(rows, members, places)


def _open_orgs(rows: list[dict], members: dict[str, list], places: dict[str, list[str]]) -> None:
    """Last: an organisation nothing placed takes its reports' places' country (``open_org_places``), kept aside
    in ``_open_country`` until the events are assembled (``open_org_places.settle``)."""
    for row in rows:
        if row["entity_type"] == "ORG" and not row["country_iso3"]:
            row["_open_country"] = open_org_country(row, members[row["entity_id"]], places)
            if row["_open_country"]:
                _note(row, "open-places")
        row.pop("_international", None)


def _last_org_country(row: dict, members: dict[str, list], named: set[str]) -> str | None:
    """The last readings of an organisation or group still open (see module doc), the first that gives one;
    ``named`` are the countries its articles name (places, demonyms, placed persons and organisations)."""
    names = [row["canonical_name"], *(row.get("aliases") or [])]
    steps = (
        ("name", lambda: name_country(row["canonical_name"])),
        ("agency", lambda: agency_country(names)),
        ("institution", lambda: _institution_country(row, members, names, named)),
        ("place-name", lambda: place_name_country(row["canonical_name"]) if row["entity_type"] == "ORG" else None),
        ("domestic-body", lambda: _domestic_body_country(row, members)),
        ("movement", lambda: movement_country(row["canonical_name"]) if row["entity_type"] == "NORP" else None),
    )
    for step, read in steps:
        country = read()
        if country:
            _note(row, step)
            return country
    return None


def _institution_country(row: dict, members: dict[str, list], names: list[str], named: set[str]) -> str | None:
    """An organisation's state by ``state_institutions`` (its articles' countries; its sentences' one country)."""
    if row["entity_type"] != "ORG":
        return None
    return institution_country(
        names, named, _weak_vote([it.m.get("context_country") for it in members[row["entity_id"]]])
    )


def name_country(name: str) -> str | None:
    """The one country an organisation's or group's own name states ('Kenya Anti-Corruption Commission',
    'Radical French farmers'), by a country name or demonym among its words; None when none or several."""
    words = name.replace("-", " ").split()
    found, i = set(), 0
    while i < len(words):
        for n in (3, 2, 1):  # longest name first: 'Guinea Bissau', 'South Sudan'
            phrase = " ".join(words[i : i + n])
            iso3 = country_iso3(phrase) or demonym_iso3(phrase)
            if (iso3 or regional_demonym(phrase)) and len(words[i : i + n]) == n:
                found.update([iso3] if iso3 else [])  # 'South American': a region's, not 'American'
                i += n
                break
        else:
            i += 1
    return found.pop() if len(found) == 1 else None
