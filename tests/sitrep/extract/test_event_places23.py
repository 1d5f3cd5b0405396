"""Places of events found in round 23: a settlement the gazetteer does not know lies in the one country of the
attack's parties when the story names several countries (``party_homes``); a speaker's acts of a day are said
where one of them states its city (``event_venues``); a dateline's own country is no naming of it again
(``event_context``); an act done on the ground told again the same day takes the city a telling states, borrows no
city abroad, and takes the one city of its parties' country the article names (``told_scenes``)."""

from datetime import date

import pytest

from sitrep.extract import entities, events
from sitrep.extract.event_merge import merge_events
from sitrep.extract.event_venues import Happening, venue_places
from tests.sitrep.extract.coding import coded


def _written(nlp, text, etype):
    return [(c["location_written"], c["location_country_iso3"]) for c in coded(nlp, text) if c["event_type"] == etype]


@pytest.mark.parametrize(
    ("text", "written", "iso3"),
    [
        (
            "Libyan troops regained control of the oil ports of Zawiyat Kasr and Bir Tamra after heavy fighting, a"
            " spokesman said. Egypt and Russia denied sending troops to the area.",
            "Zawiyat Kasr",
            "LBY",
        ),
        (
            "Syrian troops recaptured the town of Kfar Zeita from rebels on Sunday, state media said. Russia and"
            " Turkey said the ceasefire was holding.",
            "Kfar Zeita",
            "SYR",
        ),
    ],
)
def test_an_unknown_settlement_lies_in_the_one_country_of_the_attacks_parties(nlp, text, written, iso3):
    assert _written(nlp, text, "ASSAULT") == [(written, iso3)]


def test_parties_of_several_countries_give_no_home_to_an_unknown_settlement(nlp):
    text = (
        "Russian jets and Syrian troops struck the village of Kfar Zeita on Sunday. Turkey and Iran called for a"
        " ceasefire."
    )
    assert _written(nlp, text, "ASSAULT") == [(None, None)]


