"""The Phoenix actor dictionary: parsing blocks, date ranges, whole-name matching, the shipped table and agents."""

from __future__ import annotations

import gzip
from datetime import date

from sitrep.extract import actor_dictionary, phoenix_parse
from sitrep.extract.actor_dictionary import agent_sector, lookup
from sitrep.extract.phoenix_parse import actor_rows, agent_rows, parse_blocks, parse_code, parse_date

# Invented entries in the dictionaries' format.
SAMPLE = """
# a comment line
RURITANIA_  [RUR]
+RURITANIAN_
+STRELSAU_

RUDOLF_ELPHBERG_  # CountryInfo.txt
+KING_RUDOLF_ELPHBERG_
+ELPHBERG
\t[RURELI 650101-991231]
\t[RURGOV >000101]
MICHAEL_ELPHBERG_  # CountryInfo.txt
\t[DEUGOV <051231]
\t[AUTGOV 060101-101231]

BLACK_ELPHBERG_BRIGADE_(BEB)_ [RURREB] #  invented
+ELPHBERG
+BRIGADE_OF_ZENDA_

ZENDA_WATCH_ [NGOHRI]

RUPERT_HENTZAU_  # CountryInfo.txt
+HENTZAU_
+SAPT_
\t[RURELI]
FRITZ_SAPT_  # CountryInfo.txt
\t[RURMIL]
"""


def _blocks():
    return list(parse_blocks(SAMPLE.splitlines()))


def test_parse_blocks_names_aliases_and_codes() -> None:
    blocks = _blocks()
    assert [b.name for b in blocks][:-2] == [
        "RURITANIA_",
        "RUDOLF_ELPHBERG_",
        "MICHAEL_ELPHBERG_",
        "BLACK_ELPHBERG_BRIGADE_(BEB)_",
        "ZENDA_WATCH_",
    ]
    rudolf = blocks[1]
    assert rudolf.aliases == ["KING_RUDOLF_ELPHBERG_", "ELPHBERG"]
    assert rudolf.person
    assert [(c.sector, c.start, c.end) for c in rudolf.codes] == [
        ("ELI", date(1965, 1, 1), date(1999, 12, 31)),
        ("GOV", date(2000, 1, 1), None),
    ]
    assert phoenix_parse.is_country_block(blocks[0])


def test_consecutive_names_share_the_codes_that_follow() -> None:
    text = "OSRA_DELVANE_  # CountryInfo.txt\nOSRA_B._DELVANE\nPRESIDENT_DELVANE\n\t[RURGOV 900101-991231]\n"
    (block,) = parse_blocks(text.splitlines())
    assert block.name == "OSRA_DELVANE_" and block.person
    assert block.aliases == ["OSRA_B._DELVANE", "PRESIDENT_DELVANE"]
    assert [(c.country, c.sector) for c in block.codes] == [(None, "GOV")]  # (RUR is no ISO-3 code)


def test_dates_and_codes() -> None:
    assert parse_date("051122") == date(2005, 11, 22)
    assert parse_date("720101") == date(1972, 1, 1)
    assert parse_date("19270101") == date(1927, 1, 1)
    assert parse_date("2004017") is None
    code = parse_code("RUSGOV", ">991231")
    assert (code.country, code.sector, code.start, code.end) == ("RUS", "GOV", date(1999, 12, 31), None)
    assert parse_code("KSVGOV", None).country == "XKX"  # CAMEO code mapped to the gazetteer's
    igo = parse_code("IGOUNOKID", None)
    assert igo.country is None and igo.sector == "IGO"
    assert parse_code("---", None) is None
    # a triple that is a CAMEO sector and a country: the country in an actor code, the sector in an agent code
    assert (parse_code("CRIGOV", None).country, parse_code("CRIGOV", None).sector) == ("CRI", "GOV")
    assert (parse_code("MUSELI", None).country, parse_code("MUSELI", None).sector) == ("MUS", "ELI")
    assert (parse_code("~MUSRAD", None).country, parse_code("~MUSRAD", None).sector) == (None, "MUS")
    assert parse_code("MED", None).country is None


def test_rows_keep_full_names_never_bare_surnames() -> None:
    rows = list(actor_rows(_blocks(), "sample"))
    keys = {r[0] for r in rows}
    assert "rudolf elphberg" in keys and "king rudolf elphberg" in keys
    assert "elphberg" not in keys  # a person's one-word alias, and some person's surname for the brigade
    assert "ruritania" not in keys and "strelsau" not in keys  # country blocks are the gazetteer's job
    assert "beb" in keys and "black elphberg brigade" in keys  # an organisation's acronym in brackets
    assert ("zenda watch", "org", "", "NGO") in {r[:4] for r in rows}
    assert "hentzau" in keys  # a one-word alias the dictionary lists for that person alone
    assert "sapt" not in keys  # listed, but another person's surname


