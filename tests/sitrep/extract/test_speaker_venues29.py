"""Where a speaker spoke places that speaker's acts of words (speaker_venues.py): each example row of
data/speaker_venue_verbs.tsv through the real pipeline, and the cases where the venue must not be used."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded, places

ROWS = read_tsv("speaker_venue_verbs.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["verb"] for r in ROWS])
def test_the_speaker_venue_places_the_act_of_words(nlp, row):
    got = places(nlp, row["example"], row["type"])
    assert got and all(name == row["city"] for name, _ in got), got


def test_the_quote_said_at_the_venue_is_placed_there(nlp):
    text = (
        'Ruritanian President Anton Varga on Tuesday condemned the border closure by Borduria. "We will not '
        'accept this," Varga said while speaking at a trade fair in Lyon.'
    )
    assert places(nlp, text, "REJECT") == [("Lyon", "FRA")]


def test_a_venue_named_before_its_city_whatever_the_city_is_tagged(nlp):
    text = (
        "Mr Hallberg rejected criticism of the Ruritanian government's handling of the talks. He said the "
        "government had played an active role. Making a public statement at Castle House, Lyon, after the "
        'deadline passed, Mr Hallberg said there was "no appetite" for a new vote.'
    )
    assert places(nlp, text, "REJECT") == [("Lyon", "FRA")]


def test_another_speakers_venue_places_nothing(nlp):
    text = (
        "Ruritanian Prime Minister Karl Odo accused Borduria of stoking the unrest. Bordurian President Ilse "
        "Brandt told reporters in Hamburg that the talks had failed."
    )
    assert ("Hamburg", "DEU") not in places(nlp, text, "ACCUSE")


def test_a_speaker_said_to_speak_in_two_cities_has_no_venue(nlp):
    text = (
        "Ruritanian Prime Minister Karl Odo accused Borduria of stoking the unrest. Odo told reporters in "
        "Hamburg that the talks had failed. Odo later spoke at a rally in Marseille."
    )
    got = places(nlp, text, "ACCUSE")
    assert got and not {name for name, _ in got} & {"Hamburg", "Marseille"}, got


def test_the_place_of_its_own_sentence_wins(nlp):
    text = (
        "At a summit in Vienna, Ruritanian Prime Minister Karl Odo accused Borduria of stoking the unrest. "
        "Odo told reporters in Hamburg that the talks had failed."
    )
    assert places(nlp, text, "ACCUSE") == [("Vienna", "AUT")]


def test_an_attack_is_not_placed_where_its_doer_spoke(nlp):
    text = (
        "Ruritanian troops shelled Bordurian positions on Monday, the army said. Ruritanian President Anton "
        "Varga spoke at a press conference in Lyon."
    )
    got = [c for c in coded(nlp, text) if c["event_type"] == "ASSAULT"]
    assert got and all(c["place_how"] != "speaker_venue" for c in got), got


def test_a_demand_quoted_with_a_state_as_its_subject_is_placed_where_its_speaker_spoke(nlp):
    text = (
        "Ruritanian Prime Minister Karl Odo on Monday urged France to pull its soldiers back from the border. "
        '"France must leave now," Odo told reporters in Hamburg.'
    )
    got = places(nlp, text, "REQUEST")
    assert got and set(got) == {("Hamburg", "DEU")}, got
