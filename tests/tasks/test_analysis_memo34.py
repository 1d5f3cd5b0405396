"""The analyses a run saved are handed to its assembly from memory (tasks.analysis_memo) only while the warehouse
holds exactly the saved text; the staged extraction tables are the same whether they come from there or are read."""

from __future__ import annotations

import json
import shutil

from sitrep.config import DEFAULT_MODEL
from tasks import analysis_memo, extract
from tasks.extract import EXTRACT_TABLES
from warehouse import db


def test_recall_gives_the_saved_analysis_only_for_the_same_text_and_once():
    analysis_memo.forget()
    text = json.dumps({"article_id": "a1", "mentions": [{"surface": "Quito ’s"}]}, ensure_ascii=False)
    analysis_memo.remember("w", "m@1", [("a1", text), ("a2", '{"article_id": "a2"}')])
    # another warehouse, another key, another stored text: nothing
    assert analysis_memo.recall("v", "m@1", [("a1", analysis_memo.digest(text))]) == {}
    assert analysis_memo.recall("w", "m@2", [("a1", analysis_memo.digest(text))]) == {}
    assert analysis_memo.recall("w", "m@1", [("a2", analysis_memo.digest('{"article_id": "a3"}'))]) == {}
    got = analysis_memo.recall("w", "m@1", [("a1", analysis_memo.digest(text)), ("a9", None)])
    assert got == {"a1": json.loads(text)}
    assert analysis_memo.recall("w", "m@1", [("a1", analysis_memo.digest(text))]) == {}  # handed out once
    analysis_memo.forget("w")
    assert analysis_memo.recall("w", "m@1", [("a2", analysis_memo.digest('{"article_id": "a2"}'))]) == {}


def test_save_keeps_what_it_wrote_and_duckdb_md5_matches_it(tmp_path):
    analysis_memo.forget()
    path = str(tmp_path / "w.duckdb")
    extract._save(path, "run-1", "m@1", [{"article_id": "a1", "mentions": [], "note": "Zürich’s “mayor”"}])
    with db.connect(path) as con:
        stored = con.execute("select article_id, md5(analysis) from ops.article_analyses").fetchall()
    assert analysis_memo.recall(path, "m@1", stored) == {
        "a1": {"article_id": "a1", "mentions": [], "note": "Zürich’s “mayor”"}
    }


def _staged(path) -> dict[str, list]:
    with db.connect(path) as con:
        return {t: sorted(map(repr, con.execute(f"select * from staging.{t}").fetchall())) for t in EXTRACT_TABLES}


def test_staged_tables_are_the_same_from_memory_as_read_back(seeds_warehouse, tmp_path):
    path = tmp_path / "w.duckdb"
    shutil.copy(seeds_warehouse, path)
    wh, key = str(path), extract._cache_key(DEFAULT_MODEL)
    analysis_memo.forget()
    read_counts = extract.stage_extraction.fn(wh, DEFAULT_MODEL)
    read = _staged(path)
    with db.connect(path) as con:
        texts = con.execute("select article_id, analysis from ops.article_analyses where model = ?", [key]).fetchall()
    assert len(texts) >= 5
    # all but one kept as saved; that one kept with other text (the warehouse's must then be read)
    first, *others = sorted(texts)
    analysis_memo.remember(wh, key, [*others, (first[0], json.dumps({"article_id": first[0], "mentions": []}))])
    assert extract.stage_extraction.fn(wh, DEFAULT_MODEL) == read_counts
    assert _staged(path) == read and read["events"] and read["mentions"]
    # the matching ones were handed out; the mismatched one is still kept (and never used)
    assert analysis_memo.recall(wh, key, [(aid, analysis_memo.digest(text)) for aid, text in others]) == {}
    analysis_memo.forget()
