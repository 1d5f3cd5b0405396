"""The analyst views (migration 0061) on a seeds warehouse built by the real flow: grain, content, portability."""

from __future__ import annotations

import subprocess
import sys

import duckdb
import pytest

# view -> (key columns of its grain, the curated table it has one row per, or None)
GRAIN = {
    "events": (["event_id"], "curated.events"),
    "event_reports": (["event_id", "article_id", "start_char"], "curated.event_mentions"),
    "actor_pairs": (["entity_a_id", "entity_b_id"], None),
    "actor_interactions": (["source_id", "target_id", "event_type"], None),
    "entity_profiles": (["entity_id"], "curated.entities"),
    "stories": (["story_id"], "curated.stories"),
    "quotes": (["quote_id"], "curated.quotes"),
    "articles": (["article_id"], "curated.articles"),
}


@pytest.fixture(scope="module")
def con(seeds_warehouse):
    c = duckdb.connect(str(seeds_warehouse), read_only=True)
    yield c
    c.close()


def one(con, sql, params=None):
    return con.execute(sql, params or []).fetchall()


@pytest.mark.parametrize("view", sorted(GRAIN))
def test_each_view_has_the_grain_it_documents(con, view):
    keys, base = GRAIN[view]
    cols = ", ".join(keys)
    total, distinct = one(con, f"select count(*), count(distinct ({cols})) from analyst.{view}")[0]
    assert total > 0 and total == distinct, view
    if base:
        assert total == one(con, f"select count(*) from {base}")[0][0]
    comment = one(con, "select comment from duckdb_views() where schema_name = 'analyst' and view_name = ?", [view])[0][
        0
    ]
    assert comment.startswith("one row per")


def test_pairs_list_patrushev_and_diaz_canel(con):
    rows = one(
        con,
        "select entity_a, entity_b, num_events, num_consult, num_a_on_b + num_b_on_a from analyst.actor_pairs "
        "where (entity_a like '%Patrushev%' and entity_b like '%Canel%') "
        "or (entity_b like '%Patrushev%' and entity_a like '%Canel%')",
    )
    assert len(rows) == 1
    _, _, n, consult, directed = rows[0]
    assert n >= 2 and consult >= 1 and directed >= 1  # he met him, at least once as the one who came


def test_pair_counts_agree_with_the_events(con):
    """Every pair's count is the number of events both took part in, recounted from the curated tables."""
    bad = one(
        con,
        """
        select count(*) from analyst.actor_pairs p
        where p.num_events <> (
            select count(*) from curated.events e
            where exists (select 1 from curated.event_participants x where x.event_id = e.event_id
                          and x.entity_id = p.entity_a_id)
              and exists (select 1 from curated.event_participants y where y.event_id = e.event_id
                          and y.entity_id = p.entity_b_id))
        """,
    )[0][0]
    assert bad == 0
    by_type = one(
        con,
        "select count(*) from analyst.actor_pairs where num_events < greatest(num_agree, num_consult, num_aid) "
        "or num_agree + num_consult + num_support + num_concede + num_cooperate + num_aid + num_retreat "
        "+ num_request + num_accuse + num_reject + num_threaten + num_protest + num_sanction + num_mobilize "
        "+ num_coerce + num_assault <> num_events",
    )[0][0]
    assert by_type == 0


def test_events_flatten_actors_by_role(con):
    (row,) = one(
        con,
        "select source_names, target_names, source_countries, target_countries, actors, evidence "
        "from analyst.events where list_contains(source_names, 'Nikolai Patrushev') "
        "and list_contains(target_names, 'Miguel Díaz-Canel') limit 1",
    )
    sources, targets, src_c, tgt_c, actors, evidence = row
    assert "RUS" in src_c and "CUB" in tgt_c
    assert {a["name"] for a in actors} >= {"Nikolai Patrushev", "Miguel Díaz-Canel"}
    assert "Patrushev" in evidence
    names = one(con, "select source_names, target_names, participant_names, actors from analyst.events")
    assert all(lst is not None for r in names for lst in r)  # lists are empty, never null


def test_entity_profile_of_patrushev(con):
    (row,) = one(
        con,
        "select canonical_name, aliases, role, country_iso3, num_events, num_quotes, len(article_ids) "
        "from analyst.entity_profiles where list_contains(match_names, 'patrushev')",
    )
    name, aliases, role, country, n_events, n_quotes, n_articles = row
    assert name == "Nikolai Patrushev" and "Patrushev" in aliases and country == "RUS"
    assert "Security Council" in role and n_events >= 3 and n_quotes >= 1 and n_articles >= 2
    folded = one(con, "select count(*) from analyst.entity_profiles where list_contains(match_names, 'diaz-canel')")
    assert folded[0][0] == 1


def test_quotes_and_stories_carry_names_and_articles(con):
    rows = one(con, "select speaker, article_title from analyst.quotes where speaker = 'Nikolai Patrushev'")
    assert rows and all(t for _, t in rows)
    stories = one(con, "select num_articles, len(article_ids), num_events, len(event_ids) from analyst.stories")
    assert all(a == b and c == d for a, b, c, d in stories)


def test_quotes_show_how_the_speaker_was_resolved_and_the_group(con):
    mismatched = one(
        con,
        "select count(*) from analyst.quotes v join curated.quotes q using (quote_id) "
        "where v.speaker_method is distinct from q.speaker_method "
        "or v.quote_group_id is distinct from q.quote_group_id or v.attribution is distinct from q.attribution",
    )
    assert mismatched[0][0] == 0
    methods = {m for (m,) in one(con, "select distinct speaker_method from analyst.quotes")}
    assert "direct" in methods
    groups = one(
        con, "select quote_group_id, group_articles, count(*) over (partition by quote_group_id) from analyst.quotes"
    )
    assert groups and all(g == n for _, g, n in groups)


def test_warehouse_needs_nothing_of_sitrep(seeds_warehouse):
    """No macros or custom types; every view reads in a bare Python with only duckdb (sitrep not importable)."""
    code = (
        "import sys, duckdb\n"
        "sys.modules['sitrep'] = None; sys.modules['warehouse'] = None\n"
        f"con = duckdb.connect({str(seeds_warehouse)!r}, read_only=True)\n"
        'assert con.execute("select count(*) from duckdb_functions() where not internal").fetchall()[0][0] == 0\n'
        'assert con.execute("select count(*) from duckdb_types() where not internal").fetchall()[0][0] == 0\n'
        'views = con.execute("select schema_name, view_name from duckdb_views() where not internal").fetchall()\n'
        'for s, v in views: con.execute(f\'select * from "{s}"."{v}"\').fetchall()\n'
        "print(len(views))\n"
    )
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= len(GRAIN)
