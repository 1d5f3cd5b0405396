"""The per-article analysis cache (ops.article_analyses) keeps one analysis per article and spaCy model: saving
a new code version's analysis removes that article's analyses by older versions of the same model, and nothing
else."""

from __future__ import annotations

import json

from tasks import extract
from warehouse import db


def _cached(path):
    with db.connect(path) as con:
        return sorted(con.execute("select article_id, model from ops.article_analyses").fetchall())


def test_saving_a_new_version_drops_only_that_articles_older_versions_of_the_same_model(tmp_path):
    path = tmp_path / "w.duckdb"
    with db.connect(path) as con:
        for article_id, model in [("a1", "en_small@old1"), ("a1", "en_large@old1"), ("a2", "en_small@old1")]:
            con.execute(
                "insert into ops.article_analyses values (?, ?, ?, now())",
                [article_id, model, json.dumps({"article_id": article_id})],
            )
    saved = extract._save(str(path), "run-1", "en_small@new2", [{"article_id": "a1", "mentions": []}])
    assert saved == 1
    assert _cached(path) == [("a1", "en_large@old1"), ("a1", "en_small@new2"), ("a2", "en_small@old1")]
    # saving again (a crashed run re-run) keeps exactly one row for the article and version
    extract._save(str(path), "run-2", "en_small@new2", [{"article_id": "a1", "mentions": []}])
    assert _cached(path) == [("a1", "en_large@old1"), ("a1", "en_small@new2"), ("a2", "en_small@old1")]
