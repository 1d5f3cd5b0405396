"""A place in the clause that reports an act ('told a news conference in X that ...') is where it was told, not
where the reported act happened, however close the two words stand."""

from tests.sitrep.extract.coding import places


def _places(nlp, text, etype):
    return [iso3 for _, iso3 in places(nlp, text, etype)]


def test_the_reporting_clauses_place_is_not_the_reported_acts(nlp):
    text = "The Chilean defence minister told a press briefing in Santiago that Peru had violated the truce."
    got = _places(nlp, text, "ASSAULT")
    assert got and "CHL" not in got, got


def test_the_reported_acts_own_place_stands(nlp):
    text = "The Kenyan army told reporters in Nairobi on Monday that its jets had bombed militant camps in Gedo."
    assert _places(nlp, text, "ASSAULT") == ["SOM"]
