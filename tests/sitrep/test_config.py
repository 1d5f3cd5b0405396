import pytest

from sitrep.config import DEFAULT_WAREHOUSE, Settings


def test_defaults_env_then_flags(monkeypatch):
    monkeypatch.delenv("SITREP_WAREHOUSE", raising=False)
    assert Settings.from_env().warehouse == DEFAULT_WAREHOUSE
    monkeypatch.setenv("SITREP_WAREHOUSE", "/tmp/env.duckdb")
    monkeypatch.setenv("SITREP_BATCH_SIZE", "7")
    s = Settings.from_env()
    assert s.warehouse == "/tmp/env.duckdb" and s.batch_size == 7
    assert Settings.from_env(warehouse="/tmp/flag.duckdb", sources=["a", "b"]).sources == ("a", "b")
    assert Settings.from_env(warehouse="/tmp/flag.duckdb").warehouse == "/tmp/flag.duckdb"


def test_unknown_stage_is_refused():
    with pytest.raises(ValueError, match="--until"):
        Settings.from_env(until="everything")
