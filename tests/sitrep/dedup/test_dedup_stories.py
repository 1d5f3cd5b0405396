"""Story clustering: same happening across outlets, date window, undated caution, incremental stable ids."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

from sitrep.dedup import assign_duplicates, assign_stories
from sitrep.dedup.features import (
    NotBefore,
    caption_date,
    date_anchor,
    days_apart,
    name_terms,
    prose_bound,
    text_date,
    undated_sides,
    within_window,
)

# Three reports of one (invented) visit, from different outlets and wording.
VISIT = [
    (
        "Minister Quintero arrives in Tallinn for energy talks",
        "TALLINN, March 3. Foreign Minister Alvaro Quintero of Paraguay arrived in Tallinn on Monday for talks "
        "with Estonian Prime Minister Kaja Lindqvist on liquefied gas supplies and port investment. Quintero was "
        "greeted at the airport by Deputy Minister Mart Ojaveer. The Paraguayan delegation includes officials "
        "of the energy ministry and of the state port company Puertos Asuncion.",
    ),
    (
        "Paraguay and Estonia sign port memorandum",
        "Paraguay's top diplomat Alvaro Quintero and Estonia's Kaja Lindqvist signed a memorandum on port "
        "cooperation in Tallinn, officials said. The Quintero visit, the first by a Paraguayan foreign minister "
        "to Estonia, focused on gas, ports and digital government. Lindqvist said Estonia was ready to share "
        "its e-government experience with Asuncion.",
    ),
    (
        "Lindqvist hosts Quintero",
        "Estonian Prime Minister Kaja Lindqvist hosted Paraguayan Foreign Minister Alvaro Quintero in Tallinn. "
        "The two discussed energy security and a port memorandum; Quintero invited Lindqvist to visit Asuncion. "
        "Mart Ojaveer accompanied the delegation.",
    ),
]
OTHER = (
    "Flooding closes Danube ferry crossings",
    "Authorities in Vukovar closed three Danube ferry crossings after heavy rain. Mayor Ivana Brkic said "
    "river levels near Ilok were the highest since 2014 and that Croatian Waters engineers were monitoring "
    "the embankments. Ferries to Backa Palanka will resume once the Danube falls.",
)


def frame(rows: list[dict]) -> pl.DataFrame:
    schema = {
        "article_id": pl.String,
        "title": pl.String,
        "body": pl.String,
        "published_at": pl.Date,
        "outlet": pl.String,
        "story_id": pl.String,
    }
    return pl.DataFrame([{k: r.get(k) for k in schema} for r in rows], schema=schema)


def stories_of(df: pl.DataFrame) -> tuple[dict[str, str], pl.DataFrame]:
    df = df.join(assign_duplicates(df), on="article_id", how="left")
    assign, stories = assign_stories(df)
    assert assign.height == df.height and assign["story_id"].null_count() == 0
    return dict(zip(assign["article_id"], assign["story_id"], strict=True)), stories


def visit_rows(dates: list[dt.date | None]) -> list[dict]:
    return [
        {"article_id": f"v{i}", "title": t, "body": b, "published_at": d, "outlet": f"outlet{i}"}
        for i, ((t, b), d) in enumerate(zip(VISIT, dates, strict=True))
    ]


def test_features_names_and_dates():
    names = name_terms("Díaz-Canel Meets Putin", "Talks. Then Miguel Díaz-Canel met Vladimir Putin in Moscow.")
    assert {"diaz-canel", "putin", "moscow", "miguel"} <= set(names)
    assert "then" not in names and "talks" not in names
    assert text_date("", "HAVANA, Jun 15 (EFE).- The talks ...") == (None, 6, 15)
    assert text_date("", "MOSCOW (Sputnik - 07th February, 2023) Lavrov ...") == (2023, 2, 7)
    assert date_anchor("2024-05-30", "", "") == (2024, 5, 30)
    assert days_apart((None, 12, 30), (2024, 1, 2)) == 3


def test_caption_date_anchors_an_undated_article():
    caption = "Raisi and Mnangagwa at the airport in Harare on July 13, 2023 [Reuters]"
    assert caption_date(caption) == (2023, 7, 13)
    assert caption_date("Crowds in Harare on July 13, 2023. File photo from 12 March 2019") is None  # two dates
    assert caption_date("Crowds in Harare on July 13") is None  # no year: the caption cannot date the story
    assert date_anchor(None, "Title", "No date in the head.", caption) == (2023, 7, 13)
    assert date_anchor(None, "Title", "HARARE, July 14 (AP) - ...", caption) == (None, 7, 14)  # own dateline first
    assert date_anchor("2024-01-02", "", "", caption) == (2024, 1, 2)


def test_a_date_told_in_the_prose_bounds_the_article_date_from_below():
    """A date line gives the day; a date a sentence of the head tells ('was arrested on May 2 in ...') is
    the day of something reported, so the article was published then or later."""
    body = (
        "Ties between Ruritania and Freedonia soured on Wednesday when Prime Minister Ana Petrova said "
        "Freedonian agents had planned the arrest of the journalist Milo Varga, who was detained on May 2 "
        "in the harbour district of Port Lenna."
    )
    got = text_date("", body)
    assert got == (None, 5, 2) and isinstance(got, NotBefore)
    assert not isinstance(text_date("", "PORT LENNA, May 2 (AP) - Police detained a reporter."), NotBefore)
    assert not isinstance(text_date("", "Published on May 2, 2025, at 10:15 am\n\nPolice detained ..."), NotBefore)
    may2, sep20 = NotBefore((2025, 5, 2)), (2025, 9, 20)
    assert within_window(may2, sep20, 4) and within_window(sep20, may2, 4)  # published months after the arrest
    assert not within_window(may2, (2025, 4, 20), 4)  # ... but not before it
    assert within_window(may2, (2025, 4, 29), 4)
    assert days_apart(may2, sep20) > 4 and undated_sides(may2, sep20, 4) == 1  # a bound far off is no date
    assert undated_sides(may2, (2025, 5, 3), 4) == 0  # close by: it tells the day, as before
    assert undated_sides(may2, NotBefore((None, 5, 3)), 4) == 0 and undated_sides(None, sep20, 4) == 1


def test_an_undated_report_joins_later_reports_despite_an_earlier_date_in_its_prose():
    """The undated report tells the arrest that led to the row (a date months earlier): it still joins the
    dated reports of the row, at the undated discount, instead of being kept apart by the 4-day window."""
    d = dt.date(2025, 3, 3)
    rows = visit_rows([d, d, None])
    rows[2]["body"] = (
        "Estonian Prime Minister Kaja Lindqvist hosted Paraguayan Foreign Minister Alvaro Quintero in Tallinn, "
        "a year after Lindqvist first met Quintero on January 12 at a conference in the port of Asuncion. "
        "The two discussed energy security and a port memorandum; Mart Ojaveer accompanied the delegation."
    )
    got, _ = stories_of(frame(rows))
    assert isinstance(text_date("", rows[2]["body"]), NotBefore)
    assert got["v2"] == got["v0"] == got["v1"]
    rows[0]["published_at"] = rows[1]["published_at"] = dt.date(2025, 1, 2)  # published before that January 12
    got, _ = stories_of(frame(rows))
    assert got["v2"] != got["v0"]


def test_a_caption_date_lets_an_undated_report_join_its_story():
    """Two undated reports of one visit (one with a year-less dateline) are discounted as undated; a date in
    the other's photo caption that agrees with the dateline lifts the discount."""
    rows = visit_rows([None, None, None])
    rows[1]["body"] = rows[1]["body"].replace("cooperation in Tallinn", "cooperation in Tallinn on Tuesday")
    df = frame(rows[:2])
    without, _ = stories_of(df)
    with_caption, _ = stories_of(
        df.with_columns(pl.Series("caption_text", [None, "Quintero and Lindqvist in Tallinn on March 4, 2025"]))
    )
    assert without["v0"] != without["v1"]
    assert with_caption["v0"] == with_caption["v1"]
    far, _ = stories_of(
        df.with_columns(pl.Series("caption_text", [None, "Quintero and Lindqvist in Tallinn on May 4, 2025"]))
    )
    assert far["v0"] != far["v1"]  # the caption's date is two months from the dateline: not the same visit


