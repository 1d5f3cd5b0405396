"""Incremental and streamed: unchanged files are skipped via the known() callback, changes make new versions."""

from __future__ import annotations

import os
import types

from sitrep.ingest import iter_sources


def write_corpus(root, n: int) -> None:
    for i in range(n):
        (root / f"doc{i:03d}.txt").write_text(f"Title {i}\n\nBody number {i} says the talks went well on Monday.")


def test_known_callback_skips_unchanged_files_without_reading(tmp_path, monkeypatch):
    write_corpus(tmp_path, 5)
    index = {}
    for rec in iter_sources([tmp_path]):
        d = rec["document"]
        index[(d["source_uri"], d["size_bytes"], d["mtime_ns"])] = d["document_id"]
    calls = []

    def known(path, size, mtime_ns):
        calls.append(path)
        return index.get((path, size, mtime_ns))

    opened = []
    real_open = open

    def spy_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy_open)
    again = list(iter_sources([tmp_path], known=known))
    assert [r["kind"] for r in again] == ["unchanged"] * 5
    assert {r["document_id"] for r in again} == set(index.values())
    assert not [p for p in opened if p.startswith(str(tmp_path))]  # nothing was read
    assert len(calls) == 5


def test_changed_file_is_a_new_version_and_others_stay_unchanged(tmp_path):
    write_corpus(tmp_path, 3)
    first = {r["document"]["source_uri"]: r["document"] for r in iter_sources([tmp_path])}
    index = {(d["source_uri"], d["size_bytes"], d["mtime_ns"]): d["document_id"] for d in first.values()}
    target = tmp_path / "doc001.txt"
    target.write_text("Title 1\n\nA corrected body: the talks were postponed until Tuesday.")
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 1_000_000))
    out = list(iter_sources([tmp_path], known=lambda p, s, m: index.get((p, s, m))))
    kinds = {os.path.basename(r.get("source_uri") or r["document"]["source_uri"]): r["kind"] for r in out}
    assert kinds == {"doc000.txt": "unchanged", "doc001.txt": "document", "doc002.txt": "unchanged"}
    (new,) = [r for r in out if r["kind"] == "document"]
    assert new["document"]["document_id"] != first[str(target)]["document_id"]
    assert new["document"]["source_uri"] == str(target)  # same path: the loader links the versions


def test_touched_file_with_same_bytes_keeps_its_ids(tmp_path):
    write_corpus(tmp_path, 1)
    (a,) = list(iter_sources([tmp_path]))
    f = tmp_path / "doc000.txt"
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 5_000_000))
    (b,) = list(iter_sources([tmp_path], known=lambda *_: None))
    assert a["document"]["document_id"] == b["document"]["document_id"]
    assert a["articles"][0]["article_id"] == b["articles"][0]["article_id"]


def test_sources_are_streamed_lazily(tmp_path):
    write_corpus(tmp_path, 50)
    gen = iter_sources([tmp_path])
    assert isinstance(gen, types.GeneratorType)
    first = next(gen)  # reading one file does not require reading the other 49
    assert first["kind"] == "document" and first["document"]["source_uri"].endswith("doc000.txt")
    gen.close()
