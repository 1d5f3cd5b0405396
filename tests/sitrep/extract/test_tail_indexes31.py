"""Round 31 (throughput): the corpus-wide tail asks its look-ups through indexes and caches that give the same
answers as the scans they replace (clipped acronyms by first letter, initials once per name, a mentioned city's
reading once per name and country)."""

from sitrep.extract import places, story_cities
from sitrep.extract.clipped_acronyms import clipped_keys, start_index
from sitrep.extract.resolution import Item, _initials, _merge_acronyms, _relabel_persons


def _org(article: str, name: str, idx: int = 0) -> Item:
    return Item(article, {"name": name, "surface": name, "idx": idx}, "ORG", tuple(name.lower().split()))


def _groups() -> dict:
    names = ["EU Naval Force", "US Central Command", "Naval Support Activity", "Central Bank of Ruritania",
             "Northern Fleet Command", "NAVFOR", "CENTCOM", "Red Cross"]  # fmt: skip
    return {(n.lower(), ""): [_org(f"a{i}", n), _org(f"b{i}", n, 1)] for i, n in enumerate(names)}


def test_the_first_letter_index_finds_what_the_scan_of_every_group_finds():
    groups = _groups()
    index = start_index(groups)
    for acronym in ("NAVFOR", "CENTCOM", "NORFLEETCOM", "NAVSUP", "REDCROSS"):
        key = (acronym.lower(), "")
        assert clipped_keys(acronym, groups, key, index) == clipped_keys(acronym, groups, key), acronym
    assert clipped_keys("NAVFOR", groups, ("navfor", ""), index) == [("eu naval force", "")]


def test_the_index_stays_right_while_groups_are_merged_away():
    groups = _groups()
    index = start_index(groups)
    groups[("eu naval force", "")] += groups.pop(("naval support activity", ""))
    for acronym in ("NAVFOR", "NAVSUP", "CENTCOM"):
        key = (acronym.lower(), "")
        assert clipped_keys(acronym, groups, key, index) == clipped_keys(acronym, groups, key), acronym


def test_clipped_acronyms_merge_into_their_spelled_out_organisation():
    groups = _groups()
    _merge_acronyms(groups, clipped=True)
    assert ("navfor", "") not in groups and ("centcom", "") not in groups
    merged = {it.m["name"] for it in groups[("eu naval force", "")]}
    assert merged == {"EU Naval Force", "NAVFOR"}


def test_initials_are_a_frozen_set_asked_once_per_name():
    _initials.cache_clear()
    first = _initials("Association of Southeast Asian Nations")
    assert first == frozenset({"ASAN", "AOSAN"}) and isinstance(first, frozenset)
    assert _initials("Association of Southeast Asian Nations") is first
    assert _initials("Reuters") == frozenset()


def _scanned_city(name: str, iso3: str) -> dict | None:
    """What story_city counted before the cache (the same filter, written out)."""
    p = places.resolve_place(name, iso3)
    if p and p["level"] == "city" and p["location_country_iso3"] == iso3 and story_cities._own_city(name, iso3):
        return {**p, "location_written": p.get("written")}
    return None


def test_a_mentioned_city_reads_the_same_through_the_cache():
    for name, iso3 in [("Lima", "PER"), ("Moscow", "USA"), ("Moscow", "RUS"), ("Kiev", "UKR"), ("Peru", "PER"),
                       ("Springfield", "USA"), ("Nowhere Town", "FRA")]:  # fmt: skip
        assert story_cities._named_city(name, iso3) == _scanned_city(name, iso3), (name, iso3)
    assert story_cities._named_city("Moscow", "USA") is None  # Moscow, Idaho yields to the Russian capital
    assert story_cities._named_city("Lima", "PER")["location_name"] == "Lima"


def test_a_name_form_is_relabelled_a_person_in_every_mention_alike():
    def item(article: str, name: str, label: str, idx: int) -> Item:
        toks = tuple(name.lower().split())
        return Item(article, {"name": name, "surface": name, "idx": idx, "start_char": 0}, label, toks)

    items = [item("a1", "Maria Velasquez Ortun", "PERSON", 0), item("a2", "Velasquez Ortun", "ORG", 0),
             item("a3", "Velasquez Ortun", "ORG", 0), item("a3", "Velasquez Ortun", "GPE", 1)]  # fmt: skip
    _relabel_persons(items)
    assert [it.label for it in items] == ["PERSON", "PERSON", "PERSON", "PERSON"]