def test_same_happening_across_outlets_is_one_story_and_other_news_apart():
    d = dt.date(2025, 3, 3)
    rows = visit_rows([d, d + dt.timedelta(days=1), d + dt.timedelta(days=1)])
    rows.append({"article_id": "o1", "title": OTHER[0], "body": OTHER[1], "published_at": d, "outlet": "x"})
    got, stories = stories_of(frame(rows))
    assert got["v0"] == got["v1"] == got["v2"] == "v0"  # earliest member names the story
    assert got["o1"] == "o1"
    row = stories.filter(pl.col("story_id") == "v0").row(0, named=True)
    assert row["num_articles"] == 3 and row["num_outlets"] == 3
    assert row["first_published_at"] == d and row["last_published_at"] == d + dt.timedelta(days=1)
    assert row["title"] == VISIT[0][0]


def test_publish_dates_far_apart_split_the_same_people():
    d = dt.date(2025, 3, 3)
    got, _ = stories_of(frame(visit_rows([d, d + dt.timedelta(days=1), d + dt.timedelta(days=60)])))
    assert got["v0"] == got["v1"] and got["v2"] != got["v0"]


def test_duplicates_share_their_originals_story():
    d = dt.date(2025, 3, 3)
    rows = visit_rows([d, d, d])
    rows.append({"article_id": "copy", "title": "x", "body": "Share this. " + VISIT[1][1], "published_at": d})
    got, _ = stories_of(frame(rows))
    assert got["copy"] == got["v1"]


