"""Every SQL block of the README's "Questions you can ask" runs on a seeds warehouse built by the real flow."""

from __future__ import annotations

import re

import duckdb
import pytest

from tests.conftest import ROOT

SECTION = "## Questions you can ask"
_SQL_BLOCK = re.compile(r"```sql\n(.*?)```", re.S)


def readme_sql() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return _SQL_BLOCK.findall(text[start : end if end > 0 else len(text)])


def test_the_section_has_eight_to_twelve_examples():
    blocks = readme_sql()
    assert 8 <= len(blocks) <= 12
    assert all(b.strip().lower().startswith(("select", "with")) for b in blocks)


@pytest.fixture(scope="module")
def con(seeds_warehouse):
    c = duckdb.connect(str(seeds_warehouse), read_only=True)
    yield c
    c.close()


@pytest.mark.parametrize("n", range(len(readme_sql())))
def test_readme_sql_runs(con, n):
    sql = readme_sql()[n]
    cur = con.execute(sql)
    assert cur.description  # a result with columns (rows may be none: the seeds hold no sanctions)
    cur.fetchall()


def test_the_examples_answer_on_the_seeds(con):
    """Most examples return rows on the seeds, and the first names the pair the issue asked for."""
    answers = [con.execute(sql).fetchall() for sql in readme_sql()]
    assert sum(bool(a) for a in answers) >= len(answers) - 3
    pairs = {(a, b) for a, b, *_ in answers[0]}
    assert ("Miguel Díaz-Canel", "Nikolai Patrushev") in pairs