def test_shipped_table_keeps_listed_one_word_aliases_of_persons() -> None:
    reading = lookup("Putin", date(2010, 1, 1), "person")
    assert reading is not None and reading.country == "RUS"
    assert (
        lookup("Sanders", kind="person") is None
    )  # a surname the tables never list alone (office_holders.tsv lists "Maduro")


def test_agents_expand_substitution_sets() -> None:
    lines = ["!MINIST! = MINISTER, MINISTRY", "FOREIGN_!MINIST! [~GOV]", "POLICE {} [~COP]", "RIOT_POLICE [~COP]"]
    assert set(agent_rows(lines)) == {
        ("foreign minister", "GOV"),
        ("foreign ministry", "GOV"),
        ("police", "COP"),
        ("riot police", "COP"),
    }


def test_shipped_table_is_small_and_licensed() -> None:
    assert actor_dictionary.ACTORS_FILE.stat().st_size < 5_000_000
    notice = (actor_dictionary.DATA / "PHOENIX_LICENSE.txt").read_text()
    assert "MIT" in notice and "Permission is hereby granted" in notice
    with gzip.open(actor_dictionary.ACTORS_FILE, "rt") as fh:
        assert fh.readline().split("\t")[:3] == ["key", "kind", "country"]


def test_lookup_whole_names_with_dates() -> None:
    assert lookup("Vladimir Putin").country == "RUS"
    assert lookup("Kohl") is None  # never a bare surname the dictionary does not list as an alias
    assert lookup("Medvedev").country == "RUS"  # listed as an alias ('+MEDVEDEV')
    assert lookup("Merkel").country == "DEU"  # her alias as the dictionary lists it
    assert lookup("Angela Merkel", date(2010, 6, 1)).sector == "GOV"
    assert lookup("Angela Merkel", date(1990, 6, 1)).sector == "ELI"
    assert lookup("Hamas").country == "PSE"
    nato = lookup("NATO")
    assert nato is not None and nato.country is None and actor_dictionary.is_international(nato)


def test_agent_sector_for_role_nouns() -> None:
    assert agent_sector("minister") == "GOV"
    assert agent_sector("Foreign Ministers") == "GOV"
    assert agent_sector("protesters") == "OPP"
    assert agent_sector("riot police") == "COP"
    assert agent_sector("rebels") == "REB"
    assert agent_sector("troops") == "MIL"
    assert agent_sector("teapot") is None


def test_role_sector_reads_the_longest_listed_tail() -> None:
    from sitrep.extract.entities import role_sector

    assert role_sector("Foreign Minister") == "GOV"
    assert role_sector("riot police") == "COP"
    assert role_sector("rebel commander") == "REB"
    assert role_sector(None) is None


def test_a_shortened_name_is_not_a_listed_name() -> None:
    # "Carlos Saul Menem" is listed; "Carlos Menem" is not an alias, and common names shorten alike
    assert lookup("Carlos Menem") is None
    assert lookup("Menem") is None


def test_organisation_name_states_its_country_once():
    from sitrep.extract.actor_countries import name_country

    assert name_country("Kenya Anti-Corruption Commission") == "KEN"
    assert name_country("Guinea Bissau Army") == "GNB"  # the longest country name wins over 'Guinea'
    assert name_country("Radical Ruritanian Front") is None
    assert name_country("French-German Brigade") is None  # two countries: none


def test_a_group_coded_by_region_is_international_like_an_igo() -> None:
    """CAMEO codes some armed groups by a region instead of a country ('MEAREB': the Middle East): like an
    IGO, such an actor has no country; a code that is a sector alone ('MED', a news outlet) claims nothing."""
    brigades = lookup("Al-Aqsa Martyrs Brigades")
    assert brigades.code.startswith("MEA") and actor_dictionary.is_international(brigades)
    assert actor_dictionary.is_international(lookup("ECOWAS"))
    afp = lookup("AFP")
    assert afp.country is None and not actor_dictionary.is_international(afp)
    assert not actor_dictionary.is_international(lookup("Hamas"))


def test_an_office_holders_name_misspelt_by_a_letter_reads_as_the_listed_person():
    from datetime import date

    from sitrep.extract.actor_dictionary import near_person

    assert near_person("Nelson Mandella").country == "ZAF"
    assert near_person("Boris Yeltsn", date(2000, 6, 1)).country == "RUS"
    assert near_person("Nelson Mandela") is None  # listed itself: the exact look-up reads it
    assert near_person("Tony Blaire") is None  # a short surname: a letter away is someone else's
    assert near_person("Marcio Lopes") is None  # the given name must be kept whole
