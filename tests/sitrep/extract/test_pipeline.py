from sitrep.extract import events, pipeline

ARTICLES = [
    {"article_id": "a1", "published_at": "2025-05-30",
     "body": "Russian Security Council Secretary Sergei Shoigu met Venezuelan minister José Ornelas in Moscow on "
             "Thursday. \"We are committed to the agreements,\" Shoigu said."},
    {"article_id": "a2", "published_at": None,
     "body": "Cuban President Miguel Díaz-Canel received Nikolai Patrushev in Havana."},
]  # fmt: skip


def test_analyses_are_plain_records_with_offsets_into_the_body(nlp):
    analyses = pipeline.analyze_articles(ARTICLES, nlp, batch_size=2)
    assert [a["article_id"] for a in analyses] == ["a1", "a2"]
    for article, analysis in zip(ARTICLES, analyses, strict=True):
        assert "error" not in analysis and analysis["mentions"]
        for m in analysis["mentions"]:
            assert article["body"][m["start_char"] : m["end_char"]] == m["surface"]
    import json

    json.dumps(analyses)  # nothing spaCy-typed leaks out


def test_assemble_is_deterministic_and_links_mentions_to_entities(nlp):
    analyses = pipeline.analyze_articles(ARTICLES, nlp)
    meta = {a["article_id"]: {"published_at": a["published_at"], "outlet": None, "story_id": a["article_id"]}
            for a in ARTICLES}  # fmt: skip
    first, second = pipeline.assemble(analyses, meta), pipeline.assemble(analyses, meta)
    assert first == second
    ids = {e["entity_id"] for e in first["entities"]}
    assert first["mentions"] and all(m["entity_id"] in ids for m in first["mentions"])
    names = {e["canonical_name"] for e in first["entities"]}
    assert any("Shoigu" in n for n in names) and any("Havana" in n for n in names)


def test_a_failing_article_is_reported_and_the_batch_goes_on(nlp, monkeypatch):
    real = events.doc_event_candidates

    def flaky(doc, mentions, published_at, caption_text=""):
        if "Havana" in doc.text:
            raise ValueError("unexpected parse")
        return real(doc, mentions, published_at, caption_text)

    monkeypatch.setattr(events, "doc_event_candidates", flaky)
    analyses = pipeline.analyze_articles(ARTICLES, nlp)
    assert "error" not in analyses[0] and analyses[0]["mentions"]
    assert "ValueError: unexpected parse" in analyses[1]["error"] and analyses[1]["mentions"] == []
