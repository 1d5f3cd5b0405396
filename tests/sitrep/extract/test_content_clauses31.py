"""A place on a noun that tells an act ('a statement by the ministry in X [that Y had done Z]') is where it was
told, not where the told act happened (``content_clauses``); the told clause's own place stands."""

from tests.sitrep.extract.coding import coded


def _sentence_places(nlp, text: str, etype: str) -> list[tuple[str | None, str | None]]:
    return [
        (c.get("location_name"), c.get("location_country_iso3"))
        for c in coded(nlp, text)
        if c["event_type"] == etype and c.get("place_source") == "sentence"
    ]


def test_the_telling_nouns_place_is_not_the_told_acts(nlp):
    text = "The outcry followed a statement by the foreign ministry in Lisbon that Portugal had expelled two envoys."
    assert ("Lisbon", "PRT") not in _sentence_places(nlp, text, "SANCTION")


def test_the_told_clauses_own_place_stands(nlp):
    text = (
        # (a statement: 'a claim by officials that police had arrested ...' is the officials' accusation since
        # round 35, claimed_accusations, and the arrest is no act told as done)
        "The outcry followed a statement by officials in Nairobi that Kenyan police had arrested forty traders"
        " in Mandera."
    )
    assert _sentence_places(nlp, text, "COERCE") == [("Mandera", "KEN")]


def test_a_place_in_the_acts_own_clause_before_the_verb_stands(nlp):
    assert _sentence_places(nlp, "Police in Lagos arrested twelve protesters on Monday.", "COERCE") == [
        ("Lagos", "NGA")
    ]
