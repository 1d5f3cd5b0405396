"""`sitrep search`: BM25 ranking in SQL over titles and bodies, through the real CLI."""

from __future__ import annotations

import json
import re

import duckdb

from sitrep.cli import main
from sitrep.commands.search import parse_query, snippet


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


def test_accents_inflections_and_phrases():
    assert parse_query("Díaz") == [r"\bdiaz(?:s|es|ed|d|e|ing)?\b"]
    assert parse_query("embargoes")[0].startswith(r"\bembargo(")
    assert parse_query('"security council"') == [r"\bsecurity\W+council\b"]
    body = "Talks in Havana.\nThe US embargoes on Cuba were discussed again by the ministers."
    text, spans = snippet(body, parse_query("embargo"))
    assert [text[s:e] for s, e in spans] == ["embargoes"]
    text, spans = snippet("Ministers met in Bogotá today.", parse_query("bogota"))
    assert [text[s:e] for s, e in spans] == ["Bogotá"]
    assert re.search(parse_query("sanctions")[0], "the bloc sanctioned them")
