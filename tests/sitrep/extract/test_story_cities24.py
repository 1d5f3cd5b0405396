"""Round 24 places of merged events (``story_cities``): a country-level place takes the city its reports give in
that country; a place borrowed only from a dateline in a country no party belongs to yields to the acting side."""

from datetime import date

from sitrep.extract import entities, events
from sitrep.extract.event_merge import merge_events


def _merged_places(nlp, text):
    """(type, place name, country) of the merged events of ``text`` (one article, published 2024-05-13)."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    cands = events.doc_event_candidates(doc, ments, date(2024, 5, 13))
    found = {"article_id": "a1", "mentions": ments, "event_candidates": cands, "quotes": []}
    ids = {("a1", m["idx"]): "ent_" + m["surface"].split()[-1] for m in ments}
    merged, _, _ = merge_events([found], {"a1": {"outlet": "X", "story_id": "s"}}, ids)
    return {(e["event_type"], e["location_name"], e["location_country_iso3"]) for e in merged}


def test_a_dateline_abroad_no_party_belongs_to_is_not_where_a_statement_was_made(nlp):
    text = (
        "BEIJING, May 13 (Reuters) - Peru praised Chile's new trade policy on Monday. China's foreign ministry"
        " declined to comment on the policy."
    )
    got = _merged_places(nlp, text)
    assert ("SUPPORT", "Lima", "PER") in got, got


def test_a_dateline_in_the_praised_sides_country_does_not_place_the_praise_either(nlp):
    text = (
        "SANTIAGO, May 13 (Reuters) - Peru praised Chile's new trade policy on Monday. Chile's foreign ministry"
        " declined to comment on the policy."
    )
    got = _merged_places(nlp, text)
    assert ("SUPPORT", "Lima", "PER") in got, got


def test_a_meeting_keeps_the_dateline_abroad(nlp):
    text = (
        "GENEVA, May 13 (Reuters) - Peru's foreign minister met his Chilean counterpart on Monday. Swiss officials"
        " said the talks were held behind closed doors."
    )
    got = _merged_places(nlp, text)
    assert any(t == "CONSULT" and iso3 == "CHE" for t, _, iso3 in got), got


def test_a_country_level_place_takes_the_one_city_of_that_country_the_reports_place_acts_in(nlp):
    text = (
        "Chilean soldiers clashed with smugglers inside Peru on Monday. On Sunday, Peruvian police had detained"
        " two Chilean soldiers in Tacna."
    )
    got = _merged_places(nlp, text)
    assert ("ASSAULT", "Tacna", "PER") in got, got


def test_a_country_level_place_takes_the_one_city_of_that_country_the_reports_name(nlp):
    text = (
        "Chilean soldiers clashed with smugglers inside Peru on Monday. Officials in Tacna said the smugglers had fled."
    )
    got = _merged_places(nlp, text)
    assert ("ASSAULT", "Tacna", "PER") in got, got


def test_praise_placed_only_by_a_dateline_abroad_is_said_at_the_praising_sides_home(nlp):
    text = (
        "SEOUL, May 13 (Reuters) - Japan praised South Korea's new president on Monday. South Korea's foreign"
        " ministry declined to comment."
    )
    got = _merged_places(nlp, text)
    assert ("SUPPORT", "Tokyo", "JPN") in got, got
