"""The countries an article names include those of the well-known regions it names (``named_countries``): a story
told from a region rarely names its country, and a city of that country must not become a namesake abroad."""

from sitrep.extract.named_countries import article_countries, mention_country
from tests.sitrep.extract.coding import places


def _m(surface: str, label: str = "GPE") -> dict:
    return {"surface": surface, "label": label}


def test_a_region_names_its_country():
    assert mention_country(_m("the West Bank", "LOC")) == "PSE"
    assert mention_country(_m("Scotland")) == "GBR"
    assert mention_country(_m("Crimea", "LOC")) == "UKR"


def test_countries_and_demonyms_still_name_theirs():
    assert article_countries([_m("Ruritania"), _m("Peru"), _m("Chilean", "NORP")]) == {"PER", "CHL"}


def test_a_disputed_region_or_a_city_names_no_country():
    assert mention_country(_m("Kashmir", "LOC")) is None
    assert mention_country(_m("Lyon")) is None
    assert mention_country(_m("Maria Lopez", "PERSON")) is None


def test_a_city_of_the_region_named_later_is_not_a_namesake_abroad(nlp):
    text = (
        "South African union leaders met officials in Dundee on Monday. "
        "The talks were the first held in Scotland this year."
    )
    assert places(nlp, text, "CONSULT") == [("Dundee", "GBR")]


def test_without_the_region_the_named_country_keeps_its_namesake(nlp):
    text = "South African union leaders met officials in Dundee on Monday."
    assert places(nlp, text, "CONSULT") == [("Dundee", "ZAF")]
