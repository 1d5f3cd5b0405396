"""Group actors have a mention row wherever an article writes them (``group_phrase_rows``), not only at the phrase
an event took them from: sentences of our own through the real analysis and corpus assembly."""

from sitrep.extract import pipeline


def _group_rows(nlp, *texts: str) -> dict[str, set[str]]:
    arts = [{"article_id": f"a{i}", "body": t, "published_at": "2023-04-20"} for i, t in enumerate(texts)]
    rows = pipeline.assemble(pipeline.analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
    names = {e["entity_id"]: e["canonical_name"] for e in rows["entities"]}
    out: dict[str, set[str]] = {}
    for m in rows["mentions"]:
        out.setdefault(names.get(m["entity_id"], ""), set()).add(m["surface"])
    return out


def test_an_army_named_again_is_a_mention_of_the_same_group(nlp):
    got = _group_rows(
        nlp,
        "The Zambian army shelled rebel positions near Kasama on Monday. Later the army said it had taken the "
        "airport. Zambia's army has fought the rebels since April.",
    )
    assert {"Zambian army", "army", "Zambia's army"} <= got.get("military (ZMB)", set()), got


def test_a_group_of_no_event_in_the_corpus_has_no_row(nlp):
    got = _group_rows(nlp, "The Zambian army has a long history. Many officers studied abroad.")
    assert not any(name.startswith("military") for name in got), got


def test_a_side_named_by_a_collective_head_is_a_mention_by_its_own_words(nlp):
    got = _group_rows(
        nlp,
        "Zambian armed opposition groups shelled the town of Kasama on Monday. The civilians held by armed "
        "opposition groups were freed on Tuesday.",
    )
    assert {"Zambian armed opposition", "armed opposition"} <= got.get("opposition (ZMB)", set()), got
