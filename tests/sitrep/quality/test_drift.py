import pytest

from sitrep.quality import drift
from sitrep.quality.gate import GATE_MIN_ROWS, QualityGateError, check_error_share


def test_drift_compares_with_the_median_of_earlier_runs_and_ignores_small_moves():
    history = [{"rows:dedup.stories": 100.0, "share:quarantined": 0.0}] * 3 + [{"rows:dedup.stories": 5000.0}]
    checks = {c["metric"]: c for c in drift.drift_checks(
        {"rows:dedup.stories": 30.0, "share:quarantined": 0.02, "rows:extract.events": 3.0}, history, 2.0
    )}  # fmt: skip
    assert not checks["rows:dedup.stories"]["success"] and checks["rows:dedup.stories"]["baseline"] == 100.0
    assert "30 this run vs 100" in checks["rows:dedup.stories"]["message"]
    assert checks["share:quarantined"]["success"]  # 0 -> 2 %: below the smallest move worth a warning
    assert "rows:extract.events" not in checks  # no history, nothing to compare
    with pytest.raises(ValueError):
        drift.drift_checks({}, [], 1.0)


def test_same_sources_share_a_key_in_any_order_and_stage_matters():
    assert drift.sources_key(["b", "a"], "extract") == drift.sources_key(["a", "b"], "extract")
    assert drift.sources_key(["a"], "extract") != drift.sources_key(["a"], "ingest")


def test_gate_ignores_tiny_tables_and_names_the_checks():
    assert check_error_share("ingest", "articles", GATE_MIN_ROWS - 1, 0, ["c"], 0.5) == 1.0
    with pytest.raises(QualityGateError, match="'ingest', table 'articles'.*failed checks: c1, c2"):
        check_error_share("ingest", "articles", 20, 5, ["c1", "c2"], 0.5)
