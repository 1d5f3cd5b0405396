"""Each accepted format loads with the right text and metadata; odd encodings decode correctly."""

from __future__ import annotations

import gzip
import hashlib

from tests.sitrep.ingest.conftest import FIXTURES, run_ingest


def only(run: dict, name: str) -> dict:
    (article,) = run["documents"][name]["articles"]
    return article


def test_html_page_main_text_and_metadata(fixtures_run):
    doc = fixtures_run["documents"]["article.html"]
    assert doc["document"]["media_type"] == "text/html"
    a = only(fixtures_run, "article.html")
    assert a["title"] == "Kenya and Iran sign five cooperation agreements"
    assert a["outlet"] == "Daily Ledger"  # og:site_name / JSON-LD publisher
    assert a["author"] == "Amina Otieno"
    assert a["published_at"].isoformat() == "2023-07-12"  # article:published_time / JSON-LD
    assert a["language"] == "en"
    assert a["body"].startswith("NAIROBI, July 12 (Ledger) – Kenyan President William Ruto")
    assert "Raisi later flew on to Uganda" in a["body"]
    for chrome in (
        "Share on Facebook",
        "Great news for farmers",
        "All rights reserved",
        "Privacy policy",
        "Sport",
        "Read more:",
    ):
        assert chrome not in a["body"], chrome
    audited = " ".join(r["text"] for r in a["removed"])
    assert "Great news for farmers" in audited or "3 comments" in audited
    assert a["word_count"] == len(a["body"].split()) or abs(a["word_count"] - len(a["body"].split())) < 10


def test_jsonl_good_lines_load_and_bad_lines_are_rejected(fixtures_run):
    doc = fixtures_run["documents"]["records.jsonl"]
    arts = doc["articles"]
    assert [a["title"] for a in arts] == [
        "Lavrov arrives in Bamako",
        "Putin meets Erdogan in Sochi",
        "A body without any title at all, which the contract does not accept.",  # its first sentence
        "HTML body record",
    ]
    first, second, untitled, third = arts
    assert [a["source_record_id"] for a in arts] == ["r1", "r2", "r4", "r5"]
    assert [a["title_source"] for a in arts] == ["record_field", "record_field", "first_sentence", "record_field"]
    assert first["outlet"] == "Wire Service" and first["author"] == "Jane Roe, John Doe"
    assert first["published_at"].isoformat() == "2023-02-07" and first["url"].endswith("lavrov-mali")
    assert "Share" not in first["body"].split("\n") and "The two sides will discuss cooperation." in first["body"]
    assert second["outlet"] == "TASS" and second["published_at"].isoformat() == "2023-09-04"  # {"source": {"name"}}
    assert third["body"].startswith("Officials in Harare") and "<p>" not in third["body"]
    assert third["published_at"].isoformat() == "2023-07-13"  # epoch seconds
    doc_id = doc["document"]["document_id"]
    assert first["article_id"] == hashlib.sha256(f"{doc_id}#1".encode()).hexdigest()
    assert len({a["article_id"] for a in arts}) == 4
    rejected = {k: r["reason"] for k, r in fixtures_run["rejected"].items() if k.startswith("records.jsonl#")}
    assert set(rejected) == {"records.jsonl#3", "records.jsonl#5", "records.jsonl#6"}
    assert "invalid JSON" in rejected["records.jsonl#3"]
    assert "empty body" in rejected["records.jsonl#5"]
    assert "not an object" in rejected["records.jsonl#6"]
    assert all("records.jsonl#" in r for r in rejected.values())


def test_json_array_wrapper_and_single_object(fixtures_run):
    arts = fixtures_run["documents"]["records.json"]["articles"]
    assert [a["title"] for a in arts] == ["Lavrov arrives in Bamako", "Putin meets Erdogan in Sochi"]
    single = fixtures_run["documents"]["single.json"]
    (a,) = single["articles"]
    assert a["article_id"] == single["document"]["document_id"]  # single-article file
    assert a["outlet"] == "Finance Daily" and a["published_at"].isoformat() == "2024-03-07"


