"""Publish dates from record fields and page metadata, in the shapes scrapers, feeds and CMSs write them."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.readers import html_article, record_article

BODY = " ".join(
    ["Envoys of Ruritania and Freedonia met in Strelsau on Tuesday to discuss the reopening of the border crossing."]
    * 5
)
WANT = dt.date(2022, 5, 6)


@pytest.mark.parametrize(
    "fields",
    [
        {"date_publish": "2022-05-06 09:15:00"},
        {"pubDate": "Fri, 06 May 2022 09:15:00 GMT"},
        {"publication_date": "2022-05-06"},
        {"Published_Date": "2022-05-06T09:15:00.000Z"},
        {"publishedDate": "May 6, 2022"},
        {"metadata": {"article:published_time": "2022-05-06T09:15:00+00:00"}},
        {"meta": {"og": {"published_time": "2022-05-06"}}},
        {"jsonld": {"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2022-05-06"}]}},
        {"date_modify": "2022-07-01", "date_publish": "2022-05-06"},
        {"created_at": 1651828500},  # epoch seconds
    ],
)
def test_record_publish_date_from_any_common_field(fields):
    art = record_article({"title": "Border talks", "text": BODY, **fields})
    assert art["published_at"] == WANT
    assert art["published_source"] == "record field"


def test_a_nested_generic_date_is_not_the_publish_date():
    rec = {"title": "Border talks", "text": BODY, "comments": [{"created_at": "2022-09-09"}]}
    assert record_article(rec)["published_at"] is None


def test_keys_in_any_case():
    art = record_article({"Title": "Border talks", "Text": BODY, "PUBLISHED": "2022-05-06"})
    assert art["title"] == "Border talks" and art["published_at"] == WANT


PAGE = (
    "<html><head><title>Border talks</title>{head}</head>"
    "<body><article><h1>Border talks</h1>{time}<p>" + BODY + "</p></article></body></html>"
)


@pytest.mark.parametrize(
    "head,time",
    [
        ('<meta property="article:published_time" content="2022-05-06T09:15:00Z">', ""),
        (
            '<meta property="article:modified_time" content="2022-07-01T00:00:00Z">'
            '<meta property="article:published_time" content="2022-05-06T09:15:00Z">',
            "",
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Border talks", "datePublished": "2022-05-06T23:40:00-05:00", '
            '"dateModified": "2022-06-01T10:00:00-05:00"}</script>',
            "",
        ),
        ("", '<time datetime="2022-05-06T09:15:00Z">6 May</time>'),
        ('<meta itemprop="datePublished" content="2022-05-06">', ""),
        ('<meta name="pubdate" content="20220506">', ""),
    ],
)
def test_html_page_publish_date_from_metadata(head, time):
    art = html_article(PAGE.format(head=head, time=time))
    assert art["published_at"] == WANT
    assert art["published_source"] == "html metadata"


def test_record_holding_the_whole_page_takes_its_metadata_date():
    page = PAGE.format(head='<meta property="article:published_time" content="2022-05-06T09:15:00Z">', time="")
    for key in ("html", "body"):
        art = record_article({"title": "Border talks", key: page})
        assert art["published_at"] == WANT
        assert art["published_source"] == "html metadata"
        assert "Strelsau" in art["body"]
