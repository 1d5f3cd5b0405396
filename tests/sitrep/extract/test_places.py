"""Gazetteer look-ups: cities with coordinates, countries, demonym capitals, nested names, datelines."""

from sitrep.extract.places import dateline_place, demonym_iso3, resolve_place


def test_city_with_coordinates():
    p = resolve_place("Havana")
    assert p["location_name"] == "Havana" and p["location_country_iso3"] == "CUB"
    assert abs(p["latitude"] - 23.1) < 0.2 and abs(p["longitude"] + 82.4) < 0.2


def test_nested_and_demonym_capital():
    assert resolve_place("Havana, Cuba")["location_name"] == "Havana"
    assert resolve_place("the Cuban capital")["location_name"] == "Havana"
    assert resolve_place("Mozambique's capital")["location_name"] == "Maputo"


def test_country_only_has_no_coordinates():
    p = resolve_place("Nicaragua")
    assert p["level"] == "country" and p["location_country_iso3"] == "NIC" and p["latitude"] is None


def test_spelling_variants_and_venues():
    assert resolve_place("St. Petersburg")["location_country_iso3"] == "RUS"
    assert resolve_place("Kiev")["location_name"] == "Kyiv"
    assert resolve_place("the XIII Moscow International Security Summit")["location_name"] == "Moscow"
    assert resolve_place("Augusto C. Sandino airport in Managua")["location_name"] == "Managua"
    assert resolve_place("Simon Bolivar International Airport") is None


def test_demonyms():
    assert demonym_iso3("Cuban") == "CUB" and demonym_iso3("Venezuelan") == "VEN"
    assert demonym_iso3("South African") == "ZAF" and demonym_iso3("Turkish") == "TUR"


def test_datelines():
    assert dateline_place("CARACAS, Venezuela — Iranian President met")["location_name"] == "Caracas"
    assert dateline_place("NAIROBI /Kenya/, May 29. /TASS/. The Russian side")["location_name"] == "Nairobi"
    assert dateline_place("BUJUMBURA June 1st (ABP) – Mr. Lavrov")["location_name"] == "Bujumbura"
    assert dateline_place("The president said on Monday that talks went well.") is None


def test_capital_stands_for_its_state():
    from sitrep.extract.places import capital_iso3

    assert capital_iso3("Moscow") == "RUS" and capital_iso3("Moscow's") == "RUS"
    assert capital_iso3("Tehran") == "IRN"
    assert capital_iso3("Sochi") is None


def test_dateline_spans_cover_place_date_and_agency_credit():
    from sitrep.extract.places import dateline_spans

    for text, head in [
        ("MOSCOW (Sputnik) - Russian Foreign Minister Sergey Lavrov arrived.", "MOSCOW (Sputnik) -"),
        ("SARATOV, February 9./TASS/. Renowned traveler Fyodor Konyukhov", "SARATOV, February 9./TASS/."),
        ("Geneva, Switzerland - The Syrian delegation accused the opposition.", "Geneva, Switzerland -"),
    ]:
        assert [text[s:e] for s, e in dateline_spans(text)] == [head]
    assert dateline_spans("Trump - who arrived late - spoke. The talks - held in Paris - ended.") == []