def test_incremental_new_article_joins_existing_story_and_ids_stay_stable():
    d = dt.date(2025, 3, 3)
    first, _ = stories_of(frame(visit_rows([d, d, d])[1:]))  # v1, v2 arrive first
    assert first["v1"] == first["v2"]
    old_id = first["v1"]
    rows = [dict(r, story_id=first[r["article_id"]]) for r in visit_rows([d, d, d])[1:]]
    earlier = visit_rows([d - dt.timedelta(days=1), d, d])[0]  # v0: published earlier, arrives later
    other = {"article_id": "o1", "title": OTHER[0], "body": OTHER[1], "published_at": d}
    got, stories = stories_of(frame([*rows, earlier, other]))
    assert got["v0"] == got["v1"] == got["v2"] == old_id  # joins; the existing id does not change
    assert got["o1"] == "o1"
    assert stories.filter(pl.col("story_id") == old_id)["num_articles"].item() == 3
    # a re-run with everything assigned changes nothing
    again, _ = stories_of(frame([dict(r, story_id=got[r["article_id"]]) for r in [*rows, earlier, other]]))
    assert again == got


def test_existing_multi_report_stories_are_never_merged_but_single_reports_may_join():
    d = dt.date(2025, 3, 3)
    v0, v1, v2 = visit_rows([d, d, d])
    other = {"article_id": "o1", "title": OTHER[0], "body": OTHER[1], "published_at": d}
    rows = [dict(v0, story_id="v0"), dict(v1, story_id="v0"), dict(v2, story_id="v2"), dict(other, story_id="v2")]
    got, _ = stories_of(frame(rows))
    assert got == {"v0": "v0", "v1": "v0", "v2": "v2", "o1": "v2"}  # kept as they were, ids unchanged
    singles = [dict(r, story_id=r["article_id"]) for r in (v0, v1)]  # two single-report stories
    got, _ = stories_of(frame(singles))
    assert got == {"v0": "v0", "v1": "v1"}  # no new article: nothing moves, whatever the weights say now
    got, _ = stories_of(frame([*singles, v2]))
    assert set(got.values()) == {"v0"}  # a new report linking them joins them; named after the earliest


