"""A timed publish stamp is read as the calendar day where the story happens."""

import datetime as dt

import pytest

from sitrep.ingest.local_day import local_publication_day, publish_instant, story_country
from sitrep.ingest.readers import record_article


@pytest.mark.parametrize(
    ("stamp", "title", "body", "day"),
    [
        # evening in the Americas, after midnight UTC
        ("2031-03-26T01:30:00", "RIOTS REPORTED IN ECUADOR", "At least ten people were hurt.", "2031-03-25"),
        ("2031-03-26T01:30:00Z", "Strike shuts Chilean ports", "Dockers walked out.", "2031-03-25"),
        # morning in East Asia, still the evening before in UTC
        ("2031-04-17T22:30:00+00:00", "JAPAN PROTESTS OVER FISHING BOATS", "Tokyo said yesterday...", "2031-04-18"),
        # an offset of the publisher's own, converted to where the story is
        ("2031-07-31T02:10:00+09:00", "Ruritanian premier lands in Chile", "The premier met.", "2031-07-30"),
        # a dateline says where before the title does
        ("2031-07-31T02:10:00Z", "Crowds march", "LIMA, Peru (Wire) - Thousands marched.", "2031-07-30"),
        # the same day either way
        ("2031-07-31T12:00:00Z", "Crowds march in Kenya", "Thousands marched.", "2031-07-31"),
    ],
)
def test_a_timed_stamp_gives_the_day_in_the_storys_country(stamp, title, body, day):
    assert local_publication_day(stamp, title, body) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    ("stamp", "title", "body"),
    [
        ("2031-03-26", "RIOTS REPORTED IN ECUADOR", "At least ten were hurt."),  # no time of day
        ("2031-03-26T01:30:00", "Storm damages harbour", "Boats sank overnight."),  # no country named
        (1_900_000_000, "Riots in Ecuador", "Ten were hurt."),  # not an ISO stamp
    ],
)
def test_no_time_or_no_country_keeps_the_date_as_written(stamp, title, body):
    assert local_publication_day(stamp, title, body) is None


def test_naive_stamps_are_read_as_utc():
    assert publish_instant("2031-03-26T01:30:00").utcoffset() == dt.timedelta(0)


def test_story_country_reads_demonyms_and_upper_case_titles():
    assert story_country("", "Ecuadorean unions called a strike.") == "ECU"
    assert story_country("FREEDONIA AND JAPAN SIGN PACT", "") == "JPN"


def test_a_record_is_published_on_the_local_day():
    rec = {"title": "RIOTS IN ECUADOR", "body": "At least ten people were hurt.", "published": "2031-03-26T01:30:00"}
    art = record_article(rec)
    assert art["published_at"] == dt.date(2031, 3, 25)
