"""sitrep's cache folder: a table is built once, read afterwards, rebuilt when damaged or when its inputs change."""

from __future__ import annotations

import os
import pickle
import time

import pytest

from sitrep import disk_cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting_build(calls: list):
    def build() -> dict:
        calls.append(1)
        return {"harbour": [("Norvik", 3)], "ferry": []}

    return build


def test_built_once_then_read(cache):
    calls: list = []
    first = disk_cache.load_or_build("demo", lambda: "k1", _counting_build(calls))
    again = disk_cache.load_or_build("demo", lambda: "k1", _counting_build(calls))
    assert first == again == {"harbour": [("Norvik", 3)], "ferry": []}
    assert len(calls) == 1
    assert [p.name for p in cache.iterdir()] == ["demo-k1.pickle"]


def test_new_key_builds_again(cache):
    calls: list = []
    disk_cache.load_or_build("demo", lambda: "k1", _counting_build(calls))
    disk_cache.load_or_build("demo", lambda: "k2", _counting_build(calls))
    assert len(calls) == 2


def test_damaged_file_is_rebuilt(cache):
    cache.mkdir()
    (cache / "demo-k1.pickle").write_bytes(b"\x80\x05truncated")
    calls: list = []
    assert disk_cache.load_or_build("demo", lambda: "k1", _counting_build(calls))["harbour"] == [("Norvik", 3)]
    assert len(calls) == 1
    assert disk_cache.load_or_build("demo", lambda: "k1", _counting_build(calls))["ferry"] == []
    assert len(calls) == 1


def test_unusable_folder_or_key_only_means_building(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(blocker / "sub"))
    calls: list = []
    assert disk_cache.load_or_build("demo", lambda: "k1", _counting_build(calls))
    assert disk_cache.load_or_build("demo", lambda: 1 / 0, _counting_build(calls))
    assert len(calls) == 2


def test_fingerprint_follows_file_bytes_and_extras(tmp_path):
    data = tmp_path / "table.tsv"
    data.write_text("name\tcode\n")
    a = disk_cache.fingerprint([data], "1.0")
    assert disk_cache.fingerprint([data], "1.0") == a
    assert disk_cache.fingerprint([data], "1.1") != a
    data.write_text("name\tcode\nNorvik\tNRV\n")
    assert disk_cache.fingerprint([data], "1.0") != a


def test_cached_lookup_tables_equal_freshly_built(cache):
    from sitrep.extract import actor_dictionary, actor_spotting, gazetteer

    for cached, build in ((gazetteer._city_indexes, gazetteer._build_city_indexes),
                          (actor_dictionary.actor_table, actor_dictionary._build_actor_table),
                          (actor_spotting.spotted_names, actor_spotting._build_spotted_names)):  # fmt: skip
        cached.cache_clear()
        try:
            assert cached() == build()  # written to the cache
            cached.cache_clear()
            assert cached() == build()  # read from it
            assert any(cache.iterdir())
        finally:
            cached.cache_clear()


def _aged(path, days: float, body: bytes = b"x"):
    """Write ``path`` and date its last use ``days`` ago."""
    path.write_bytes(body)
    then = time.time() - days * 86400
    os.utime(path, (then, then))
    return path


def test_older_versions_of_a_table_go_once_unused_and_other_stale_files_after_a_week(cache):
    cache.mkdir()
    superseded = _aged(cache / "demo-k0.pickle", 2)  # an older fingerprint of the table read below
    in_use = _aged(cache / "demo-k2.pickle", 0.5)  # another install's version, used today: kept
    other = _aged(cache / "ports-k9.pickle", 2)  # another table, used two days ago: kept
    gone = _aged(cache / "ports-k8.pickle", 9)  # a table nobody read for nine days
    partial = _aged(cache / "demo-k1.pickle8f3k_x2a.part", 9)  # left by a killed writer
    foreign = _aged(cache / "notes.txt", 30)  # not a file sitrep writes
    calls: list = []
    assert disk_cache.load_or_build("demo", lambda: "k1", _counting_build(calls))["ferry"] == []
    names = sorted(p.name for p in cache.iterdir())
    assert names == sorted(["demo-k1.pickle", in_use.name, other.name, foreign.name])
    assert not superseded.exists() and not gone.exists() and not partial.exists()


def test_reading_a_table_marks_it_used(cache):
    cache.mkdir()
    table = _aged(cache / "demo-k3.pickle", 3, pickle.dumps({"ferry": ["Skarvik"]}))
    calls: list = []
    assert disk_cache.load_or_build("demo", lambda: "k3", _counting_build(calls)) == {"ferry": ["Skarvik"]}
    assert calls == []  # read, not built
    assert time.time() - table.stat().st_mtime < 600  # and marked used: another version's run keeps it


def test_an_older_language_model_goes_when_the_identifier_loads(cache):
    from sitrep.ingest import langid_model

    cache.mkdir()
    older = _aged(cache / "py3langid-0.1-999-123.npz", 2)
    identifier = langid_model.load_identifier()
    assert identifier.classify("The ministers met in the capital on Monday to discuss trade.")[0] == "en"
    assert not older.exists()
    assert langid_model.cached_model_path().exists()
