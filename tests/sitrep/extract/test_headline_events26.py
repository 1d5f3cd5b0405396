"""Events a headline states, read from the article's title and told in its body (``headline_events``), through
the real spaCy pipeline. Invented titles and bodies."""

from __future__ import annotations

import pytest

from sitrep.extract import pipeline
from sitrep.extract.doc_bytes import parse_articles, usable_title
from tests.sitrep.extract.coding import analyse_titled, from_title, party_name


def _article(title: str, body: str, **extra) -> dict:
    return {"article_id": "a1", "title": title, "body": body, "published_at": "2017-03-20", **extra}


@pytest.fixture(scope="module")
def coded(nlp):
    """(title, body) -> [(event type, {(role, surface, country)}, evidence start, from the title)]."""

    def run(title: str, body: str) -> list[tuple]:
        cands, surface = analyse_titled(nlp, title, body)
        return [
            (
                c["event_type"],
                {(p["role"], party_name(p, surface), p.get("country_iso3")) for p in c["participants"]},
                c["start_char"],
                from_title(c),
            )
            for c in cands
        ]

    return run


def test_headline_act_is_added_in_the_body_sentence_naming_its_actors(coded):
    body = (
        "Santiago on Monday recalled its ambassador in Lima. The Chilean government said documents found in "
        "Valparaiso showed that Peruvian agents had photographed navy ships. Peru denied it."
    )
    events = coded("Chile accuses Peru of spying on its navy", body)
    accuse = [e for e in events if e[0] == "ACCUSE"]
    assert accuse and accuse[0][3]  # the body alone codes no accusation
    assert accuse[0][1] == {("source", "Chilean", "CHL"), ("target", "Peruvian", "PER")}  # the states, by demonym
    assert accuse[0][2] == body.index("The Chilean")  # evidence: the first body sentence naming both


def test_headline_gives_a_body_event_its_missing_counterpart(coded):
    body = "Hawaii filed a lawsuit on Wednesday, saying the order hurts its tourism. President Donald Trump signed it."
    events = coded("Hawaii sues Trump over travel ban", body)
    accuse = [e for e in events if e[0] == "ACCUSE"]
    assert len(accuse) == 1  # merged into the body's event, never beside it
    assert accuse[0][1] >= {("source", "Hawaii", None), ("target", "Donald Trump", None)}  # 'Trump': his surname
    assert accuse[0][2] == 0


def test_headline_actor_the_body_never_names_codes_nothing(coded):
    body = "The Chilean government said on Monday that foreign agents had photographed navy ships in Valparaiso."
    assert not [e for e in coded("Chile accuses Bolivia of spying on its navy", body) if e[3]]


def test_question_headline_and_headline_opening_the_body_are_not_read():
    assert usable_title(_article("Is Chile spying on Peru?", "Chile said ...")) == ""
    assert usable_title(_article("Chile accuses Peru", "Chile accuses Peru of spying. It said ...")) == ""
    assert usable_title(_article("Chile accuses Peru", "A body.", title_source="first_sentence")) == ""
    assert usable_title(_article(" Chile  accuses Peru ", "Santiago said ...")) == "Chile accuses Peru"


def test_titles_parsed_in_another_process_give_the_same_analysis(nlp):
    articles = [
        _article("Chile accuses Peru of spying", "The Chilean government said Peruvian agents spied on it."),
        {"article_id": "a2", "body": "Peru denied it on Tuesday.", "published_at": None},
    ]
    parsed = parse_articles(articles, nlp)
    assert parsed[0][1] is not None and parsed[1][1] is None
    assert pipeline.analyze_parsed(articles, parsed, nlp) == pipeline.analyze_articles(articles, nlp)


def test_headline_in_capitals_takes_the_body_spelling():
    from sitrep.extract.doc_bytes import body_cased

    body = "QUITO, March 4 - Chile said its navy sank 3 boats. It said the U.S. and Britain knew of the raid."
    assert body_cased("CHILE SAYS IT SANK BOATS NEAR QUITO", body) == "Chile says it sank boats near Quito"
    assert body_cased("U.S., BRITAIN BACK CHILEAN RAID", body) == "U.S., Britain back chilean raid"
    assert body_cased("Chile says it sank boats", body) == "Chile says it sank boats"  # mixed case: as it is


def test_headline_in_title_case_takes_the_body_spelling():
    from sitrep.extract.doc_bytes import body_cased

    body = "Chile's top general mocked the Peruvian navy on Monday. General Soto said Peru had no ships."
    assert body_cased("Chile's Top General Mocks Peruvian Navy", body) == "Chile's top general mocks Peruvian navy"


def test_headline_circumstance_is_no_act_of_its_subject(coded):
    body = (
        "Chile's government on Monday condemned what it called Peruvian provocations. "
        "Drones had struck two warehouses near Santiago, officials said."
    )
    events = coded("Chile condemns Peru amid drone attacks on Santiago", body)
    assert ("ACCUSE", {("source", "Chile", None), ("target", "Peruvian", "PER")}, 0, True) in events
    assert not [e for e in events if e[0] == "ASSAULT" and e[3]]  # 'amid drone attacks': not Chile's attack


def test_headline_the_body_repeats_near_its_start_is_not_read_twice():
    body = "WORLD\nChile accuses Peru of spying\nBy a reporter\n\nThe Chilean government said ..."
    assert usable_title(_article("Chile accuses Peru of spying", body)) == ""


def test_headline_never_enriches_a_background_act_of_an_earlier_year(coded):
    body = (
        "Lawmakers voted by a big majority on Thursday to deprive Le Pen of her immunity. "
        "The European Parliament is based in Brussels. Le Pen's immunity has been lifted before, in 2013."
    )
    events = coded("European Parliament strips Le Pen of immunity", body)
    background = [e for e in events if e[0] == "SANCTION" and e[2] == body.index("Le Pen's immunity")]
    assert background and not background[0][3]  # 2013's lifting gets no party from today's headline
