"""`sitrep show` through the real CLI on a seeds warehouse built by the real flow."""

from __future__ import annotations

import duckdb

from sitrep.cli import main
from sitrep.commands.render import highlight


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_show_entity_patrushev_prints_profile_events_and_quotes_with_evidence(seeds_warehouse, capsys):
    code, out, _ = run(capsys, "show", "entity", "Patrushev", "--warehouse", str(seeds_warehouse))
    assert code == 0
    head, _, rest = out.partition("\nEvents (")
    events, _, quotes = rest.partition("\nQuotes (")
    assert head.startswith("Nikolai Patrushev") and "PERSON" in head.splitlines()[0]
    assert "aliases: Nikolai Patrushev, Patrushev" in head
    assert "Security Council" in head and "country: RUS" in head
    assert "\nArticles (3)" in head and "Top Putin ally meets Castro" in head  # the articles naming him
    assert "Díaz-Canel" in events and "Havana" in events
    assert "**Patrushev**" in events or "**Nikolai Patrushev**" in events  # evidence, his mention highlighted
    assert "Top Putin ally meets Castro" in events  # an article title beside its sentence
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    said = con.execute(
        "select q.text from curated.quotes q join curated.entities n on n.entity_id = q.speaker_entity_id "
        "where n.canonical_name = 'Nikolai Patrushev'"
    ).fetchall()
    con.close()
    assert said and all(" ".join(t.split()) in " ".join(quotes.split()) for (t,) in said)
    assert "**Patrushev** said" in quotes or "Patrushev**" in quotes
    assert "\x1b[" not in out  # piped: plain text


def test_entity_names_match_any_alias_ignoring_accents_and_case(seeds_warehouse, capsys):
    for name in ("diaz-canel", "MIGUEL DIAZ-CANEL", "Díaz-Canel"):
        code, out, _ = run(capsys, "show", "entity", name, "--warehouse", str(seeds_warehouse))
        assert code == 0 and out.startswith("Miguel Díaz-Canel"), name
    code, out, _ = run(capsys, "show", "entity", "raul castro", "--warehouse", str(seeds_warehouse))
    assert code == 0 and out.startswith("Raúl Castro")
    code, _, err = run(capsys, "show", "entity", "Nobody Atall", "--warehouse", str(seeds_warehouse))
    assert code == 2 and "no entity named" in err


def test_show_event_by_id_prefix_with_outlets_and_highlighted_participants(seeds_warehouse, capsys):
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    (event_id,) = con.execute(
        "select event_id from analyst.events where list_contains(source_names, 'Nikolai Patrushev') "
        "and list_contains(target_names, 'Miguel Díaz-Canel') order by event_id limit 1"
    ).fetchall()[0]
    n_reports = con.execute("select count(*) from curated.event_mentions where event_id = ?", [event_id]).fetchall()
    con.close()
    code, out, _ = run(capsys, "show", "event", event_id[:10], "--warehouse", str(seeds_warehouse))
    assert code == 0
    assert f"event {event_id}" in out
    assert "source: Nikolai Patrushev (RUS" in out and "Miguel Díaz-Canel (CUB" in out
    assert f"Evidence ({n_reports[0][0]} sentence" in out
    assert "**Nikolai Patrushev**" in out or "**Patrushev**" in out
    code, _, err = run(capsys, "show", "event", "evt_", "--warehouse", str(seeds_warehouse))
    assert code == 2 and "events start with" in err
    code, _, err = run(capsys, "show", "event", "evt_nope", "--warehouse", str(seeds_warehouse))
    assert code == 2 and "no event" in err


def test_rich_output_on_a_terminal(seeds_warehouse, capsys, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    code, out, _ = run(capsys, "show", "entity", "Patrushev", "--warehouse", str(seeds_warehouse))
    assert code == 0 and "\x1b[" in out and "**Patrushev**" not in out


def test_highlight_merges_overlaps_and_collapses_whitespace():
    segs = highlight("  Ana met\n\nBo  today.", [(2, 5), (4, 9), (11, 13)])
    assert segs == [("Ana met", "match"), (" ", None), ("Bo", "match"), (" today.", None)]