def test_cp1252_latin1_and_utf16_decode_to_the_right_text(fixtures_run):
    cp = fixtures_run["documents"]["cp1252.txt"]
    assert cp["document"]["encoding"] == "cp1252"
    a = only(fixtures_run, "cp1252.txt")
    assert a["title"] == "Café owners protest new tax in Montréal"
    assert "would “ruin” small businesses" in a["body"] and "mayor’s office" in a["body"] and "—" in a["body"]
    assert "Hélène Côté" in a["body"]
    l1 = only(fixtures_run, "latin1.txt")
    assert l1["title"] == "Señor Muñoz visits Zürich for trade talks"
    assert "José Muñoz" in l1["body"] and "négociations" in l1["body"] and "Genève" in l1["body"]
    u16 = fixtures_run["documents"]["utf16_bom.txt"]
    assert u16["document"]["encoding"].startswith("utf-16") or u16["document"]["encoding"] == "utf-16"
    a = only(fixtures_run, "utf16_bom.txt")
    assert a["title"] == "Ministers meet in Nairobi to discuss grain corridor"
    assert "“We’re making progress,”" in a["body"] and "Côte d’Ivoire" in a["body"]


def test_files_without_extension_are_recognised_by_content(fixtures_run):
    assert fixtures_run["documents"]["article_noext"]["document"]["media_type"] == "text/plain"
    assert only(fixtures_run, "article_noext")["title"] == "Port workers end strike in Rotterdam"
    page = fixtures_run["documents"]["page_noext"]
    assert page["document"]["media_type"] == "text/html"
    a = only(fixtures_run, "page_noext")
    assert a["title"] == "Harbour reopens after storm" and a["body"].startswith("The harbour of Valletta")
    assert "<p>" not in a["body"]


def test_nested_folders_and_gzip(tmp_path):
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (deep / "x.txt").write_text("Deep title\n\nA body sentence about the port of Antwerp reopening today.")
    (tmp_path / "a" / "y.jsonl.gz").write_bytes(
        gzip.compress(b'{"title": "Zipped", "body": "Compressed JSON Lines records load too."}\n')
    )
    run = run_ingest(tmp_path)
    assert set(run["documents"]) == {"x.txt", "y.jsonl.gz"}
    z = run["documents"]["y.jsonl.gz"]
    assert z["document"]["media_type"] == "application/jsonl" and z["document"]["compression"] == "gzip"
    assert z["articles"][0]["title"] == "Zipped"


def test_ids_are_stable_and_document_id_is_sha256_of_bytes():
    one = run_ingest(FIXTURES / "cp1252.txt")["documents"]["cp1252.txt"]
    two = run_ingest(FIXTURES / "cp1252.txt")["documents"]["cp1252.txt"]
    raw = (FIXTURES / "cp1252.txt").read_bytes()
    assert one["document"]["document_id"] == two["document"]["document_id"] == hashlib.sha256(raw).hexdigest()
    assert one["articles"][0]["article_id"] == one["document"]["document_id"]
    assert one["document"]["source_uri"] == str((FIXTURES / "cp1252.txt").resolve())


def test_html_in_cp1252_declared_by_meta_charset(tmp_path):
    page = (
        '<html><head><meta charset="windows-1252"><title>Café “summit” ends</title></head><body><article>'
        "<h1>Café “summit” ends</h1><p>The leaders’ meeting in Montréal ended on Friday with a joint statement "
        "on trade, officials said — a first for the group.</p></article></body></html>"
    )
    (tmp_path / "page.htm").write_bytes(page.encode("cp1252"))
    doc = run_ingest(tmp_path)["documents"]["page.htm"]
    assert doc["document"]["encoding"] == "cp1252"
    a = doc["articles"][0]
    assert a["title"] == "Café “summit” ends"
    assert "leaders’ meeting in Montréal" in a["body"] and "—" in a["body"]


