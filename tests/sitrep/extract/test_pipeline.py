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


def test_a_country_the_ner_left_untagged_gets_a_mention_where_it_acts(nlp):
    """'Senegal' opening the sentence is not tagged by the small model; as the state acting it is still an
    entity with a mention row at its place in the text, so the event's actor is found where it is named."""
    body = (
        "Senegal summoned the French ambassador to Dakar on Monday following the arrest of Senegalese students in Lyon."
    )
    analyses = pipeline.analyze_articles([{"article_id": "s1", "published_at": "2024-05-06", "body": body}], nlp)
    out = pipeline.assemble(analyses, {"s1": {"published_at": "2024-05-06", "outlet": None, "story_id": "s1"}})
    names = {e["entity_id"]: e["canonical_name"] for e in out["entities"]}
    rows = [m for m in out["mentions"] if m["surface"] == "Senegal"]
    assert rows and all(body[m["start_char"] : m["end_char"]] == "Senegal" for m in rows)
    (accuse,) = [e for e in out["events"] if e["event_type"] == "ACCUSE"]
    sources = {
        p["entity_id"]
        for p in out["event_participants"]
        if p["event_id"] == accuse["event_id"] and p["role"] == "source"
    }
    assert {names[s] for s in sources} == {"Senegal"} and sources == {rows[0]["entity_id"]}
    assert accuse["location_country_iso3"] == "SEN"  # no place of its own: where the acting state acts


def _consults(nlp, body: str) -> list[dict]:
    analyses = pipeline.analyze_articles([{"article_id": "c1", "published_at": "2024-05-08", "body": body}], nlp)
    out = pipeline.assemble(analyses, {"c1": {"published_at": "2024-05-08", "outlet": None, "story_id": "c1"}})
    return [e for e in out["events"] if e["event_type"] == "CONSULT"]


def test_what_the_parties_will_also_discuss_is_part_of_the_talks_held_that_day(nlp):
    held = "Chilean Foreign Minister Tomas Arriaga met his Argentine counterpart Lucia Ferreyra in Santiago on Monday."
    (talks,) = _consults(nlp, held + " Arriaga and Ferreyra will also discuss the border dispute in Santiago.")
    assert talks["event_date"] == "2024-05-06" and talks["event_status"] == "occurred"
    # a meeting announced for later is one of its own
    assert len(_consults(nlp, held + " Arriaga and Ferreyra will meet again in Santiago.")) == 2
