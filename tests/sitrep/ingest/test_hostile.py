"""Hostile input never crashes or hangs a run and is never silently dropped: each gets a precise reason."""

from __future__ import annotations

import gzip
import os
import random

import pytest

from sitrep.ingest import iter_sources
from tests.sitrep.ingest.conftest import FIXTURES, run_ingest


def reason(run: dict, name: str) -> str:
    rec = run["rejected"][name]
    assert rec["kind"] == "rejected" and name in rec["reason"], rec  # the reason names the file
    assert rec["payload"]["file_name"] == name.split("#")[0]
    return rec["reason"]


def test_fixture_folder_rejections_are_precise(fixtures_run):
    assert "binary file" in reason(fixtures_run, "random.bin.txt")
    assert "PDF" in reason(fixtures_run, "fake.pdf")
    assert "empty file (0 bytes)" in reason(fixtures_run, "empty.txt")
    assert "blank file" in reason(fixtures_run, "blank.txt")
    assert "HTML page has no body text" in reason(fixtures_run, "zero_text.html")
    assert "invalid JSON" in reason(fixtures_run, "broken.json")
    assert "unsupported file type '.csv'" in reason(fixtures_run, "notes.csv")


def test_every_fixture_file_has_exactly_one_outcome(fixtures_run):
    files = {p.name for p in FIXTURES.iterdir()}
    seen = set(fixtures_run["documents"]) | {k.split("#")[0] for k in fixtures_run["rejected"]}
    assert seen == files


def test_oversized_file_is_rejected_without_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "word " * 5000)
    run = run_ingest(big, max_bytes=10_000)
    assert "over the 10,000-byte limit" in reason(run, "big.txt")
    assert not run["documents"]


def test_gzip_that_inflates_past_the_limit_is_rejected(tmp_path):
    bomb = tmp_path / "bomb.jsonl.gz"
    bomb.write_bytes(gzip.compress(b" " * 2_000_000))  # 2 KB on disk, 2 MB inflated
    assert "inflates past" in reason(run_ingest(bomb, max_bytes=100_000), "bomb.jsonl.gz")


def test_symlink_loop_is_followed_once(tmp_path):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("Loop title\n\nThe article body survives a symlink loop in its folder.")
    os.symlink(root, root / "sub" / "back")  # sub/back -> root: a cycle
    os.symlink("self", root / "self")  # a link to itself
    os.symlink(root / "missing.txt", root / "dangling.txt")
    run = run_ingest(root)
    assert list(run["documents"]) == ["a.txt"]
    assert "already visited" in reason(run, "back")
    assert "symlink loop" in reason(run, "self")
    assert "broken symlink" in reason(run, "dangling.txt")


def test_fifo_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert "FIFO" in reason(run_ingest(tmp_path), "pipe.txt")  # opening it would block forever


def test_missing_source_path_is_reported(tmp_path):
    assert "does not exist" in reason(run_ingest(tmp_path / "nope.txt"), "nope.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text("Title\n\nBody text here.")
    f.chmod(0)
    assert "unreadable" in reason(run_ingest(tmp_path), "secret.txt")


def test_title_only_text_is_rejected(tmp_path):
    (tmp_path / "t.txt").write_text("Only a title line\n\n\n")
    assert "no article body" in reason(run_ingest(tmp_path), "t.txt")


def test_garbage_in_every_format_never_raises(tmp_path):
    rnd = random.Random(7)
    names = ["a.txt", "b.html", "c.json", "d.jsonl", "e", "f.htm", "g.json.gz", "h.txt.gz"]
    for i in range(40):
        size = rnd.choice([1, 3, 17, 200, 3000])
        kind = i % 4
        if kind == 0:
            data = bytes(rnd.getrandbits(8) for _ in range(size))
        elif kind == 1:
            data = ("<html><body>" + "<div>" * rnd.randint(1, 400) + "x" * size).encode()
        elif kind == 2:
            data = ("{" * rnd.randint(1, 5000) + '"title": 1, "body": []}\n[1,2]\n"str"\nnull\n').encode()
        else:
            data = "\ufeff\u0000\u202e title\r\n\r\n\x1b[31m body \x00".encode("utf-8", "surrogatepass")
        (tmp_path / f"{i:02d}_{names[i % len(names)]}").write_bytes(data)
    out = list(iter_sources([tmp_path]))
    outcomes = {}
    for rec in out:
        key = rec.get("record_key") or rec.get("document", {}).get("source_uri") or rec["source_uri"]
        outcomes.setdefault(os.path.basename(key).split("#")[0], []).append(rec["kind"])
    assert set(outcomes) == {p.name for p in tmp_path.iterdir()}  # nothing silently dropped
    for rec in out:
        if rec["kind"] == "rejected":
            assert os.path.basename(rec["record_key"].split("#")[0]) in rec["reason"]
            assert "unexpected error" not in rec["reason"], rec["reason"]  # every failure has a precise reason


def test_html_with_a_huge_tree_is_rejected_fast(tmp_path):
    (tmp_path / "huge.html").write_text("<html><body>" + "<p>same line</p>" * 60_000 + "</body></html>")
    assert "over the 50,000-element limit" in reason(run_ingest(tmp_path), "huge.html")


def test_deeply_nested_json_line_is_rejected_and_the_next_line_loads(tmp_path):
    (tmp_path / "deep.jsonl").write_text("[" * 50_000 + "]" * 50_000 + '\n{"title": "ok", "body": "Fine body."}\n')
    run = run_ingest(tmp_path)
    assert "nested too deeply" in reason(run, "deep.jsonl#1")
    assert [a["title"] for a in run["documents"]["deep.jsonl"]["articles"]] == ["ok"]


def test_read_error_becomes_a_reason(tmp_path, monkeypatch):
    f = tmp_path / "locked.txt"
    f.write_text("Title\n\nBody text here.")
    real_open = open

    def failing_open(file, *args, **kwargs):
        if str(file) == str(f):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing_open)
    assert "unreadable (Permission denied)" in reason(run_ingest(tmp_path), "locked.txt")
