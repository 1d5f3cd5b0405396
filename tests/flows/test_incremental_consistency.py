"""Property tests: a warehouse updated run by run equals a fresh build from the same files, table by table.

Every case edits, deletes or adds files between two runs of the real flow, then builds a second warehouse from
scratch over the same folder and compares every curated table (and the quarantine) row for row, ids included.
The texts are invented; small on purpose so the whole module stays fast.
"""

from __future__ import annotations

import shutil

import duckdb
import pytest

from flows.pipeline import pipeline
from tests.conftest import SEEDS

BODY = (
    "TALLINN, March 3. Foreign Minister Alvaro Quintero of Paraguay arrived in Tallinn on Monday for talks with "
    "Estonian Prime Minister Kaja Lindqvist on liquefied gas supplies and port investment. Quintero was greeted "
    "at the airport by Deputy Minister Mart Ojaveer.\n\n"
    "The Paraguayan delegation includes officials of the energy ministry and of the state port company Puertos "
    'Asuncion. "We came to learn how a small country builds a modern port," Quintero told reporters.\n'
)
ORIGINAL = f"Quintero arrives in Tallinn for energy talks\n\nMonday, March 3, 2025 by Liis Tamm\n\n{BODY}"
COPY = (
    f"Paraguayan minister in Estonia\n\nTuesday, March 4, 2025 by Staff Writer\n\n{BODY}\n"
    "This report first appeared in a partner newspaper.\n"
)
REPORT = (
    "Paraguay and Estonia sign port memorandum\n\nTuesday, March 4, 2025 by Marko Kask\n\n"
    "Paraguay's top diplomat Alvaro Quintero and Estonia's Kaja Lindqvist signed a memorandum on port cooperation "
    "in Tallinn on Tuesday, officials said. The Quintero visit, the first by a Paraguayan foreign minister to "
    "Estonia, focused on gas, ports and digital government. Lindqvist said Estonia was ready to share its "
    "e-government experience with Asuncion.\n"
)
UNRELATED = [
    (
        "Flooding closes Danube ferry crossings\n\nAuthorities in Vukovar closed three Danube ferry crossings after "
        "heavy rain. Mayor Ivana Brkic said river levels near Ilok were the highest since 2014 and that Croatian "
        "Waters engineers were monitoring the embankments. Ferries to Backa Palanka will resume once the Danube "
        "falls.\n"
    ),
    (
        "Tasmanian salmon farm fined over escaped fish\n\nA court in Hobart fined the aquaculture company Derwent "
        "Marine after thousands of salmon escaped from pens near Bruny Island. Judge Helen Marsh said the company "
        "had ignored storm warnings. Environment groups in Tasmania welcomed the ruling and asked the state "
        "government to review lease conditions.\n"
    ),
    (
        "Icelandic airline adds winter routes to Greenland\n\nThe carrier Nordurflug will fly twice a week from "
        "Reykjavik to Nuuk and Ilulissat from November, chief executive Gunnar Sveinsson said on Tuesday. Tourism "
        "officials in Greenland expect the new routes to lift visitor numbers, while Air Greenland said it would "
        "keep its own Copenhagen service.\n"
    ),
    (
        "Chilean copper miners end strike at Escondida pit\n\nWorkers at the Escondida copper mine in northern "
        "Chile returned to work after union leader Patricio Rojas accepted a new wage offer. The strike had cut "
        "output for nine days. Analysts in Santiago said copper prices in London eased after the agreement was "
        "announced.\n"
    ),
]
EDIT = "Officials said a second round of talks is planned for the spring.\n"

#: every curated table and the quality tables a run rewrites, without run ids and timestamps
TABLES = {
    "curated.articles": "select * exclude (ingested_at, run_id) from curated.articles",
    "curated.stories": "select * from curated.stories",
    "curated.entities": "select * from curated.entities",
    "curated.mentions": "select * from curated.mentions",
    "curated.events": "select * from curated.events",
    "curated.event_participants": "select * from curated.event_participants",
    "curated.event_mentions": "select * from curated.event_mentions",
    "curated.quotes": "select * from curated.quotes",
    "quality.quarantine": "select stage, record_key, reason from quality.quarantine",
    "quality.boilerplate_removed": "select article_id, line_no, reason, text from quality.boilerplate_removed "
    "where article_id in (select article_id from curated.articles)",  # a replaced version's audit is kept
    "raw.file_index": "select source_uri, size_bytes, mtime_ns, document_id from raw.file_index",
}
#: references between curated tables, each query counting the rows that point at nothing
DANGLING = {
    "duplicate_of": "select count(*) from curated.articles a where a.duplicate_of is not null and a.duplicate_of "
    "not in (select article_id from curated.articles)",
    "article story_id": "select count(*) from curated.articles where story_id is null "
    "or story_id not in (select story_id from curated.stories)",
    "story named after no member": "select count(*) from curated.stories s where s.story_id not in "
    "(select article_id from curated.articles a where a.story_id = s.story_id)",
    "story size": "select count(*) from curated.stories s where num_articles <> "
    "(select count(*) from curated.articles a where a.story_id = s.story_id)",
    "event story_id": "select count(*) from curated.events where story_id is not null "
    "and story_id not in (select story_id from curated.stories)",
    "event_mentions": "select count(*) from curated.event_mentions where article_id not in "
    "(select article_id from curated.articles) or event_id not in (select event_id from curated.events)",
    "event_participants": "select count(*) from curated.event_participants where event_id not in "
    "(select event_id from curated.events) or entity_id not in (select entity_id from curated.entities)",
    "mentions": "select count(*) from curated.mentions where article_id not in "
    "(select article_id from curated.articles) or entity_id not in (select entity_id from curated.entities)",
    "quotes": "select count(*) from curated.quotes where article_id not in (select article_id from curated.articles)",
    "quarantine": "select count(*) from quality.quarantine",
}


