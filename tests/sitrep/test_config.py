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


def test_a_malformed_number_in_the_environment_names_the_variable(monkeypatch):
    monkeypatch.setenv("SITREP_NLP_BATCH_SIZE", "lots")
    with pytest.raises(ValueError, match="SITREP_NLP_BATCH_SIZE must be a whole number"):
        Settings.from_env()