def test_a_story_whose_id_article_left_takes_its_earliest_remaining_members_id():
    d = dt.date(2025, 3, 3)
    v0, v1, v2 = visit_rows([d, d + dt.timedelta(1), d + dt.timedelta(2)])
    got, _ = stories_of(frame([dict(v1, story_id="v0"), dict(v2, story_id="v0")]))  # v0's file was pruned
    assert got == {"v1": "v1", "v2": "v1"}
    got, _ = stories_of(frame([dict(v1, story_id="v1"), dict(v2, story_id="v1"), v0]))  # an earlier report
    assert set(got.values()) == {"v1"}  # the story keeps the id it took
    edited = dict(v0, article_id="v0-edited", body=v0["body"] + " Talks continue on Tuesday.")
    got, _ = stories_of(frame([edited, dict(v1, story_id="v0"), dict(v2, story_id="v0")]))
    assert set(got.values()) == {"v0-edited"}  # the new version of the id article is the earliest member


def test_unrelated_new_articles_leave_stories_and_single_reports_where_they_were():
    d = dt.date(2025, 3, 3)
    v0, v1, v2 = visit_rows([d, d, None])
    first, _ = stories_of(frame([v0, v1]))
    other = {"article_id": "o1", "title": OTHER[0], "body": OTHER[1], "published_at": d}
    lone = dict(v2, body="Kaja Lindqvist spoke about Tallinn harbour dredging and Estonian gas storage.")
    rows = [dict(r, story_id=first[r["article_id"]]) for r in (v0, v1)]
    before, _ = stories_of(frame([*rows, dict(lone, story_id="v2")]))
    after, _ = stories_of(frame([*rows, dict(lone, story_id=before["v2"]), other]))
    assert {k: after[k] for k in before} == before and after["o1"] == "o1"


def _load_txt(folder: Path) -> pl.DataFrame:
    rows = []
    for p in sorted(folder.glob("*.txt")):
        lines = p.read_text(encoding="utf-8").strip().split("\n", 1)
        rows.append({"article_id": p.name, "title": lines[0], "body": lines[1] if len(lines) > 1 else ""})
    return frame(rows)


def test_seeds_each_in_own_story(shared_dir):
    got, _ = stories_of(_load_txt(shared_dir / "seeds"))
    assert len(set(got.values())) == 5


def test_devset_story_bcubed_and_near_duplicates(shared_dir):
    gold = json.loads((shared_dir / "devset" / "gold.json").read_text())
    df = _load_txt(shared_dir / "devset" / "docs")
    dups = assign_duplicates(df)
    pred_pairs = {
        frozenset((r["article_id"], r["duplicate_of"])) for r in dups.iter_rows(named=True) if r["duplicate_of"]
    }
    gold_pairs = {
        frozenset((d["doc"], d["near_duplicate_of"])) for d in gold["documents"] if d.get("near_duplicate_of")
    }
    assert pred_pairs == gold_pairs
    got, _ = stories_of(df)
    g = {d["doc"]: d["story"] for d in gold["documents"]}
    prec = sum(
        sum(g[b] == g[a] for b in got if got[b] == got[a]) / sum(got[b] == got[a] for b in got) for a in got
    ) / len(got)
    rec = sum(sum(got[b] == got[a] for b in got if g[b] == g[a]) / sum(g[b] == g[a] for b in got) for a in got) / len(
        got
    )
    f1 = 2 * prec * rec / (prec + rec)
    assert f1 >= 0.85, (prec, rec)


@pytest.mark.parametrize("empty", [True, False])
def test_empty_input(empty):
    df = frame([]) if empty else frame([{"article_id": "a", "title": "t", "body": ""}])
    assign, stories = assign_stories(df.join(assign_duplicates(df), on="article_id", how="left"))
    assert assign.height == df.height and stories.height == df.height


def test_earlier_copy_arriving_later_keeps_the_existing_story():
    d = dt.date(2025, 3, 3)
    old = dict(visit_rows([d, d, d])[0], story_id="v0")
    early_copy = {"article_id": "a-copy", "title": "Copy", "body": VISIT[0][1], "published_at": d - dt.timedelta(1)}
    got, stories = stories_of(frame([old, early_copy]))
    assert got == {"v0": "v0", "a-copy": "v0"}  # the copy is now the original, the story keeps its id
    assert stories.height == 1 and stories["num_articles"].item() == 2


