"""A leading country written with stops ('U.S.') says whose an organisation is, as 'US' does
(``org_country_prefix``): articles of our own naming one department three ways resolve to one entity."""

from sitrep.extract import pipeline


def test_us_and_u_s_and_bare_department_are_one_organisation(nlp):
    texts = [
        "The U.S. Department of Justice charged the man on Monday.",
        "The US Department of Justice declined to comment on the charges.",
        "The Justice Department said the man had spied.",
    ]
    arts = [{"article_id": f"a{i}", "body": t, "published_at": "2017-03-20"} for i, t in enumerate(texts)]
    rows = pipeline.assemble(pipeline.analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
    ids = {m["entity_id"] for m in rows["mentions"] if "Justice" in m["surface"]}
    assert len(ids) == 1, rows["mentions"]
    assert {e["country_iso3"] for e in rows["entities"] if e["entity_id"] in ids} == {"USA"}
