"""Metadata: outlet line, bylines, date lines, datelines (never a guessed year), URL dates, language, words."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sitrep.ingest.dates import date_line, find_dates, parse_dateline, url_date
from sitrep.ingest.metadata import detect_language, split_title, word_count
from sitrep.ingest.readers import parse_published, text_article


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("May 29, 2023", "2023-05-29"),
        ("• Tue. Oct 3rd, 2023", "2023-10-03"),
        ("16th Friday, June 2023 - 09:54 UTC Full article", "2023-06-16"),
        ("14:45 GMT 17.06.2023 (Updated: 14:46 GMT 17.06.2023)", "2023-06-17"),
        ("2023-02-07T04:29+0000", "2023-02-07"),
        ("Posted on 12 May 2021", "2021-05-12"),
        ("Wednesday, May 30, 2025", None),  # the weekday contradicts the date: not trusted
        ("June 2023", None),  # no day
        ("1 min read", None),
        ("He arrived in Paris on July 30, 2023, to mark the anniversary", None),  # a sentence, not a date line
    ],
)
def test_date_lines(line, expected):
    got = date_line(line)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize(
    ("para", "place", "month_day", "year"),
    [
        ("MOSCOW, May 29. /TASS/. The minister said", "MOSCOW", (5, 29), None),
        ("Havana, Jun 15 (EFE).- Officials signed", "Havana", (6, 15), None),
        ("TEHRAN, Jul. 12 (MNA) – The president", "TEHRAN", (7, 12), None),
        ("BUJUMBURA June 1st (ABP) – Mr. Lavrov", "BUJUMBURA", (6, 1), None),
        ("MOSCOW (UrduPoint News / Sputnik - 07th February, 2023) Russian", "MOSCOW", (2, 7), 2023),
        ("LONDON, March 3 (Reuters) - Shares fell", "LONDON", (3, 3), None),
    ],
)
def test_datelines(para, place, month_day, year):
    d = parse_dateline(para)
    assert d["place"] == place and (d["month"], d["day"]) == month_day and d["year"] == year


@pytest.mark.parametrize(
    "para",
    [
        "Today, September 4, Erdogan met Putin in Sochi.",
        "On January 23, the president received the minister.",
        "In May 2021, the talks began.",
        "Russian Foreign Minister Sergey Lavrov has held talks",
    ],
)
def test_sentences_are_not_datelines(para):
    assert parse_dateline(para) is None


def test_dateline_without_year_never_gives_a_published_date():
    a = text_article("Talks in Moscow\n\nMOSCOW, May 29. /TASS/. The two ministers met on Monday in 2019 style.")
    assert a["published_at"] is None
    assert a["dateline"]["month"] == 5 and a["dateline"]["day"] == 29 and a["dateline"]["year"] is None


def test_body_dates_are_not_publication_dates():
    a = text_article("Navy Day\n\nPutin went to St Petersburg on July 30, 2023, to mark Navy Day with sailors.")
    assert a["published_at"] is None


def test_date_bar_and_publication_line_are_reconciled_by_the_dateline():
    text = "Visit to Burundi\n\n• Tue. Oct 3rd, 2023\n\nJun 1, 2023\n\nBUJUMBURA June 1st (ABP) – The minister met."
    assert text_article(text)["published_at"] == dt.date(2023, 6, 1)


def test_url_dates():
    assert url_date("https://news.example/20230531/some-story-1110812336.html") == dt.date(2023, 5, 31)
    assert url_date("https://news.example/2023/06/16/story") == dt.date(2023, 6, 16)
    assert url_date("https://news.example/politics/1652201") is None


def test_outlet_line_byline_and_copyright():
    text = (
        "MetroWire\n\nCity council approves new budget\n\nFriday, May 30, 2025 by Jane Roe\n\n"
        "The city council approved the new budget on Thursday after a long debate about transport spending.\n\n"
        "© MetroWire 2025"
    )
    a = text_article(text)
    assert (a["outlet"], a["title"], a["author"]) == ("MetroWire", "City council approves new budget", "Jane Roe")
    assert a["published_at"] == dt.date(2025, 5, 30)
    assert a["body"].startswith("The city council") and "©" not in a["body"] and "Jane Roe" not in a["body"]
    assert {r["reason"] for r in a["removed"]} >= {"outlet line", "byline", "copyright footer"}


def test_short_first_line_without_site_name_shape_stays_the_title():
    assert split_title("Breaking news\n\nSomething happened today in the city.\n\nMore text.")[:2] == (
        None,
        "Breaking news",
    )


def test_outlet_from_source_line():
    a = text_article(
        "Title here\n\nThe minister met his counterpart on Monday in the capital city.\n\nSOURCE: Metro Gazette"
    )
    assert a["outlet"] == "Metro Gazette"


def test_language_and_word_count():
    assert detect_language("The minister met his counterpart on Monday to discuss trade and energy.") == "en"
    assert detect_language("Le ministre a rencontré son homologue lundi pour discuter du commerce.") == "fr"
    assert detect_language("ok") is None
    assert detect_language("THE FEDERAL RESERVE SAID THE MONEY SUPPLY ROSE IN THE WEEK ENDED FEBRUARY 16.") == "en"
    assert word_count("Díaz-Canel met Putin’s envoy at 10:30 in St. Petersburg.") == 9


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-02-07", "2023-02-07"),
        ("2023-02-07T04:29:00Z", "2023-02-07"),
        (1689206400, "2023-07-13"),
        (1689206400000, "2023-07-13"),
        ("September 4, 2023", "2023-09-04"),
        ("last Friday", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_record_published_values(value, expected):
    got = parse_published(value)
    assert (got.isoformat() if got else None) == expected


def test_find_dates_spans():
    text = "Signed on 15 June 2023 in Havana and ratified on 2023-07-01."
    assert [d.isoformat() for d, _ in find_dates(text)] == ["2023-06-15", "2023-07-01"]


def test_seeds_boilerplate_and_metadata(shared_dir):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    for path in seeds:
        a = text_article(path.read_text(encoding="utf-8"))
        lower = a["body"].lower()
        for chrome in (
            "no time to read",
            "comments are closed",
            "continue reading",
            "thought on",
            "©",
            "previous article",
            "get a summary",
        ):
            assert chrome not in lower, (path.name, chrome)
        assert "cubans in military uniform should be sent" not in lower  # the reader comment
        if path.name.startswith("001_"):
            assert a["outlet"] == "CubaHeadlines" and a["author"] == "Aaron Delgado"
            assert a["published_at"] == dt.date(2025, 5, 30)
            assert a["title"] == "Russia Seeks Security Dialogue with Cuba and Latin American Allies"
            assert a["body"].startswith("The Russian Security Council Secretary, Sergei Shoigu, called on Thursday")
        else:
            assert a["published_at"] is None  # none of the other seeds writes a date


def test_devset_published_dates_are_never_wrong(shared_dir):
    gold = {
        d["doc"]: d["published"] for d in json.loads((shared_dir / "devset" / "gold.json").read_text())["documents"]
    }
    right = 0
    for name, published in gold.items():
        a = text_article((shared_dir / "devset" / "docs" / name).read_text(encoding="utf-8"))
        got = a["published_at"].isoformat() if a["published_at"] else None
        if got and published and a["published_source"].startswith("dateline +"):
            # a wire dispatch date completed from the text: the page may show the next day, never another date
            assert 0 <= (dt.date.fromisoformat(published) - a["published_at"]).days <= 1, (name, got, published)
            continue
        assert got is None or got == published, (name, got, published)  # unknown stays null, never guessed
        right += got == published and got is not None
    assert right >= 8


def test_all_caps_short_title_is_not_an_outlet():
    text = "COCOA REVIEW\n\nShowers continued throughout the week in\nthe Bahia cocoa zone, said the review."
    assert split_title(text)[:2] == (None, "COCOA REVIEW")


def test_outlet_line_confirmed_by_footer():
    text = "THE LEDGER\n\nPort strike ends after deal\n\nDock workers ended the strike on Friday.\n\n© The Ledger 2024"
    assert split_title(text)[:2] == ("THE LEDGER", "Port strike ends after deal")


def test_leading_url_line_gives_url_and_date_not_the_title():
    a = text_article(
        "https://news.example/2024/03/05/port-strike\n\nPort strike ends\n\nDock workers ended the strike on Friday."
    )
    assert a["title"] == "Port strike ends" and a["url"] == "https://news.example/2024/03/05/port-strike"
    assert a["published_at"] == dt.date(2024, 3, 5) and a["published_source"] == "url"


def test_year_less_dateline_takes_the_year_of_a_nearby_written_date_only():
    import datetime as dt

    from sitrep.ingest.metadata import dateline_year_from_text

    dl = {"month": 6, "day": 15, "date": None}
    caption = "Presidents look on at the Palace in Havana on 15 June 2023. EFE/ Photographer"
    assert dateline_year_from_text(dl, caption + "\nHavana, Jun 15 (EFE).- Officials signed accords") == dt.date(
        2023, 6, 15
    )
    # a date far from the dateline (a background visit) lends no year; two nearby years disagree -> nothing
    assert dateline_year_from_text(dl, "He last visited on March 3, 2010.") is None
    assert dateline_year_from_text(dl, "On June 14, 2022 and on June 16, 2023 ...") is None
    assert dateline_year_from_text({"month": 6, "day": 15, "date": dt.date(2021, 6, 15)}, caption) is None
    assert dateline_year_from_text(None, caption) is None


@pytest.mark.parametrize(
    ("body", "month_day", "published"),
    [
        ("Today, September 4, Erdogan met Putin in Sochi. They discussed grain.", (9, 4), None),
        ("Today, Monday, June 3rd, 2024, the talks began in Baku.", (6, 3), dt.date(2024, 6, 3)),
        ("This morning, March 2 the minister arrived.", (3, 2), None),
    ],
)
def test_a_lead_stating_its_own_day_is_dateline_shaped(body, month_day, published):
    """'Today, September 4, ...' is prose, not a dateline, but it states the article's day: month/day kept for
    story and event anchors, and a publication date only when the year is written."""
    a = text_article(f"Title\n\n{body}")
    assert (a["dateline"]["month"], a["dateline"]["day"]) == month_day
    assert a["dateline"]["place"] is None
    assert a["published_at"] == published


def test_a_lead_with_a_day_later_in_the_text_is_not_a_lead_date():
    a = text_article("Title\n\nThe ministers met. Today, September 4, they signed.\n\nToday, May 1, is a holiday.")
    assert a["dateline"] is None


@pytest.mark.parametrize(
    ("body", "published"),
    [
        ("14 June 2024; XNA: Farmers blocked the motorway near the capital.", dt.date(2024, 6, 14)),
        ("June 14, 2024 - Farmers blocked the motorway near the capital.", dt.date(2024, 6, 14)),
        ("June 14, 2024 was the hottest day of the year in the capital.", None),  # prose, no separator
    ],
)
def test_a_lead_opening_with_a_complete_date_dates_the_article(body, published):
    a = text_article(f"Title\n\nSection label\n\n{body}")
    assert a["published_at"] == published


def test_us_numeric_dates_only_next_to_a_us_time_zone():
    assert date_line("04/05/24 10:12 PM ET") == dt.date(2024, 4, 5)
    assert find_dates("the vote of 04/05/24 was close") == []  # no zone: month or day first is unknown


def test_a_dateline_place_may_hold_a_glued_particle():
    d = parse_dateline("Wadi elNour Checkpoint, Ruritania, Mar 3 (Some Wire - 3rd Mar, 2024 ) :Trucks crossed")
    assert d["place"].startswith("Wadi elNour") and (d["month"], d["day"]) == (3, 3)
