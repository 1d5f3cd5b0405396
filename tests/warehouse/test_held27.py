"""db.held: consecutive steps share one write connection; other processes still get the file between blocks."""

from __future__ import annotations

import subprocess
import sys

from warehouse import db


def test_steps_inside_held_share_one_connection_that_closes_after(tmp_path):
    wh = tmp_path / "w.duckdb"
    with db.held(wh):
        with db.connect(wh) as first:
            first.execute("create table curated.t27 (x integer)")
        with db.connect(wh) as second, db.transaction(second):  # the step's close leaves it open
            second.execute("insert into curated.t27 values (1)")
        with db.held(wh), db.connect(wh) as third:  # nested: the same connection
            assert third.execute("select count(*) from curated.t27").fetchall() == [(1,)]
    # closed: another process opens the file and sees the committed row
    probe = f"import duckdb; con = duckdb.connect({str(wh)!r}, read_only=True)\n"
    probe += "print(con.sql('select x from curated.t27').fetchall())"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[(1,)]"


def test_a_failing_step_inside_held_rolls_back_and_releases_the_file(tmp_path):
    wh = tmp_path / "w.duckdb"
    try:
        with db.held(wh), db.connect(wh) as con, db.transaction(con):
            con.execute("create table curated.t27 (x integer)")
            raise RuntimeError("step failed")
    except RuntimeError:
        pass
    with db.connect(wh, read_only=True) as con:
        assert "t27" not in {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
