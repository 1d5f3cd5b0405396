"""A participant written with a demonym credits its state and, now, the demonym's own entity too
(``demonym_credits``): 'Syrian troops shelled ...' has Syria, the Syrian army and 'Syrian' for source; reports merge
as before."""

from datetime import date

from sitrep.extract.pipeline import analyze_articles, assemble


def _parties(nlp, texts: list[str]) -> list[tuple[str, set[tuple[str, str, str]]]]:
    articles = [
        {"article_id": f"d28-{i}", "body": text, "published_at": date(2017, 3, 1 + 10 * i)}
        for i, text in enumerate(texts)
    ]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    by_id = {e["entity_id"]: e for e in out["entities"]}
    parties: dict[str, set] = {}
    for p in out["event_participants"]:
        e = by_id[p["entity_id"]]
        parties.setdefault(p["event_id"], set()).add((p["role"], e["canonical_name"], e["entity_type"]))
    return [(e["event_type"], parties.get(e["event_id"], set())) for e in out["events"]]


def test_the_demonym_of_a_state_s_forces_is_a_source_too(nlp):
    events = _parties(nlp, ["Syrian troops shelled rebel positions near Aleppo on Monday. Syria denied the reports."])
    (assault,) = [p for t, p in events if t == "ASSAULT"]
    assert ("source", "Syria", "GPE") in assault
    assert ("source", "Syrian", "NORP") in assault


def test_the_demonym_of_a_target_is_a_target_too(nlp):
    text = "Palestinians protested against the Israeli blockade of Gaza on Friday. Israel said the blockade stays."
    (protest,) = [p for t, p in _parties(nlp, [text]) if t == "PROTEST"]
    assert ("target", "Israeli", "NORP") in protest
    assert ("source", "Palestinians", "NORP") in protest


def test_a_group_without_a_demonym_credits_no_people(nlp):
    events = _parties(nlp, ["Government troops shelled rebel positions near Aleppo, Syria, on Monday."])
    assert all(kind != "NORP" for _, parties in events for _, _, kind in parties)


def test_two_reports_of_one_shelling_still_merge(nlp):
    texts = [
        "Syrian troops shelled rebel positions near Aleppo on Monday, March 6, killing 12 people.",
        "Syria's army shelled rebel positions near Aleppo on Monday, March 6, monitors said.",
    ]
    articles = [{"article_id": f"m28-{i}", "body": t, "published_at": date(2017, 3, 7)} for i, t in enumerate(texts)]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    assert [e["event_type"] for e in out["events"]].count("ASSAULT") == 1