def tables(wh) -> dict[str, list]:
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return {t: sorted(con.execute(sql).fetchall(), key=repr) for t, sql in TABLES.items()}
    finally:
        con.close()


def dangling(wh) -> dict[str, int]:
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return {k: n for k, sql in DANGLING.items() if (n := con.execute(sql).fetchall()[0][0])}
    finally:
        con.close()


def query(wh, sql: str) -> list[tuple]:
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def assert_same_as_fresh_build(src, wh, tmp_path, until: str = "extract") -> None:
    assert dangling(wh) == {}
    fresh = tmp_path / "fresh.duckdb"
    pipeline(sources=[str(src)], warehouse=str(fresh), until=until)
    got, want = tables(wh), tables(fresh)
    for table in TABLES:
        assert got[table] == want[table], table


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "src"
    src.mkdir()

    def write(**files: str):
        for name, text in files.items():
            (src / f"{name}.txt").write_text(text, encoding="utf-8")
        return src

    return write


def test_editing_an_original_with_a_near_copy_matches_a_fresh_build(corpus, tmp_path, prefect_harness):
    src = corpus(a_original=ORIGINAL, b_copy=COPY, d_floods=UNRELATED[0])
    wh = tmp_path / "w.duckdb"
    pipeline(sources=[str(src)], warehouse=str(wh))
    (old_id,) = query(wh, "select article_id from curated.articles where title like 'Quintero arrives%'")[0]
    copy = query(wh, "select duplicate_of, duplicate_kind, story_id from curated.articles where title like 'Parag%'")
    assert copy == [(old_id, "near", old_id)]  # the copy points at the original, in the original's story

    (src / "a_original.txt").write_text(ORIGINAL + EDIT, encoding="utf-8")
    pipeline(sources=[str(src)], warehouse=str(wh))
    (new_id,) = query(wh, "select article_id from curated.articles where title like 'Quintero arrives%'")[0]
    assert new_id != old_id
    copy = query(wh, "select duplicate_of, story_id from curated.articles where title like 'Parag%'")
    assert copy == [(new_id, new_id)]
    assert_same_as_fresh_build(src, wh, tmp_path)


def test_editing_the_article_a_story_is_named_after_matches_a_fresh_build(corpus, tmp_path, prefect_harness):
    src = corpus(a_original=ORIGINAL, c_report=REPORT, d_floods=UNRELATED[0])
    wh = tmp_path / "w.duckdb"
    pipeline(sources=[str(src)], warehouse=str(wh))
    story = "select count(distinct story_id), min(story_id) from curated.articles where title not like 'Flood%'"
    (old_id,) = query(wh, "select article_id from curated.articles where title like 'Quintero arrives%'")[0]
    assert query(wh, story) == [(1, old_id)]

    (src / "a_original.txt").write_text(ORIGINAL + EDIT, encoding="utf-8")
    pipeline(sources=[str(src)], warehouse=str(wh))
    (new_id,) = query(wh, "select article_id from curated.articles where title like 'Quintero arrives%'")[0]
    assert query(wh, story) == [(1, new_id)]  # the story follows its id article's new version
    assert_same_as_fresh_build(src, wh, tmp_path)


def test_a_deleted_file_keeps_its_articles_until_prune(corpus, tmp_path, prefect_harness):
    src = corpus(a_original=ORIGINAL, b_copy=COPY, c_report=REPORT, d_floods=UNRELATED[0])
    wh = tmp_path / "w.duckdb"
    pipeline(sources=[str(src)], warehouse=str(wh))
    assert query(wh, "select count(distinct story_id) from curated.articles") == [(2,)]
    (src / "a_original.txt").unlink()
    pipeline(sources=[str(src)], warehouse=str(wh))
    assert query(wh, "select count(*) from curated.articles") == [(4,)]  # kept by default

    result = pipeline(sources=[str(src)], warehouse=str(wh), prune=True)
    assert result["stages"]["prune"] == {"files": 1, "articles": 1}
    assert query(wh, "select count(*), count(duplicate_of) from curated.articles") == [(3, 0)]
    assert query(wh, "select count(*) from curated.event_mentions m join curated.articles a using (article_id)") == (
        query(wh, "select count(*) from curated.event_mentions")
    )
    assert_same_as_fresh_build(src, wh, tmp_path)


def test_unrelated_articles_move_no_existing_story(tmp_path, prefect_harness):
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    wh = tmp_path / "w.duckdb"
    pipeline(sources=[str(src)], warehouse=str(wh), until="dedup")
    members = "select story_id, list(article_id order by article_id) from curated.articles group by story_id"
    before = sorted(query(wh, members))
    for i, text in enumerate(UNRELATED):
        (src / f"unrelated_{i}.txt").write_text(text, encoding="utf-8")
    pipeline(sources=[str(src)], warehouse=str(wh), until="dedup")
    after = dict(query(wh, members))
    assert all(after[sid] == ids for sid, ids in before)  # same ids, same members
    assert len(after) == len(before) + len(UNRELATED)
    assert dangling(wh) == {}
