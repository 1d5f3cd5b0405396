"""An announced act that names no time of its own is dated by the day its report was published (round 26),
tested on invented reports through the real spaCy pipeline and the merge."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import event_triggers
from sitrep.extract.pipeline import analyze_articles, assemble
from tests.sitrep.extract.coding import event_dates

#: a Friday
FRIDAY = date(2031, 5, 9)
ROWS = [r for r in event_triggers.read_tsv("discourse_cues.tsv") if r["cue"] == "announcing"]


def _events(nlp, texts: list[str], published: list[date | None]) -> list[dict]:
    articles = [
        {"article_id": f"ann{i}", "body": text, "published_at": day, "story_id": "s1"}
        for i, (text, day) in enumerate(zip(texts, published, strict=True))
    ]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    return out["events"]


def _planned(events: list[dict], etype: str) -> list[dict]:
    return [e for e in events if e["event_type"] == etype and e["event_status"] == "planned"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["pattern"])
def test_an_act_announced_in_the_future_tense_takes_the_day_of_its_report(nlp, row):
    found = _planned(_events(nlp, [row["example"]], [FRIDAY]), "REQUEST")
    assert found and found[0]["event_date"] == FRIDAY.isoformat(), found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Canada will send humanitarian aid to Peru, the foreign minister said.", "AID"),
        ("President Ana Ruiz will meet Freedonian Prime Minister Luis Vega, her office said.", "CONSULT"),
    ],
)
def test_other_announced_acts_take_the_day_of_their_report(nlp, text, etype):
    found = [e for e in _events(nlp, [text], [FRIDAY]) if e["event_type"] == etype]
    assert found and found[0]["event_date"] == FRIDAY.isoformat(), found


def test_the_earliest_report_of_the_announcement_gives_the_day(nlp):
    text = "The Ruritanian Workers Party will ask President Ana Ruiz to accept the demands of the opposition."
    found = _planned(_events(nlp, [text, text + " The party met on its own."], [FRIDAY, date(2031, 5, 10)]), "REQUEST")
    assert [e["event_date"] for e in found] == [FRIDAY.isoformat()], found


@pytest.mark.parametrize(
    "text",
    [
        # an aspiration, not an announcement
        "We are focused on resuming the consultations with President Ana Ruiz, the Ruritanian Workers Party said.",
        # a vague time of its own
        "The Ruritanian Workers Party will ask President Ana Ruiz in the coming weeks to accept the demands.",
    ],
)
def test_no_announcement_keeps_no_day(nlp, text):
    assert all(e["event_date"] is None for e in _events(nlp, [text], [FRIDAY]) if e["event_status"] == "planned")


def test_an_announced_act_with_a_day_of_its_own_keeps_it(nlp):
    text = "The Ruritanian Workers Party will ask President Ana Ruiz on Monday to accept the demands of the opposition."
    found = _planned(_events(nlp, [text], [FRIDAY]), "REQUEST")
    assert found and found[0]["event_date"] == "2031-05-12", found


def test_the_day_of_the_telling_stays_the_day(nlp):
    text = "Canada would send humanitarian aid to Peru, the foreign minister said on Tuesday."
    found = [e for e in _events(nlp, [text], [FRIDAY]) if e["event_type"] == "AID"]
    assert found and found[0]["event_date"] == "2031-05-06", found


def test_an_undated_report_gives_no_day(nlp):
    text = "The Ruritanian Workers Party will ask President Ana Ruiz to accept the demands of the opposition."
    assert all(e["event_date"] is None for e in _events(nlp, [text], [None]))


def test_an_update_stamped_a_day_later_gives_the_day_it_first_went_out(nlp):
    text = "The Ruritanian Workers Party will ask President Ana Ruiz to accept the demands of the opposition."
    articles = [
        {
            "article_id": "ann-url",
            "body": text,
            "published_at": FRIDAY,
            "url": "https://news.example.com/2031/05/08/party-demands/index.html",
        }
    ]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    found = _planned(out["events"], "REQUEST")
    assert found and found[0]["event_date"] == "2031-05-08", found


# --- an opening sentence told in the future tense is the report's news: it keeps the publication day


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian government will shortly issue a statement warning it will take emergency measures if the "
        "protests continue, state radio said. Yesterday thousands of demonstrators marched through the capital.",
        "The Ruritanian government will take emergency measures if the protests continue, state radio said. "
        "Yesterday thousands of demonstrators marched through the capital.",
    ],
)
def test_an_opening_told_in_the_future_keeps_the_day_of_its_report(nlp, text):
    assert event_dates(nlp, text, FRIDAY)["THREATEN"] == FRIDAY.isoformat()


def test_an_opening_told_in_the_past_still_takes_the_day_named_after_it(nlp):
    text = (
        "The Ruritanian government threatened to take emergency measures if the protests continue. "
        "The statement was read out on state radio yesterday."
    )
    assert event_dates(nlp, text, FRIDAY)["THREATEN"] == "2031-05-08"