def _merged_places(nlp, text):
    """(type, place name, country) of the merged events of ``text`` (one article, published 2024-05-13); a person
    is one entity under each of their names' last word ('Shinzo Abe', 'Abe')."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    cands = events.doc_event_candidates(doc, ments, date(2024, 5, 13))
    found = {"article_id": "a1", "mentions": ments, "event_candidates": cands, "quotes": []}
    ids = {("a1", m["idx"]): "ent_" + m["surface"].split()[-1] for m in ments}
    merged, _, _ = merge_events([found], {"a1": {"outlet": "X", "story_id": "s"}}, ids)
    return {(e["event_type"], e["location_name"], e["location_country_iso3"]) for e in merged}


LEAD = "TOKYO - President Donald Trump and Japanese Prime Minister Shinzo Abe urged North Korea on Saturday to abandon"


def test_a_same_day_act_of_a_speaker_that_states_its_city_places_the_speakers_other_acts(nlp):
    text = LEAD + (
        " its missile programme. In a joint statement with Trump at the Mar-a-Lago resort in Palm Beach, Florida,"
        " on Saturday, Abe called the launch intolerable."
    )
    assert ("REQUEST", "Palm Beach", "USA") in _merged_places(nlp, text)


def test_an_act_of_another_day_keeps_its_own_place(nlp):
    text = LEAD + (
        " its missile programme. In a speech at a dinner in Palm Beach, Florida, on Friday, Abe called the launch"
        " intolerable."
    )
    assert ("REQUEST", "Palm Beach", "USA") not in _merged_places(nlp, text)


def _happening(etype, sources, city=None, sentence=""):
    stated = {"location_name": city, "location_country_iso3": "CHN", "latitude": 1.0, "sentence": sentence}
    return Happening(
        etype=etype,
        status="occurred",
        date="2024-05-11",
        precision="day",
        stories={"s"},
        sources=set(sources),
        parties=set(sources),
        place=stated if city else None,
        stated_city=stated if city else None,
    )


def test_a_speakers_venue_must_be_written_in_its_sentence_and_shared_by_a_speaker_not_a_state():
    said = _happening("ACCUSE", {"ent_US", "ent_Tillerson"}, "Beijing", "Tillerson said in Beijing that ...")
    assert venue_places([_happening("REJECT", {"ent_Tillerson"}), said])[0]["location_name"] == "Beijing"
    assert venue_places([_happening("REJECT", {"ent_US", "ent_Haley"}), said], {"ent_US"})[0] is None
    read = _happening("REQUEST", {"ent_Tillerson"}, "Beijing", "Tillerson called on the Chinese agencies to act.")
    assert venue_places([_happening("REJECT", {"ent_Tillerson"}), read])[0] is None


def _placed_on(nlp, text, etype):
    """(written place else place name, country, place source) of each ``etype`` candidate, published 2024-05-13."""
    doc = nlp(text)
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), date(2024, 5, 13))
    return [
        (c.get("location_written") or c["location_name"], c["location_country_iso3"], c["place_source"])
        for c in cands
        if c["event_type"] == etype
    ]


RIGA = "RIGA, Latvia — Russia's security service announced on Thursday that it had arrested a Polish journalist."


def test_a_datelines_own_country_is_no_naming_of_it_again(nlp):
    assert _placed_on(nlp, RIGA, "COERCE") == [(None, None, None)]
    text = "RIGA, Latvia — Latvian police detained two Russian activists on Thursday, officials said."
    assert _placed_on(nlp, text, "COERCE") == [("Riga", "LVA", "dateline")]


def test_an_act_told_again_the_same_day_takes_the_city_a_telling_states(nlp):
    text = RIGA + " The journalist was detained in Yekaterinburg on Thursday while meeting a source, the service said."
    assert [p[:2] for p in _placed_on(nlp, text, "COERCE")] == [("Yekaterinburg", "RUS")] * 2


def test_a_city_of_a_country_none_of_the_acts_parties_belongs_to_places_no_other_telling(nlp):
    text = RIGA + " Belarusian police detained three activists in Minsk on Thursday, a rights group said."
    assert [p[:2] for p in _placed_on(nlp, text, "COERCE")] == [(None, None), ("Minsk", "BLR")]


def test_an_act_of_force_borrows_no_dateline_city_of_a_country_none_of_its_parties_belongs_to(nlp):
    text = RIGA + " Latvia's foreign minister condemned the arrest."
    assert _placed_on(nlp, text, "COERCE") == [(None, None, None)]
    text = "KABUL, Afghanistan — Taliban fighters attacked a police checkpoint on Thursday, Afghan officials said."
    assert _placed_on(nlp, text, "ASSAULT") == [("Kabul", "AFG", "dateline")]


def test_a_domestic_act_on_the_ground_takes_the_one_city_of_its_country_the_article_names(nlp):
    text = "Belarusian police detained fifty protesters on Sunday. The opposition had called for a rally in Minsk."
    assert _placed_on(nlp, text, "COERCE") == [("Minsk", "BLR", "story")]
    text = "Belarusian police detained an American reporter on Sunday. The opposition had called for a rally in Minsk."
    assert _placed_on(nlp, text, "COERCE") == [(None, None, None)]  # parties of two countries: no one home


def test_a_city_inferred_from_the_story_keeps_no_reports_of_one_act_apart():
    from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention

    ments = [mention(0, "Norway"), mention(1, "Chile")]

    def placed(name, iso3, source):
        c = cand("ASSAULT", [(0, "source"), (1, "target")], "2024-03-04", "expression")
        return {**c, "location_name": name, "location_country_iso3": iso3, "place_source": source, "latitude": 1.0}

    a1, a2 = (
        analysis("a1", ments, [placed("Lima", "PER", "story")]),
        analysis("a2", ments, [placed("Arica", "CHL", "sentence")]),
    )
    arts = {"a1": {"outlet": "X", "story_id": "s"}, "a2": {"outlet": "Y", "story_id": "s"}}
    merged, _, _ = merge_events([a1, a2], arts, entities([a1, a2]))
    assert [e["location_name"] for e in merged] == ["Arica"]


@pytest.mark.parametrize(
    ("text", "etype", "written", "iso3"),
    [
        ("Protesters rallied in the towns of Kafr Nabl and Saraqib on Friday, Syrian activists said.", "PROTEST",
         "Kafr Nabl", "SYR"),
        ("Police arrested ten men in the port of Aden on Monday.", "COERCE", "Aden", "YEM"),
        ("Hundreds of residents of Greater Noida attacked African students on Monday.", "ASSAULT", "Greater Noida",
         "IND"),
    ],
)  # fmt: skip
def test_the_place_of_settlements_named_by_a_plural_noun_or_of_their_dwellers_is_where_the_act_happened(
    nlp, text, etype, written, iso3
):
    assert [p[:2] for p in _placed_on(nlp, text, etype)] == [(written, iso3)]


def test_citizens_of_a_country_are_no_dwellers_of_a_place(nlp):
    assert _placed_on(nlp, "Citizens of Nigeria protested in London on Friday.", "PROTEST")[0][:2] == ("London", "GBR")
