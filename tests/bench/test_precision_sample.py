"""The hand-judged precision sample (bench/precision/judged.tsv) and the figures bench/precision_sample.py prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.bench_modules import load_bench

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ps():
    return load_bench("precision_sample")


def _row(ps, **cells) -> dict[str, str]:
    row = dict.fromkeys(ps.COLUMNS, "")
    row.update(article_id="a-1", start="0", end="40", sentence="Ruritania's army shelled the border town.")
    row.update(event_type="ASSAULT", sources="Ruritania:RUR", targets="")
    row.update(cells)
    return row


def test_committed_sample_is_complete_and_well_formed(ps):
    rows = ps.read_tsv(ps.TSV)
    assert len(rows) == ps.N_EVENTS
    assert len({ps.row_key(r) for r in rows}) == len(rows)
    for line_no, row in enumerate(rows, start=2):
        assert all(row[v] in ps.VERDICT_VALUES for v in ps.VERDICTS), (line_no, row)
        assert ps.row_problems(row) == [], (line_no, row)
        assert row["sentence"].strip() and int(row["start"]) < int(row["end"])
        assert row["article_id"].startswith("newsarticles2017-")
    figures = ps.figures(rows)
    assert figures.judged == len(rows)
    assert sum(figures.errors.values()) == figures.judged - figures.all_right


def test_figures_on_a_synthetic_sample(tmp_path, ps):
    rows = [
        _row(ps, verdict_type="y", verdict_source="y", verdict_target="y"),
        _row(ps, start="50", verdict_type="y", verdict_source="n", verdict_target="y", error="wrong-source", note="x"),
        _row(ps, start="90", verdict_type="n", verdict_source="n", verdict_target="n", error="not-an-event", note="x"),
        _row(ps, start="120"),  # still to judge
    ]
    path = tmp_path / "judged.tsv"
    ps.write_tsv(path, rows)
    back = ps.read_tsv(path)
    assert back == rows
    figures = ps.figures(back)
    assert (figures.rows, figures.judged, figures.type_right, figures.all_right) == (4, 3, 2, 1)
    assert dict(figures.errors) == {"wrong-source": 1, "not-an-event": 1}
    assert "type, source and target right: 1/3 = 0.333" in figures.lines()
    assert "rows 4, judged 3, still to judge 1" in figures.lines()


def test_row_problems_flag_bad_verdicts(ps):
    assert ps.row_problems(_row(ps)) == []  # unjudged
    assert ps.row_problems(_row(ps, verdict_type="yes", verdict_source="y", verdict_target="y"))
    wrong = _row(ps, verdict_type="n", verdict_source="y", verdict_target="y")
    assert len(ps.row_problems(wrong)) == 2  # no error class, no note
    assert ps.row_problems(wrong | {"error": "wrong-type", "note": "a meeting, not a promise"}) == []
    right_with_error = _row(ps, verdict_type="y", verdict_source="y", verdict_target="y", error="wrong-type")
    assert ps.row_problems(right_with_error)


def test_rerun_keeps_verdicts_of_unchanged_rows_only(ps):
    old = [
        _row(ps, verdict_type="y", verdict_source="y", verdict_target="y"),
        _row(ps, start="50", verdict_type="n", verdict_source="y", verdict_target="y", error="wrong-type", note="x"),
        _row(ps, start="300", verdict_type="y", verdict_source="y", verdict_target="y"),  # leaves the sample
    ]
    new = [
        _row(ps),  # same key: keeps its verdicts
        _row(ps, start="50", targets="Osterlich:OST"),  # a target was added: judge again
        _row(ps, start="90"),  # new row
    ]
    kept, dropped = ps.merge_verdicts(new, old)
    assert (kept, dropped) == (1, 2)  # the changed row and the row that left the sample
    assert [r["verdict_type"] for r in new] == ["y", "", ""]
    assert new[1]["note"] == "" and new[1]["error"] == ""


def test_tab_and_newline_in_a_sentence_stay_in_one_cell(tmp_path, ps):
    path = tmp_path / "judged.tsv"
    ps.write_tsv(path, [_row(ps, sentence="one\ttwo\nthree  four")])
    assert ps.read_tsv(path)[0]["sentence"] == "one two three four"


def test_a_row_that_left_is_shelved_and_gets_its_verdicts_back(ps, tmp_path):
    judged = _row(ps, start="300", verdict_type="n", verdict_source="n", verdict_target="n", error="not-an-event")
    judged["note"] = "a habit"
    first = [_row(ps)]  # the judged row left this run's sample
    shelf = ps.shelve_left(first, [judged, _row(ps, start="400")])  # an unjudged row is not shelved
    assert [r["start"] for r in shelf] == ["300"]
    path = ps.left_path(tmp_path / "judged.tsv")
    assert path.name == "judged.left.tsv"
    ps.write_tsv(path, shelf)
    later = [_row(ps), _row(ps, start="300")]  # a later run draws it back
    assert ps.merge_verdicts(later, ps.read_tsv(path))[0] == 1
    assert (later[1]["verdict_type"], later[1]["error"], later[1]["note"]) == ("n", "not-an-event", "a habit")
    assert ps.shelve_left(later, ps.read_tsv(path)) == []  # back in the sample: off the shelf


def test_write_sample_shelves_and_restores(ps, tmp_path):
    tsv = tmp_path / "judged.tsv"
    judged = _row(ps, start="300", verdict_type="y", verdict_source="y", verdict_target="y")
    assert ps.write_sample(tsv, [_row(ps)], [judged]) == (0, 0, 1)
    assert [r["start"] for r in ps.read_tsv(ps.left_path(tsv))] == ["300"]
    rows = [_row(ps), _row(ps, start="300")]
    assert ps.write_sample(tsv, rows, ps.read_tsv(tsv)) == (0, 1, 0)
    assert ps.read_tsv(tsv)[1]["verdict_type"] == "y"
    assert not ps.left_path(tsv).exists()  # nothing left on the shelf


def test_a_development_sample_rerun_without_its_seed_is_refused(tmp_path, ps, capsys):
    sample = tmp_path / "dev_judged_5151.tsv"
    ps.write_tsv(sample, [_row(ps)])
    before = sample.read_text(encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        ps.main(["--tsv", str(sample), "--work", str(tmp_path / "work"), "--no-run"])
    assert exit_info.value.code == 2
    assert "--seed 5151" in capsys.readouterr().err
    assert sample.read_text(encoding="utf-8") == before  # the judged rows are untouched
