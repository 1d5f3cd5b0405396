"""`sitrep search`: BM25 ranking in SQL over titles and bodies, through the real CLI."""

from __future__ import annotations

import json

import duckdb

from sitrep.cli import main
from sitrep.commands.search import parse_query, py_pattern, snippet, sql_pattern


def search_json(capsys, wh, text, *extra) -> list[dict]:
    assert main(["search", text, "--warehouse", str(wh), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_embargo_finds_the_articles_that_use_it(seeds_warehouse, capsys):
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    expected = {
        r[0]
        for r in con.execute(
            "select article_id from curated.articles where regexp_matches(lower(title || ' ' || body), 'embargo')"
        ).fetchall()
    }
    con.close()
    assert expected  # the seeds do use the word
    hits = search_json(capsys, seeds_warehouse, "embargo")
    assert {h["article_id"] for h in hits} == expected
    assert all("embargo" in h["snippet"].lower() and h["title"] for h in hits)
    assert main(["search", "embargo", "--warehouse", str(seeds_warehouse)]) == 0
    text = capsys.readouterr().out
    assert "**embargo**" in text and "1. " in text


def test_ranking_prefers_the_article_about_the_words(seeds_warehouse, capsys):
    hits = search_json(capsys, seeds_warehouse, "Kolokoltsev interior minister")
    assert hits and "Interior Minister" in hits[0]["title"]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert search_json(capsys, seeds_warehouse, "zzyzx quokka") == []
    assert len(search_json(capsys, seeds_warehouse, "Cuba", "--limit", "2")) == 2


def re2(text: str, term: list[str]) -> bool:
    """The SQL pattern of TERM, run by DuckDB's RE2 on TEXT."""
    return duckdb.execute("select regexp_matches(?, ?)", [text, sql_pattern(term)]).fetchall()[0][0]


def test_accents_inflections_and_phrases():
    assert parse_query('Díaz "Security Council" embargoes') == [["security", "council"], ["diaz"], ["embargo"]]
    assert re2("met díaz-canel", ["diaz"]) and re2("diaz.", ["diaz"]) and not re2("mendiaz", ["diaz"])
    assert re2("álvarez", ["alvarez"]) and re2("the bloc sanctioned them", ["sanction"])
    assert not re2("sanctionable", ["sanction"])
    assert re2("the security  council met", ["security", "council"])
    body = "Talks in Havana.\nThe US embargoes on Cuba were discussed again by the ministers."
    text, spans = snippet(body, [py_pattern(t) for t in parse_query("embargo")])
    assert [text[s:e] for s, e in spans] == ["embargoes"]
    text, spans = snippet("Ministers met in Bogotá today.", [py_pattern(t) for t in parse_query("bogota")])
    assert [text[s:e] for s, e in spans] == ["Bogotá"]


def test_accent_insensitive_search_through_sql(seeds_warehouse, capsys):
    plain = search_json(capsys, seeds_warehouse, "Lazaro Alvarez")
    accented = search_json(capsys, seeds_warehouse, "Lázaro Álvarez")
    assert plain and [h["article_id"] for h in plain] == [h["article_id"] for h in accented]
    assert all("Álvarez" in h["snippet"] or "Alvarez" in h["snippet"] for h in plain)


def test_a_warehouse_without_the_analyst_views_gets_a_clear_message(tmp_path, capsys):
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute("create schema curated; create table curated.articles (article_id varchar, title varchar)")
    con.close()
    assert main(["search", "talks", "--warehouse", str(old)]) == 2
    assert "no analyst views yet" in capsys.readouterr().err
    assert main(["search", "talks", "--warehouse", str(tmp_path / "missing.duckdb")]) == 2
    assert "no warehouse at" in capsys.readouterr().err