def test_json_ld_only_metadata(tmp_path):
    page = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Port reopens", "datePublished": "2022-11-03T08:00:00Z", "author": {"@type": "Person",'
        ' "name": "Lee Park"}, "publisher": {"@type": "Organization", "name": "Harbour Herald"}}</script></head>'
        "<body><article><p>The port reopened on Thursday after a week-long closure caused by the storm, the "
        "authority said, and the first ships were unloaded overnight.</p></article></body></html>"
    )
    (tmp_path / "p.html").write_text(page)
    a = run_ingest(tmp_path)["documents"]["p.html"]["articles"][0]
    assert (a["title"], a["author"], a["published_at"].isoformat()) == ("Port reopens", "Lee Park", "2022-11-03")
    assert a["outlet"] == "Harbour Herald"


def test_json_array_saved_as_jsonl_is_read_as_json(tmp_path):
    (tmp_path / "arr.jsonl").write_text(
        '[\n {"title": "One", "body": "First body."},\n {"title": "Two", "body": "B."}\n]'
    )
    run = run_ingest(tmp_path)
    assert [a["title"] for a in run["documents"]["arr.jsonl"]["articles"]] == ["One", "Two"]
    assert not run["rejected"]


def test_wordpress_style_page(fixtures_run):
    a = only(fixtures_run, "wordpress.html")
    assert (a["title"], a["outlet"], a["author"]) == (
        "Ministers agree on grain corridor",
        "The Daily Courier",
        "Maria Lopez",
    )
    assert a["published_at"].isoformat() == "2023-05-30"
    paras = a["body"].split("\n")
    assert len(paras) == 3 and paras[0].startswith("NAIROBI, May 29 (Courier)") and paras[2].endswith("in Kampala.")
    audit = {r["text"] for r in a["removed"]}
    assert (
        "Finally some good news for farmers." in audit and "READ MORE: Drought pushes maize prices to record" in audit
    )


def test_text_copied_from_a_web_page(fixtures_run):
    a = only(fixtures_run, "copied_page.txt")
    assert (a["outlet"], a["author"], a["published_at"].isoformat()) == (
        "The Daily Courier",
        "Maria Lopez",
        "2023-05-30",
    )
    paras = a["body"].split("\n")
    assert len(paras) == 3 and paras[0].startswith("NAIROBI, May 29 (Courier)") and paras[2].endswith("in Kampala.")
    reasons = {r["text"]: r["reason"] for r in a["removed"]}
    assert reasons["Home"] == "navigation menu" and reasons["Port of Mombasa expands"] == "related link"
    assert reasons["Tuesday, May 30, 2023 | Log in | Subscribe"] == "header bar"


def test_browser_saved_page_gives_its_address_and_url_date(tmp_path):
    page = (
        "<!DOCTYPE html>\n<!-- saved from url=(0052)https://news.example/2023/06/16/iran-cuba-accords -->\n"
        "<html><head><title>Cuba and Iran sign accords</title></head><body><article><p>Cuban and Iranian officials "
        "signed six accords in Havana on Thursday while the two presidents looked on, officials said.</p>"
        "</article></body></html>"
    )
    (tmp_path / "saved.html").write_text(page)
    a = run_ingest(tmp_path)["documents"]["saved.html"]["articles"][0]
    assert a["url"] == "https://news.example/2023/06/16/iran-cuba-accords"
    assert a["published_at"].isoformat() == "2023-06-16"


def test_first_sentence_title_skips_abbreviations_and_initials():
    from sitrep.ingest.readers import first_sentence

    assert first_sentence("Gen. Ana Ruiz met Ryan C. Berg in St. Louis on Jan. 5. They talked.") == (
        "Gen. Ana Ruiz met Ryan C. Berg in St. Louis on Jan. 5."
    )
    assert first_sentence("“Talks resume,” the envoy said! More follows.") == "“Talks resume,” the envoy said!"
    assert first_sentence("No end mark on this first line\nSecond line.") == "No end mark on this first line"
    long = first_sentence(" ".join(["word"] * 80) + ".")
    assert len(long) <= 201 and long.endswith("…")