def test_an_undated_report_of_another_meeting_of_the_same_people_stays_apart():
    """Same two ministers, same city, but an undated report of a later round of talks on another subject: the
    shared names alone do not put it in the dated story of the first visit."""
    d = dt.date(2025, 3, 3)
    rows = visit_rows([d, d, d])[:2]
    rows.append(
        {
            "article_id": "u1",
            "title": "Quintero and Lindqvist meet again over fisheries dispute",
            "body": "Paraguayan Foreign Minister Alvaro Quintero held a second meeting with "
            "Estonian Prime Minister Kaja Lindqvist, this time over a dispute about fishing quotas and a "
            "detained trawler. Lindqvist said the Baltic fishing fleet would not accept new catch limits.",
            "published_at": None,
            "outlet": "z",
        }
    )
    got, _ = stories_of(frame(rows))
    assert got["v0"] == got["v1"] and got["u1"] != got["v0"]


def test_dates_written_in_digits_date_an_undated_article_as_event_dating_reads_them():
    assert text_date("", "Posted 21.09.2022 | 10:40\n\nThe parliament voted ...") == (2022, 9, 21)
    assert text_date("", "Last update: 2022/09/21\n\nThe parliament voted ...") == (2022, 9, 21)
    assert text_date("", "21/09/2022\n\nThe parliament voted ...") == (2022, 9, 21)
    assert text_date("", "04/05/2022\n\nThe parliament voted ...") is None  # April 5th or May 4th: no guess
    prose = "Lawmakers in the northern province went back to the chamber after the budget they passed on 19.09.2022 "
    got = text_date("", prose + "was struck down by the court.")
    assert got == (2022, 9, 19) and isinstance(got, NotBefore)


HARBOUR = (
    "Shipping analysts in Rotterdam expect container volumes through Muuga harbour to double by the end of the "
    "decade, while rail operators weigh a freight corridor to Riga and Vilnius. Trade unions at the terminal "
    "warned of staff shortages during the winter season, and environmental groups asked for a review of "
    "dredging plans near the nature reserve on Naissaar island. Fishermen in Paldiski complained that new quays "
    "would cut them off from their traditional moorings, and the town council voted to commission a noise "
    "study. A Finnish ferry company is also studying a second daily crossing to Helsinki if passenger numbers "
    "keep rising through the summer months."
)


def test_a_day_told_deep_in_an_undated_report_bounds_its_date_and_lifts_the_undated_discount():
    """An undated report whose head names no date but whose prose tells the day of the signing (past the head)
    is bounded by that day: next to reports published the same and the following day it counts as dated."""
    rows = visit_rows([dt.date(2025, 3, 4), dt.date(2025, 3, 5), None])
    signed = "The memorandum that Quintero and Lindqvist signed{} covers gas and port investment, a statement said."
    lead = "Estonian Prime Minister Kaja Lindqvist welcomed Paraguayan Foreign Minister Alvaro Quintero in Tallinn."
    rows[2]["title"] = "Baltic harbour outlook"
    rows[2]["body"] = f"{lead}\n\n{HARBOUR}\n\n{signed.format(' on 4.03.2025')}"
    assert text_date(rows[2]["title"], rows[2]["body"]) is None  # nothing in the head
    assert date_anchor(None, rows[2]["title"], rows[2]["body"]) == NotBefore((2025, 3, 4))
    got, _ = stories_of(frame(rows))
    assert got["v2"] == got["v0"] == got["v1"]
    rows[2]["body"] = f"{lead}\n\n{HARBOUR}\n\n{signed.format('')}"
    got, _ = stories_of(frame(rows))
    assert got["v2"] != got["v0"] == got["v1"]  # undated, the same text stays under the threshold


def test_the_earliest_day_the_prose_tells_is_the_bound():
    long_line = "Officials from the two governments told reporters in the capital that {} after weeks of delay."
    body = "\n\n".join(
        [
            "x " * 380,
            long_line.format("the ministers met on 12 June and would sign the accord on 30 June"),
        ]
    )
    assert prose_bound(body) == NotBefore((None, 6, 12))
    body = "x " * 380 + "\n\n" + long_line.format("talks that began on 3 March 2024 ended on 9 March 2024")
    assert prose_bound(body) == NotBefore((2024, 3, 3))
    assert prose_bound("x " * 380 + "\n\n" + long_line.format("the talks went on")) is None
